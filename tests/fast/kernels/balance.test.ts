// The balancer on a clock of its own: it shares by speed, measures one thread first and now and
// then, falls back to one thread when two lose, tries them again after a back-off with a short
// probe (a back-off that runs while products run, not while the run is paused), and keeps two while
// they win.

import { describe, expect, it } from 'vitest';
import { Balancer, HOLD_MS, LAG_MS, PROBE_AWAKE, PROBE_PRODUCTS, PROBE_WAKE_PRODUCTS, WINDOW_MS, WINDOW_PRODUCTS } from '../../../src/lib/fast/kernels/balance';

/** A balancer, a clock, and products measured a window at a time. */
function scene(idleCores?: () => number) {
	let t = 0;
	const b = new Balancer(() => t, true, idleCores);
	/** Runs products for `ms` of clock time, each on the threads the balancer chose; two threads do `twoRate` multiply-adds per ms, one `oneRate`. */
	const run = (ms: number, twoRate: number, oneRate: number) => {
		const modes: string[] = [];
		const step = WINDOW_MS / WINDOW_PRODUCTS;
		for (const end = t + ms; t < end; t += step) {
			const two = b.useHelper();
			modes.push(two ? 'two' : 'one');
			b.observe((two ? twoRate : oneRate) * step, step);
		}
		return modes;
	};
	return {
		b,
		run,
		/** Time passes training on one thread: a product of `ms` (the balancer's clock counts a product's own time whole). */
		advance: (ms: number) => {
			t += ms;
			b.observe(1000 * ms, ms);
		},
		/** Wall time passes with no product (a paused run). */
		pause: (ms: number) => (t += ms)
	};
}

/** Products of 1 ms each until the balancer changes its mind (or `limit` products): how many it took. */
function until(b: Balancer, macsPerMs: number, limit = 1000): number {
	const start = b.useHelper();
	let n = 0;
	for (; b.useHelper() === start && n < limit; n++) b.observe(macsPerMs, 1);
	return n;
}

/** A balancer settled on two threads that fell back for a lagging helper, at the start of its next probe. */
function atProbe() {
	const s = scene();
	s.run(200, 1800, 1000);
	s.b.observe(1000, LAG_MS + 3, 0.5); // a lag: one thread for a while
	s.advance(1000);
	expect(until(s.b, 1000)).toBeLessThanOrEqual(WINDOW_PRODUCTS); // the window on one thread, then the probe
	expect(s.b.useHelper()).toBe(true);
	return s;
}

