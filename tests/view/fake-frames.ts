// requestAnimationFrame for tests: frames are drawn when the test says, callbacks asked for during a
// frame wait for the next, and ids count up as the browser's do.

import { vi } from 'vitest';

let frames = new Map<number, () => void>();
let nextId = 1;

/** Replaces requestAnimationFrame and cancelAnimationFrame (call in beforeEach; the config unstubs them after each test). */
export function stubFrames(): void {
	frames = new Map();
	vi.stubGlobal('requestAnimationFrame', (f: () => void) => {
		frames.set(nextId, f);
		return nextId++;
	});
	vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
}

/** Runs the callbacks of one frame. */
export function nextFrame(): void {
	const now = frames;
	frames = new Map();
	for (const f of now.values()) f();
}

/** How many callbacks wait for the next frame. */
export function waitingFrames(): number {
	return frames.size;
}
