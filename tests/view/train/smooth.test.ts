import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { smooth, SMOOTHING } from '../../../src/lib/view/train/smooth';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 1e-12, max: 1e6, noNaN: true, noDefaultInfinity: true });
const strength = fc.double({ min: 0, max: SMOOTHING.max, noNaN: true });
const seed = { seed: 16, numRuns: 300 };

describe('smooth(ys, strength)', () => {
	it('is TensorBoard’s debiased moving average: 0.5 on 1, 3 gives 1 then (0.25·1 + 0.5·3) / 0.75', () => {
		const [a, b] = smooth([1, 3], 0.5);
		expect(a).toBe(1);
		expect(b).toBeCloseTo((0.25 * 1 + 0.5 * 3) / 0.75, 14);
		// Not dragged towards 0 at the start, as a plain EMA from m₀ = 0 would be (0.1 · 10 = 1).
		expect(smooth([10, 10, 10], 0.9)).toEqual([10, 10, 10]);
	});

	it('gives the series back at strength 0', () => {
		fc.assert(fc.property(fc.array(finite), (ys) => {
					expect(smooth(ys, 0)).toEqual(ys);
				}), seed);
	});

	it('keeps a constant series constant, at any strength, on a linear or a log axis', () => {
		fc.assert(
			fc.property(positive, fc.integer({ min: 1, max: 200 }), strength, fc.boolean(), (c, n, w, log) => {
				expect(smooth(new Array(n).fill(c), w, log)).toEqual(new Array(n).fill(c));
			}),
			seed
		);
	});

	it('stays finite and within the least and greatest raw value so far', () => {
		fc.assert(
			fc.property(fc.array(finite, { minLength: 1, maxLength: 300 }), strength, (ys, w) => {
				const out = smooth(ys, w);
				out.forEach((s, i) => {
					const seen = ys.slice(0, i + 1);
					expect(Number.isFinite(s)).toBe(true);
					expect(s!).toBeGreaterThanOrEqual(Math.min(...seen));
					expect(s!).toBeLessThanOrEqual(Math.max(...seen));
				});
			}),
			seed
		);
	});

	it('on a log axis, averages the logarithms and stays within the raw values', () => {
		expect(smooth([1, 100], 0.5, true)[1]).toBeCloseTo(Math.pow(10, (0.25 * 0 + 0.5 * 2) / 0.75), 12);
		fc.assert(
			fc.property(fc.array(positive, { minLength: 1, maxLength: 200 }), strength, (ys, w) => {
				const out = smooth(ys, w, true);
				for (const s of out) {
					expect(s!).toBeGreaterThanOrEqual(Math.min(...ys));
					expect(s!).toBeLessThanOrEqual(Math.max(...ys));
				}
			}),
			seed
		);
	});

	it('skips gaps (null, NaN, ±∞, and zero on a log axis), leaving them null', () => {
		const out = smooth([null, 2, NaN, 4, Infinity], 0.5);
		expect(out.map((s) => s === null)).toEqual([true, false, true, false, true]);
		expect(out[3]).toBeCloseTo((0.25 * 2 + 0.5 * 4) / 0.75, 14);
		expect(smooth([0, 10, 1000], 0.5, true)[0]).toBeNull();
		fc.assert(
			fc.property(fc.array(fc.option(finite)), strength, (ys, w) => {
				const out = smooth(ys, w);
				expect(out.map((s) => s === null)).toEqual(ys.map((y) => y === null));
			}),
			seed
		);
	});

	it('reads a strength out of range as the nearest allowed one', () => {
		expect(smooth([1, 3], -1)).toEqual([1, 3]);
		expect(smooth([1, 3], 5)).toEqual(smooth([1, 3], SMOOTHING.max));
		expect(smooth([1, 3], NaN)).toEqual([1, 3]);
	});
});