describe('Balancer', () => {
	it('measures one thread first, over a window of several products, then tries two', () => {
		let t = 0;
		const b = new Balancer(() => t);
		expect(b.useHelper()).toBe(false);
		b.observe(1000, 10 * WINDOW_MS);
		expect(b.stats().oneRate).toBeNaN();
		expect(b.useHelper()).toBe(false);
		for (let i = 0; i < WINDOW_PRODUCTS; i++) b.observe(1000, 1);
		expect(b.stats().oneRate).toBeGreaterThan(0);
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
		expect(twos / loaded.length).toBeLessThan(0.01);
		expect(b.stats().fallbacks).toBeGreaterThan(3);
		// The other core frees up: within the longest back-off, two threads are back for good.
		const freed = run(10_000, 1800, 1000);
		const late = freed.slice(-4000); // the last 3 s or so: one thread only for the re-measuring windows

		expect(late.filter((m) => m === 'two').length / late.length).toBeGreaterThan(0.95);
	});

	it('leaves two threads at once when this thread waits long for a lagging helper, and tries them again later', () => {
		const { b, run, advance } = scene();
		run(200, 1800, 1000); // settled on two threads, past the first probe
		expect(b.useHelper()).toBe(true);
		b.observe(1000, 0.5, 0.45); // a short wait: fine
		b.observe(1000, LAG_MS - 1, 0.5); // a helper slow to wake: not yet a lag
		expect(b.useHelper()).toBe(true);
		b.observe(1000, LAG_MS + 3, 0.5); // waiting for the helper as long as another process's time slice
		expect(b.useHelper()).toBe(false);
		expect(b.stats()).toMatchObject({ fallbacks: 1, lags: 1 });
		advance(300);
		expect(until(b, 1000)).toBe(WINDOW_PRODUCTS - 1); // a window on one thread (the long product its first) after the back-off
		expect(b.useHelper()).toBe(true);
	});

	it('judges a try of two threads after a few products: a losing one ends early, a winning one goes on', () => {
		const { b, advance } = atProbe();
		// Two threads no faster than one: the probe ends once the helper is awake and PROBE_PRODUCTS more
		// have been measured, not after a full window.
		expect(until(b, 1000)).toBe(PROBE_AWAKE + PROBE_PRODUCTS);
		expect(b.useHelper()).toBe(false);
		expect(b.stats().fallbacks).toBe(2);
		// Tried again later and winning: the probe passes, and a full window keeps two threads.
		advance(10_000);
		until(b, 1000);
		expect(b.useHelper()).toBe(true);
		for (let i = 0; i < 4 * WINDOW_PRODUCTS; i++) b.observe(1800, 1);
		expect(b.useHelper()).toBe(true);
		expect(b.stats().fallbacks).toBe(2);
	});

	it('gives the first try of two threads a full window, its first products being slow', () => {
		let t = 0;
		const b = new Balancer(() => t);
		const step = () => (t += 1);
		for (let i = 0; i < WINDOW_PRODUCTS; i++, step()) b.observe(1000, 1); // one thread first
		expect(b.useHelper()).toBe(true);
		for (let i = 0; i < PROBE_AWAKE; i++, step()) b.observe(1800, 1);
		// Slow at first (shares not yet learned), then fast: not judged on the first few products.
		for (let i = 0; i < PROBE_PRODUCTS; i++, step()) b.observe(900, 1);
		expect(b.useHelper()).toBe(true);
		for (let i = 0; i < 2 * WINDOW_PRODUCTS; i++, step()) b.observe(2400, 1);
		expect(b.useHelper()).toBe(true);
		expect(b.stats().fallbacks).toBe(0);
	});

	it('judges a probe from when its helper is awake: the parts taken back while it wakes are not measured', () => {
		const { b } = atProbe();
		// Waking: parts taken back (slow products, this thread computing both halves), then a few started.
		for (let i = 0; i < 10; i++) b.observe(1000, 1, 1, true);
		for (let i = 0; i < PROBE_AWAKE - 1; i++) b.observe(100, 1); // late starts: not measured either
		b.observe(1000, 1, 1, true); // taken again: still waking
		for (let i = 0; i < PROBE_AWAKE; i++) b.observe(100, 1);
		// Awake: two threads at 1.8× one from here, and the probe passes.
		for (let i = 0; i < 4 * WINDOW_PRODUCTS; i++) b.observe(1800, 1);
		expect(b.useHelper()).toBe(true);
		expect(b.stats()).toMatchObject({ fallbacks: 1, taken: 11 });
	});

	it('leaves two threads when a probe\'s helper does not wake', () => {
		const { b } = atProbe();
		for (let i = 0; i < PROBE_WAKE_PRODUCTS - 1; i++) b.observe(1000, 1, 1, true);
		expect(b.useHelper()).toBe(true);
		b.observe(1000, 1, 1, true);
		expect(b.useHelper()).toBe(false);
		expect(b.stats()).toMatchObject({ fallbacks: 2, lags: 2 });
	});

	it('runs its back-off while products run, not while nothing is computed (a paused run, another trainer)', () => {
		const { b, run, pause } = scene();
		run(200, 1800, 1000);
		b.observe(1000, LAG_MS + 3, 0.5); // a lag: one thread for HOLD_MS (250 ms) of training
		expect(b.useHelper()).toBe(false);
		pause(10_000);
		// Ten seconds without a product count as a moment: windows on one thread, and still no try of two.
		for (let i = 0; i < 4 * WINDOW_PRODUCTS; i++) b.observe(1000, 1);
		expect(b.useHelper()).toBe(false);
		// Once the back-off's time has been trained through, two threads are tried again.
		expect(until(b, 1000)).toBeLessThan(250);
		expect(b.useHelper()).toBe(true);
	});

	it('judges two threads that lose against a fresh figure of one: a spell that slows both does not send it to one thread', () => {
		const { b, run } = scene();
		run(2000, 1800, 1000); // one thread last measured about 2 s ago
		const spell = run(1000, 900, 500);
		expect(b.stats().fallbacks).toBe(0);
		// One window re-measured one thread; two threads the rest of the time.
		expect(spell.filter((m) => m === 'one').length).toBeLessThanOrEqual(WINDOW_PRODUCTS + 1);
		expect(b.stats().oneRate).toBeCloseTo(500);
		// Two threads that lose against a fresh figure do fall back.
		run(1000, 520, 500);
		expect(b.stats().fallbacks).toBeGreaterThan(0);
	});

	it('puts off trying two threads while no core is free, and tries them soon after one frees up', () => {
		let idle = 1;
		const { b, run } = scene(() => idle);
		run(200, 1800, 1000);
		expect(b.useHelper()).toBe(true);
		idle = 0; // another process takes the other core
		b.observe(1000, LAG_MS + 3, 0.5);
		expect(b.useHelper()).toBe(false);
		// Ten seconds beside the busy process: no try of two at all (without the hint: several, see below).
		expect(run(10_000, 500, 1000).every((m) => m === 'one')).toBe(true);
		expect(b.stats()).toMatchObject({ fallbacks: 1 });
		expect(b.stats().putOff).toBeGreaterThanOrEqual(30);
		// The core frees up: two threads again within a put-off's length and a window.
		idle = 1;
		const modes = run(HOLD_MS + 2 * WINDOW_MS, 1800, 1000);
		expect(modes.at(-1)).toBe('two');
		expect(b.stats().fallbacks).toBe(1);
	});

	it('tries two threads again after a back-off where idle cores are unknown, or too soon measured', () => {
		for (const idle of [NaN, undefined]) {
			const { b, run } = scene(idle === undefined ? undefined : () => idle);
			run(200, 1800, 1000);
			b.observe(1000, LAG_MS + 3, 0.5);
			const modes = run(10_000, 500, 1000);
			expect(modes.filter((m) => m === 'two').length).toBeGreaterThan(0);
			expect(b.stats().fallbacks).toBeGreaterThan(2);
			expect(b.stats().putOff).toBe(0);
		}
	});

	it('does not keep two threads that are barely faster than one', () => {
		const { run } = scene();
		const modes = run(20_000, 1050, 1000);
		expect(modes.filter((m) => m === 'one').length / modes.length).toBeGreaterThan(0.9);
	});
});
