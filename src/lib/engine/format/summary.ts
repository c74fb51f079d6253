// The closing table of every printed solution: each updated parameter with its old value, its
// gradient and its new value.

import type { Rounding } from '../spec/types';
import type { Trace } from '../trace/types';
import { roundTo } from './round';
import { formatExactPlain, formatExactTex, formatPlain, formatTex } from './number';

export interface UpdateRow {
	id: string;
	/** TeX label. */
	label: string;
	old: number;
	/** ∂E/∂θ; null where the update uses none (the perceptron rule). */
	gradient: number | null;
	updated: number;
}

/** One row per parameter the optimizer updated, in the trace's order. */
export function summaryRows(trace: Trace): UpdateRow[] {
	return Object.keys(trace.updated).map((id) => ({
		id,
		label: trace.leafLabels[id] ?? id,
		old: trace.leaves[id] ?? Number.NaN,
		gradient: id in trace.gradients ? trace.gradients[id] : null,
		updated: trace.updated[id]
	}));
}

/**
 * A given number (a parameter as the file has it): in the rounding's format when that shows it
 * exactly (0.1 → "0.10" at 2 decimals), else in full (0.125 stays "0.125"): a given is never
 * rounded on the page.
 */
export function formatGiven(x: number, r: Rounding | null, style: 'tex' | 'plain'): string {
	if (r !== null && Number.isFinite(x) && roundTo(x, r) === x) return style === 'tex' ? formatTex(x, r) : formatPlain(x, r);
	return style === 'tex' ? formatExactTex(x) : formatExactPlain(x);
}
