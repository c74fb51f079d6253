// `backstep solve FILE [--format text|tex|markdown|json] [--rounding D|none] [--style course|textbook] [--lang en|zh-TW]`:
// one training step worked out in full (docs/cli.md). The trace is built and checked before anything is
// printed, so a bad input prints nothing on standard output; past 20,000 steps (or a million reads) an excerpt is written
// in full (../../lib/engine/format/select.ts) and JSON is written in pieces.

import type { Command } from '../io';
import { STYLES, type Network, type Rounding, type Style } from '../../lib/engine/spec/types';
import type { Trace } from '../../lib/engine/trace/types';
import { buildTrace } from '../../lib/engine/trace/build';
import { traceToText } from '../../lib/engine/format/text';
import { traceToTex } from '../../lib/engine/format/tex';
import { traceToMarkdown } from '../../lib/engine/format/markdown';
import { traceJsonChunks, traceToJson } from '../../lib/engine/format/json';
import { ROUNDING_FIELDS } from '../../lib/engine/spec/schema';
import { READ_LIMIT, selectSteps, STEP_CHOICES, STEP_LIMIT, type StepChoice } from '../../lib/engine/format/select';
import { parseArgs, expectPositionals } from '../args';
import { CliError, inFile } from '../errors';
import { LANGS, langFromEnv, type Lang } from '../lang';
import { readNetwork } from '../read';

export const FORMATS = ['text', 'tex', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const OPTIONS = {
	format: { type: 'string', short: 'f', choices: FORMATS },
	rounding: { type: 'string', short: 'r' },
	lang: { type: 'string', choices: LANGS },
	style: { type: 'string', choices: STYLES },
	steps: { type: 'string', choices: STEP_CHOICES }
} as const;

/** Most decimals `--rounding` accepts: the file's own limit (docs/network-file.md schema). */
const MAX_DECIMALS = ROUNDING_FIELDS.decimals.range.max;

/** `--rounding D` → {decimals: D}; `none` → no rounding. */
export function parseRounding(value: string): Rounding | null {
	if (value === 'none') return null;
	if (/^\d+$/.test(value) && Number(value) <= MAX_DECIMALS) return { decimals: Number(value) };
	throw new CliError(
		`--rounding: expected a number of decimals from 0 to ${MAX_DECIMALS}, or "none"; got "${value}"`,
		{ command: 'solve' }
	);
}

export function renderTrace(trace: Trace, format: Format, lang: Lang): string {
	switch (format) {
		case 'text':
			return traceToText(trace, lang);
		case 'tex':
			return traceToTex(trace, lang);
		case 'markdown':
			return traceToMarkdown(trace, lang);
		case 'json':
			return JSON.stringify(traceToJson(trace), null, 2);
	}
}

export const solve: Command = async (args, io) => {
	const { options, positionals } = parseArgs('solve', args, OPTIONS);
	const [file] = expectPositionals('solve', positionals, ['FILE']);
	const format = (options.format as Format | undefined) ?? 'text';
	const lang = (options.lang as Lang | undefined) ?? langFromEnv(process.env);
	const rounding = typeof options.rounding === 'string' ? parseRounding(options.rounding) : undefined;

	let net: Network = await readNetwork(io, file);
	if (rounding !== undefined) net = { ...net, rounding };
	if (typeof options.style === 'string') net = { ...net, style: options.style as Style };
	// Past the exact engine's limits (docs/limits.md) the trace refuses with an InputError naming the place.
	const full = inFile(file, () => buildTrace(net));
	const { trace, excerpt, why: reason } = selectSteps(full, (options.steps as StepChoice | undefined) ?? 'auto');
	if (excerpt && options.steps === undefined) {
		const why =
			reason === 'steps'
				? `${full.steps.length.toLocaleString('en')} steps, more than ${STEP_LIMIT.toLocaleString('en')}`
				: `its steps read over ${READ_LIMIT.toLocaleString('en')} quantities in all (a clipped update reads its whole tensor)`;
		io.stderr(`backstep solve: ${why}: writing the first sample's steps and the first neuron's parameters in full, every value in the tables (--steps all writes every step)\n`);
	}
	if (format === 'json') {
		// Written in pieces, each once the reader has taken the last: the largest trace's JSON is tens of megabytes.
		for (const chunk of traceJsonChunks(trace)) await io.stdout(chunk);
		return 0;
	}
	const out = renderTrace(trace, format, lang);
	io.stdout(out.endsWith('\n') ? out : `${out}\n`);
	return 0;
};
