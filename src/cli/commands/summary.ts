// `backstep summary FILE [--json]`: the Keras-style table of the course (Keras 2's layout), with a
// fourth column writing each layer's count out as a sum.

import type { Command } from '../io';
import { summarize, type Summary } from '../../lib/engine/concepts/summary';
import { parseArgs, expectPositionals } from '../args';
import { readNetwork } from '../read';

/** 316810 → `316,810`, as Keras prints its totals. */
export function thousands(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const HEADERS = ['Layer (type)', 'Output Shape', 'Param #', 'Count'];

export function formatSummary(s: Summary): string {
	const cells = s.rows.map((r) => {
		let count = r.formula;
		if (r.nonTrainable > 0) count += ` (${r.nonTrainable} non-trainable)`;
		return [`${r.name} (${r.type})`, `(None, ${r.outputShape[1]})`, String(r.params), count];
	});
	const widths = HEADERS.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c].length)));
	const line = (row: string[]) =>
		` ${row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c] + 3))).join('')}`.trimEnd();
	const width = widths.reduce((a, b) => a + b + 3, 0);
	return [
		`Model: "${s.title ?? 'sequential'}"`,
		'_'.repeat(width),
		line(HEADERS),
		'='.repeat(width),
		...cells.map(line),
		'='.repeat(width),
		`Total params: ${thousands(s.total)}`,
		`Trainable params: ${thousands(s.trainable)}`,
		`Non-trainable params: ${thousands(s.nonTrainable)}`,
		'_'.repeat(width),
		''
	].join('\n');
}

const OPTIONS = { json: { type: 'boolean' } } as const;

export const summary: Command = async (args, io) => {
	const { options, positionals } = parseArgs('summary', args, OPTIONS);
	const [file] = expectPositionals('summary', positionals, ['FILE']);
	// A summary is for any size of network, the course's 784-300-200-100-10 MLP included.
	const s = summarize(await readNetwork(io, file, { engine: 'fast' }));
	io.stdout(options.json ? `${JSON.stringify(s, null, 2)}\n` : formatSummary(s));
	return 0;
};
