// `backstep summary FILE [--json]`: the Keras-style table of the course (Keras 2's layout), with a
// fourth column writing each layer's count out as a sum. FILE is a network file or a model graph
// (docs/models.md: a functional model, or a Sequential one built with model.build).

import type { Command } from '../io';
import { summarize, type Summary } from '../../lib/engine/concepts/summary';
import { parseArgs, expectPositionals } from '../args';
import { networkFromText } from '../read';
import { inFile } from '../errors';
import { parseJson } from '../../lib/engine/spec/json';
import { isModelGraphJson, readModelGraph } from '../../lib/engine/concepts/model-graph';
import { graphSummary } from '../../lib/engine/concepts/model-graph-summary';
import { formatGraphSummary, thousands } from './summary-graph';


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
	// A model graph (docs/models.md) says "model"; anything else is read as a network file.
	const text = await io.readText(file);
	const json = inFile(file, () => parseJson(text));
	if (isModelGraphJson(json)) {
		const g = graphSummary(inFile(file, () => readModelGraph(json)));
		io.stdout(options.json ? `${JSON.stringify(g, null, 2)}\n` : formatGraphSummary(g));
		return 0;
	}
	// A summary is for any size of network, the course's 784-300-200-100-10 MLP included.
	const s = summarize(await networkFromText(file, text, { engine: 'fast' }));
	io.stdout(options.json ? `${JSON.stringify(s, null, 2)}\n` : formatSummary(s));
	return 0;
};
