// A value that follows another at most once per `wait` ms: the first change at once, the last of a
// burst when its window ends, and nothing in between. The lab's slider moves the lab this way: each
// step drawn on a 12 × 64 network costs some 40 ms, and a drag asks for one every frame.

export class Trailing<T> {
	private last = -Infinity;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private pending: { value: T } | null = null;

	constructor(
		private readonly wait: number,
		private readonly show: (value: T) => void,
		private readonly now: () => number = () => performance.now()
	) {}

	/**
	 * Shows `value` in a task of its own (not the event's: there the browser draws the frame in the
	 * same task), at once if the last showing is `wait` ms old, else when that window ends, unless a
	 * newer value came first.
	 */
	push(value: T): void {
		const left = this.last + this.wait - this.now();
		this.pending = { value };
		this.timer ??= setTimeout(() => {
			this.timer = null;
			if (this.pending) this.showNow(this.pending.value);
		}, Math.max(0, left));
	}

	/** Shows what was waiting, if anything, at once. */
	flush(): void {
		const waiting = this.pending;
		this.cancel();
		if (waiting) this.showNow(waiting.value);
	}

	private cancel(): void {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
		this.pending = null;
	}

	private showNow(value: T): void {
		this.pending = null;
		this.last = this.now();
		this.show(value);
	}
}
