// Long work on the page's thread without long tasks: a generator's steps run a few milliseconds a
// task, and the page draws and answers between the tasks.

/** Runs `steps` to their end, at most about `sliceMs` a task; null if `stopped()` says so between two tasks. */
export async function inSlices<R>(steps: Iterator<void, R>, sliceMs = 8, stopped = () => false): Promise<R | null> {
	for (;;) {
		await new Promise((resolve) => setTimeout(resolve, 0));
		if (stopped()) return null;
		const until = performance.now() + sliceMs;
		do {
			const next = steps.next();
			if (next.done) return next.value;
		} while (performance.now() < until);
	}
}
