// inSlices: a generator run to its end over several tasks, none much over its slice; stopped between
// two tasks, it gives null and runs no further step.

import { describe, expect, it } from 'vitest';
import { inSlices } from '../../src/lib/state/in-slices';

function* counting(n: number, ms: number, ran: { steps: number }): Generator<void, number> {
	for (let i = 0; i < n; i++) {
		if (i > 0) yield;
		const until = performance.now() + ms;
		while (performance.now() < until);
		ran.steps++;
	}
	return n;
}

describe('inSlices', () => {
	it('runs every step and returns the result, yielding between slices', async () => {
		const ran = { steps: 0 };
		let between = 0;
		const timer = setInterval(() => between++, 0);
		const result = await inSlices(counting(40, 1, ran), 5);
		clearInterval(timer);
		expect(result).toBe(40);
		expect(ran.steps).toBe(40);
		// 40 ms of work in slices of about 5: other tasks ran in between.
		expect(between).toBeGreaterThan(0);
	});

	it('gives null and runs no more once stopped', async () => {
		const ran = { steps: 0 };
		let calls = 0;
		const result = await inSlices(counting(100, 1, ran), 3, () => ++calls > 2);
		expect(result).toBeNull();
		expect(ran.steps).toBeLessThan(100);
		const at = ran.steps;
		await new Promise((r) => setTimeout(r, 20));
		expect(ran.steps).toBe(at);
	});

	it('returns at once for a generator with a single step', async () => {
		expect(await inSlices(counting(1, 0, { steps: 0 }))).toBe(1);
	});
});
