// Trailing: the first value of a burst shown at once (in a task of its own), the last one when the
// window ends, none in between; flush shows what waits at once.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Trailing } from '../../src/lib/view/trailing';

describe('Trailing', () => {
	let shown: number[];
	let follow: Trailing<number>;
	beforeEach(() => {
		vi.useFakeTimers();
		shown = [];
		follow = new Trailing<number>(120, (v) => shown.push(v), () => Date.now());
	});
	afterEach(() => vi.useRealTimers());

	it('shows a lone value in the next task, not during the call', () => {
		follow.push(5);
		expect(shown).toEqual([]);
		vi.advanceTimersByTime(0);
		expect(shown).toEqual([5]);
	});

	it('shows the first and the last of a burst, at most once per window', () => {
		follow.push(1);
		vi.advanceTimersByTime(0);
		for (let v = 2; v <= 10; v++) {
			follow.push(v);
			vi.advanceTimersByTime(10);
		}
		expect(shown).toEqual([1]);
		vi.advanceTimersByTime(120);
		expect(shown).toEqual([1, 10]);
		vi.advanceTimersByTime(1000);
		expect(shown).toEqual([1, 10]);
	});

	it('keeps showing a steady drag every window', () => {
		for (let t = 0; t < 600; t += 16) {
			follow.push(t);
			vi.advanceTimersByTime(16);
		}
		vi.advanceTimersByTime(200);
		expect(shown.length).toBeGreaterThanOrEqual(5);
		expect(shown.length).toBeLessThanOrEqual(7);
		expect(shown.at(-1)).toBe(592);
		for (let k = 1; k < shown.length; k++) expect(shown[k]).toBeGreaterThan(shown[k - 1]);
	});

	it('flush shows what waits at once, and only once', () => {
		follow.push(1);
		vi.advanceTimersByTime(0);
		follow.push(2);
		follow.flush();
		expect(shown).toEqual([1, 2]);
		vi.advanceTimersByTime(500);
		follow.flush();
		expect(shown).toEqual([1, 2]);
	});
});
