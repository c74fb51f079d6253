// The steps the lab's derivation and step list show. After a jump (End, a slider let go, a phase)
// they catch up after the diagram, each in a task of its own after a frame: the derivation after
// the frame that draws the diagram, the list's rows two frames after the derivation's (between
// them, what reads the derivation's layout reads it fresh: components/scroll-focus.ts). All in one
// task would block the page past 50 ms on a long trace. A step to a neighbour is shown at once.

import { afterFrame } from './frames';

export interface Shown {
	/** The step the derivation shows. */
	derivation: number;
	/** The step the step list marks as current. */
	rows: number;
}

/**
 * Brings what is `shown` to `step` of a trace of `count` steps through `show`: at once for a
 * neighbour, or where a step shown is past the trace's end; else over the frames to come. Returns a
 * function that drops what has not been shown yet.
 */
export function catchUp(step: number, shown: Shown, count: number, show: (next: Partial<Shown>) => void): () => void {
	if (Math.abs(step - shown.derivation) <= 1 || Math.max(shown.derivation, shown.rows) >= count) {
		show({ derivation: step, rows: step });
		return () => {};
	}
	let stop = afterFrame(1, () => {
		show({ derivation: step });
		stop = afterFrame(2, () => show({ rows: step }));
	});
	return () => stop();
}
