// The balancer on a clock of its own: it shares by speed, measures one thread now and then, falls
// back to one thread when two lose, comes back after a back-off, and keeps two while they win.

import { describe, expect, it } from 'vitest';
import { Balancer, LAG_MS, WINDOW_MS, WINDOW_PRODUCTS } from '../../../src/lib/fast/kernels/balance';

/** A balancer, a clock, and products measured a window at a time. */
function scene() {
	let t = 0;
	const b = new Balancer(() => t);
	/** Runs products for `ms` of clock time; two threads do `twoRate` multiply-adds per ms, one `oneRate`. */
	const run = (ms: number, twoRate: number, oneRate: number) => {
		const modes: string[] = [];
		for (const end = t + ms; t < end; ) {
			const two = b.useHelper();
			modes.push(two ? 'two' : 'one');
			const rate = two ? twoRate : oneRate;
			const ms = WINDOW_MS / WINDOW_PRODUCTS;
			for (let i = 0; i < WINDOW_PRODUCTS; i++) {
				t += ms;
				b.observe(rate * ms, ms);
			}
		}
		return modes;
	};
	return { b, run };
}

describe('Balancer', () => {
	it('measures a window of several products, not one slow product alone', () => {
		const b = new Balancer(() => 0);
		b.observe(1000, 10 * WINDOW_MS);
		expect(b.stats().twoRate).toBeNaN();
		expect(b.useHelper()).toBe(true);
	});

	it('gives the faster thread the larger part, following the measurements', () => {
		const b = new Balancer(() => 0);
		expect(b.share('s')).toBe(0.5);
		for (let i = 0; i < 30; i++) b.learn('s', 3000, 1, 1000, 1); // the helper runs at a third of this thread's speed
		expect(b.share('s')).toBeCloseTo(0.25, 2);
		expect(b.share('other')).toBe(0.5);
		b.learn('s', 0, 0, 1, 1); // no measurement: nothing learned
		expect(b.share('s')).toBeCloseTo(0.25, 2);
	});

	it('keeps two threads while they win, re-measuring one thread now and then', () => {
		const { b, run } = scene();
		const modes = run(10_000, 1800, 1000);
		const ones = modes.filter((m) => m === 'one').length;
		expect(ones).toBeGreaterThan(0);
		expect(ones / modes.length).toBeLessThan(0.02);
		expect(b.stats().fallbacks).toBe(0);
	});

	it('falls back to one thread when two lose, for longer while they keep losing, and returns when they win again', () => {
		const { b, run } = scene();
		const loaded = run(20_000, 600, 1000);
		const twos = loaded.filter((m) => m === 'two').length;
		expect(twos / loaded.length).toBeLessThan(0.05);
		expect(b.stats().fallbacks).toBeGreaterThan(3);
		// The other core frees up: within the longest back-off, two threads are back for good.
		const freed = run(10_000, 1800, 1000);
		const late = freed.slice(-200);
		expect(late.filter((m) => m === 'two').length / late.length).toBeGreaterThan(0.95);
	});

	it('leaves two threads at once when this thread waits long for a lagging helper, and tries them again later', () => {
		let t = 0;
		const b = new Balancer(() => t);
		b.observe(1000, 0.5, 0.45); // a short wait: fine
		b.observe(1000, LAG_MS - 1, 0.5); // a helper slow to wake: not yet a lag
		expect(b.useHelper()).toBe(true);
		b.observe(1000, LAG_MS + 3, 0.5); // waiting for the helper as long as another process's time slice
		expect(b.useHelper()).toBe(false);
		expect(b.stats()).toMatchObject({ fallbacks: 1, lags: 1 });
		t += 300;
		for (let i = 0; i < 40; i++) b.observe(1000, 1); // a window on one thread after the back-off
		expect(b.useHelper()).toBe(true);
	});

	it('does not keep two threads that are barely faster than one', () => {
		const { run } = scene();
		const modes = run(20_000, 1050, 1000);
		expect(modes.filter((m) => m === 'one').length / modes.length).toBeGreaterThan(0.9);
	});
});
