// `backstep summary` of a model graph (docs/models.md): Keras's table for a functional model, with
// "Connected to", or for a Sequential model built with model.build((None, n)); the Count column
// writes each layer's count out as a sum, and the total as the sum of the layers' counts.

import type { GraphSummary } from '../../lib/engine/concepts/model-graph-summary';

/** 316810 → `316,810`, as Keras prints its totals. */
export function thousands(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatGraphSummary(s: GraphSummary): string {
	const functional = s.form === 'functional';
	const headers = ['Layer (type)', 'Output Shape', 'Param #', 'Count', ...(functional ? ['Connected to'] : [])];
	const cells = s.rows.map((r) => {
		const count = r.type === 'Dense' ? r.formula : r.type === 'Concatenate' ? `joins ${r.joins.join(' + ')} = ${r.units}` : '';
		const row = [`${r.name} (${r.type})`, `(None, ${r.units})`, thousands(r.params), count];
		return functional ? [...row, r.connectedTo.length ? r.connectedTo.join(', ') : '-'] : row;
	});
	const widths = headers.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c].length)));
	const line = (row: string[]) => ` ${row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c] + 3))).join('')}`.trimEnd();
	const width = widths.reduce((a, b) => a + b + 3, 0);
	const total = s.totalFormula.includes('+') ? `${thousands(s.total)} (${s.totalFormula})` : thousands(s.total);
	return [
		`Model: "${s.name}"`,
		'_'.repeat(width),
		line(headers),
		'='.repeat(width),
		...cells.map(line),
		'='.repeat(width),
		`Total params: ${total}`,
		`Trainable params: ${thousands(s.trainable)}`,
		`Non-trainable params: ${thousands(s.nonTrainable)}`,
		'_'.repeat(width),
		''
	].join('\n');
}
