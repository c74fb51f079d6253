// Work spread over the frames after an event. A frame's callbacks asked for while it runs run in the
// next one, so chaining them counts frames. A callback's changes are drawn in its own frame, in the
// same task; a task of its own after a frame has its changes drawn in the next frame, in another
// task: heavy script there keeps each task short.

/** Runs `job` in the callbacks of the `n`th frame from now (n ≥ 1); the returned function cancels it if it has not run. */
export function inFrame(n: number, job: () => void): () => void {
	let id = 0;
	let done = false;
	const wait = (left: number) => {
		id = requestAnimationFrame(() => {
			if (left > 1) return wait(left - 1);
			done = true;
			job();
		});
	};
	wait(Math.max(1, n));
	return () => {
		if (!done) cancelAnimationFrame(id);
		done = true;
	};
}

/** Runs `job` in a task of its own once the `n`th frame from now has been drawn (n ≥ 1); returns a cancel as inFrame. */
export function afterFrame(n: number, job: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | null = null;
	const stop = inFrame(n, () => {
		timer = setTimeout(() => {
			timer = null;
			job();
		}, 0);
	});
	return () => {
		stop();
		if (timer !== null) clearTimeout(timer);
		timer = null;
	};
}
