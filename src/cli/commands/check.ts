// `backstep check FILE ANSWERS [--json] [--lang en|zh-TW] [--min-decimals N]`: marks a person's
// answers (the rule in docs/checking.md). The default output is a marked sheet, one line per
// answer (✓ correct, ≈ imprecise, ~ carried, ✗ wrong, ? unknown), with the correct working and the
// likely mistake under each wrong one (./check-sheet.ts). Exit status (docs/cli.md): 0 when every answer
// is correct; 1 when any is not, and for a sheet with no answer or no key recognised; 2 for bad
// input, with nothing on standard output. Everything, errors included, is in the language asked for.

import type { Command } from '../io';
import { markAnswers, parseAnswers, reportToJson } from '../../lib/engine/check';
import { buildTrace } from '../../lib/engine/trace/build';
import { parseArgs, expectPositionals } from '../args';
import { CliError, fileLabel } from '../errors';
import { LANGS, langFromEnv, type Lang } from '../lang';
import { readNetwork } from '../read';
import { inAnswersFile, inNetworkFile, localiseError, readingNetwork } from './check-errors';
import { formatSheet } from './check-sheet';

export { formatSheet } from './check-sheet';

const OPTIONS = {
	json: { type: 'boolean' },
	lang: { type: 'string', choices: LANGS },
	'min-decimals': { type: 'string' }
} as const;

const MAX_DECIMALS = 15;

/** The language before the options are parsed, so that a mistake in them is worded in it too. */
function langOf(args: readonly string[]): Lang {
	for (let k = 0; k < args.length && args[k] !== '--'; k++) {
		const inline = /^--lang=(.*)$/.exec(args[k])?.[1];
		const value = inline ?? (args[k] === '--lang' ? args[k + 1] : undefined);
		if (value !== undefined && (LANGS as readonly string[]).includes(value)) return value as Lang;
	}
	return langFromEnv(process.env);
}

function minDecimals(text: string | undefined, lang: Lang): number | undefined {
	if (text === undefined) return undefined;
	const n = /^\d+$/.test(text) ? Number(text) : NaN;
	if (Number.isInteger(n) && n <= MAX_DECIMALS) return n;
	throw new CliError(
		lang === 'en'
			? `--min-decimals: expected a whole number of decimals from 0 to ${MAX_DECIMALS}, not "${text}"`
			: `--min-decimals：應為 0 到 ${MAX_DECIMALS} 的整數（小數位數），而不是 "${text}"`,
		{ command: 'check' }
	);
}

export const check: Command = async (args, io) => {
	const lang = langOf(args);
	try {
		return await run(args, io, lang);
	} catch (e) {
		throw localiseError(e, lang);
	}
};

const run = async (args: string[], io: Parameters<Command>[1], lang: Lang): Promise<number> => {
	const { options, positionals } = parseArgs('check', args, OPTIONS);
	const [file, answersFile] = expectPositionals('check', positionals, ['FILE', 'ANSWERS']);
	const floor = minDecimals(options['min-decimals'] as string | undefined, lang);
	if (file === '-' && answersFile === '-') {
		throw new CliError(lang === 'en' ? 'FILE and ANSWERS cannot both be standard input (-)' : 'FILE 與 ANSWERS 不能都是標準輸入（-）', {
			command: 'check'
		});
	}
	const net = await readingNetwork(lang, () => readNetwork(io, file));
	const text = await io.readText(answersFile);
	const answers = inAnswersFile(answersFile, lang, () => parseAnswers(text));
	// Exact values come from the network with its rounding removed; the rounded trace is the hand
	// calculation the file asks for. Past the engine's limits the trace refuses, naming FILE.
	const exact = inNetworkFile(file, lang, () => buildTrace({ ...net, rounding: null }));
	const hand = net.rounding ? inNetworkFile(file, lang, () => buildTrace(net)) : null;
	const report = inAnswersFile(answersFile, lang, () => markAnswers(exact, answers, hand, { minDecimals: floor }));
	const title = net.titles?.[lang] ?? net.title;
	const out = options.json
		? `${JSON.stringify(reportToJson(report, lang), null, 2)}\n`
		: formatSheet(report, lang, { answers: fileLabel(answersFile), file: fileLabel(file), title, rounding: net.rounding });
	io.stdout(out);
	return report.allAccepted ? 0 : 1;
};
