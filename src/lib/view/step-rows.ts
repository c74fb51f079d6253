// The step list's rows: a heading row where the phase changes, then one row a step. The list draws
// only the rows on screen, so it needs, for any row, what it is, and for any step, its row — both
// from the phase runs alone, without a row object per step (a trace may have 800,000 steps).

import type { Phase } from '$lib/engine/trace/types';

export interface PhaseRuns {
	/** Index of each run's first step, ascending; the first is 0. */
	starts: number[];
	phases: Phase[];
}

export type Row = { kind: 'head'; phase: Phase } | { kind: 'step'; index: number };

/** The runs of consecutive steps in one phase. */
export function phaseRuns(steps: readonly { phase: Phase }[]): PhaseRuns {
	const starts: number[] = [];
	const phases: Phase[] = [];
	for (let i = 0; i < steps.length; i++) {
		const phase = steps[i].phase;
		if (i === 0 || phase !== phases[phases.length - 1]) {
			starts.push(i);
			phases.push(phase);
		}
	}
	return { starts, phases };
}

/** How many runs begin at or before step i. */
function runsUpTo(runs: PhaseRuns, i: number): number {
	let lo = 0;
	let hi = runs.starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (runs.starts[mid] <= i) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The row of step i (each run's heading row comes before its first step). */
export function rowOfStep(runs: PhaseRuns, i: number): number {
	return i + runsUpTo(runs, i);
}

/** Rows listing steps 0 … last. */
export function rowCount(runs: PhaseRuns, last: number): number {
	return last < 0 ? 0 : rowOfStep(runs, last) + 1;
}

/** What row r shows. */
export function rowAt(runs: PhaseRuns, r: number): Row {
	// Run k's heading sits at row starts[k] + k; find the last heading at or before r.
	let lo = 0;
	let hi = runs.starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (runs.starts[mid] + mid <= r) lo = mid + 1;
		else hi = mid;
	}
	const k = lo - 1;
	const head = runs.starts[k] + k;
	return r === head ? { kind: 'head', phase: runs.phases[k] } : { kind: 'step', index: r - k - 1 };
}

/** The rows [from, to) to draw for a list scrolled to `top` px, `height` px high, rows `row` px each. */
export function visibleRows(total: number, top: number, height: number, row: number, overscan = 6): { from: number; to: number } {
	const from = Math.max(0, Math.floor(top / row) - overscan);
	const to = Math.min(total, Math.ceil((top + height) / row) + overscan);
	return { from, to: Math.max(from, to) };
}

/** The scroll position that brings row r wholly into view with the least movement. */
export function scrollToShow(r: number, top: number, height: number, row: number): number {
	const y = r * row;
	if (y < top) return y;
	if (y + row > top + height) return Math.max(0, y + row - height);
	return top;
}
