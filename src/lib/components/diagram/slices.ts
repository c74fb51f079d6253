// Writing a step's changes a slice at a time. Jumping to the end of a trace of a 12 × 64 network
// changes some 500 elements; written in one go they block the page for about 100 ms (their script,
// then the style, layout and paint they cause). What the step is about is written at once, and
// drawn in the next frame; the derivation and the step list's new rows follow in the frames after
// (the lab page); the rest follows, a slice per frame, from the sixth. A new step replaces whatever
// the previous one had left.

import { inFrame } from '$lib/view/frames';

/** Elements written per frame after the urgent ones (a few ms of script, and the rendering it causes). */
export const PER_FRAME = 60;

/** Up to this many changes (a network of a few hundred elements) are all written at once, as a step always was. */
export const AT_ONCE = 240;

/** The frame of the first slice: after those that draw the derivation and the step list (the lab page). */
const FIRST_SLICE_FRAME = 6;

export class SliceWriter {
	/** Cancels the frame waited for, while one is. */
	private stop: (() => void) | null = null;

	/** `busy(true)` when work is left for later frames, `busy(false)` once it is done or dropped. */
	constructor(private readonly busy: (busy: boolean) => void) {}

	/** Runs every urgent job now, and the rest too where they are few; else in slices from the sixth frame on. */
	run(urgent: (() => void)[], rest: (() => void)[], perFrame = PER_FRAME, atOnce = AT_ONCE): void {
		this.cancel();
		for (const job of urgent) job();
		if (urgent.length + rest.length <= atOnce) {
			for (const job of rest) job();
			return;
		}
		let next = 0;
		const slice = () => {
			this.stop = null;
			const end = Math.min(rest.length, next + perFrame);
			for (; next < end; next++) rest[next]();
			if (next < rest.length) this.stop = inFrame(1, slice);
			else this.busy(false);
		};
		this.stop = inFrame(FIRST_SLICE_FRAME, slice);
		this.busy(true);
	}

	/** Drops the jobs not yet run (a new step or drawing replaces them). */
	cancel(): void {
		if (this.stop === null) return;
		this.stop();
		this.stop = null;
		this.busy(false);
	}
}
