// Long work run a slice at a time: a generator yields wherever it may stop, and runInSlices lets the
// page paint (and take a click) whenever a slice has run its budget. No DOM: a pause is a timer.

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `work` to its end, pausing after each slice of about `budgetMs`; rejects as the work throws. */
export async function runInSlices<T>(work: Generator<void, T, void>, pause: () => Promise<void> = nextTask, budgetMs = 30): Promise<T> {
	let start = performance.now();
	for (;;) {
		const next = work.next();
		if (next.done) return next.value;
		if (performance.now() - start > budgetMs) {
			await pause();
			start = performance.now();
		}
	}
}

/** Runs `work` to its end at once. */
export function runAtOnce<T>(work: Generator<void, T, void>): T {
	for (;;) {
		const next = work.next();
		if (next.done) return next.value;
	}
}
