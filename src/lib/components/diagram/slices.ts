// Writing a step's changes a slice at a time. Jumping to the end of a trace of a 12 × 64 network
// changes some 500 elements; written in one go they block the page for about 100 ms (their script,
// then the style, layout and paint they cause). What the step is about is written at once, and
// drawn in the next frame with the derivation; the frame after draws the step list's new rows
// (StepList.svelte); the rest follows, a slice per frame, from the third. A new step replaces
// whatever the previous one had left.

/** Elements written per frame after the urgent ones (a few ms of script, and the rendering it causes). */
export const PER_FRAME = 60;

/** Up to this many changes (a network of a few hundred elements) are all written at once, as a step always was. */
export const AT_ONCE = 240;

export class SliceWriter {
	private frame: number | null = null;

	/** `busy(true)` when work is left for later frames, `busy(false)` once it is done or dropped. */
	constructor(private readonly busy: (busy: boolean) => void) {}

	/** Runs every urgent job now, and the rest too where they are few; else in slices from the third frame on. */
	run(urgent: (() => void)[], rest: (() => void)[], perFrame = PER_FRAME, atOnce = AT_ONCE): void {
		this.cancel();
		for (const job of urgent) job();
		if (urgent.length + rest.length <= atOnce) {
			for (const job of rest) job();
			return;
		}
		let next = 0;
		const slice = () => {
			this.frame = null;
			const end = Math.min(rest.length, next + perFrame);
			for (; next < end; next++) rest[next]();
			if (next < rest.length) this.frame = requestAnimationFrame(slice);
			else this.busy(false);
		};
		const after = (frames: number) => () => (this.frame = requestAnimationFrame(frames > 1 ? after(frames - 1) : slice));
		after(3)();
		this.busy(true);
	}

	/** Drops the jobs not yet run (a new step or drawing replaces them). */
	cancel(): void {
		if (this.frame === null) return;
		cancelAnimationFrame(this.frame);
		this.frame = null;
		this.busy(false);
	}
}
