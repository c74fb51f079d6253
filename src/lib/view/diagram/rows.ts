// Where each neuron and ellipsis of a column sits. A layer drawn whole takes a row per neuron. A
// layer drawn in part (./collapse.ts) keeps its rows put as the current step moves: its first
// neurons, then a band of three rows, then its last ones. The band holds a lone ellipsis, or the
// current neuron between the ellipses of the runs either side of it (a run that is empty leaves its
// row blank). Stepping then adds and removes one neuron and its edges, not moving every neuron,
// edge and label of the layer (which on a 12 × 64 network rewrote some 2,000 attributes a step).

import { HEAD, TAIL } from './collapse';

export type Slot = ({ j: number } | { gap: number; after: number }) & { row: number };

export interface Column {
	slots: Slot[];
	/** Rows the column takes, blank ones included. */
	rows: number;
}

/** One row per neuron drawn and per run left out, in order. */
function inOrder(size: number, visible: readonly number[]): Column {
	const slots: Slot[] = [];
	let last = 0;
	for (const j of visible) {
		if (j - last > 1) slots.push({ gap: j - last - 1, after: last, row: slots.length });
		slots.push({ j, row: slots.length });
		last = j;
	}
	if (size > last) slots.push({ gap: size - last, after: last, row: slots.length });
	return { slots, rows: slots.length };
}

/** The rows of a column of `size` neurons of which `visible` are drawn (null: all of them). */
export function columnOf(size: number, visible: readonly number[] | null | undefined): Column {
	if (!visible) return inOrder(size, Array.from({ length: size }, (_, i) => i + 1));
	const middle = visible.slice(HEAD, visible.length - TAIL);
	const isRun = (from: number, to: number, first: number) => visible.slice(from, to).every((j, k) => j === first + k);
	if (visible.length < HEAD + TAIL || middle.length > 1 || !isRun(0, HEAD, 1) || !isRun(visible.length - TAIL, visible.length, size - TAIL + 1)) {
		return inOrder(size, visible);
	}
	const slots: Slot[] = visible.slice(0, HEAD).map((j, row) => ({ j, row }));
	// The band: rows HEAD, HEAD + 1 and HEAD + 2.
	if (middle.length === 0) slots.push({ gap: size - HEAD - TAIL, after: HEAD, row: HEAD + 1 });
	else {
		const j = middle[0];
		if (j - HEAD > 1) slots.push({ gap: j - HEAD - 1, after: HEAD, row: HEAD });
		slots.push({ j, row: HEAD + 1 });
		if (size - TAIL - j > 0) slots.push({ gap: size - TAIL - j, after: j, row: HEAD + 2 });
	}
	visible.slice(visible.length - TAIL).forEach((j, k) => slots.push({ j, row: HEAD + 3 + k }));
	return { slots, rows: HEAD + 3 + TAIL };
}
