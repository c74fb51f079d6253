// Typesetting a little at a time. A jump across a long trace brings a screenful of new rows of maths
// into the step list, some 1.5 ms each to typeset and as much again to lay out, and a derivation that
// may be 2,000 elements of maths; all in one task they block the page past 50 ms (and a task of 8 ms
// of them, with the list's own work, still did on a busy machine). So the rows and the derivation's
// lines come here: each is typeset at once while its task has spent under BUDGET_MS on them (a step
// forward on a small network typesets all at once), else in a task of its own after the next frame,
// BUDGET_MS of them a task, so that each frame draws a few.

import { afterFrame } from '$lib/view/frames';

const BUDGET_MS = 5;

const waiting = new Set<() => void>();
/** When this task began typesetting, or null if it has not. */
let since: number | null = null;
let scheduled: (() => void) | null = null;

function spent(): number {
	if (since === null) {
		since = performance.now();
		// The task ends before a timer's runs: the next task starts afresh.
		setTimeout(() => (since = null), 0);
	}
	return performance.now() - since;
}

function drain(): void {
	scheduled = null;
	for (const job of waiting) {
		if (spent() >= BUDGET_MS) break;
		waiting.delete(job);
		job();
	}
	if (waiting.size > 0) scheduled = afterFrame(1, drain);
}

/**
 * Runs `typeset` now if this task has budget left and nothing is waiting before it, else later in
 * the order asked; the returned function withdraws it if it has not run.
 */
export function typesetSoon(typeset: () => void): () => void {
	if (waiting.size === 0 && spent() < BUDGET_MS) {
		typeset();
		return () => {};
	}
	waiting.add(typeset);
	scheduled ??= afterFrame(1, drain);
	return () => {
		waiting.delete(typeset);
		if (waiting.size === 0 && scheduled) {
			scheduled();
			scheduled = null;
		}
	};
}
