import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { axisTicks, powerOfTen } from '../../../src/lib/view/train/ticks';

describe('axisTicks', () => {
	it('labels a log axis by the powers of ten it spans', () => {
		expect(axisTicks(-5, 1, true).map((t) => t.label)).toEqual(['10⁻⁵', '10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '1', '10']);
		expect(axisTicks(-5, 1, true).map((t) => t.at)).toEqual([-5, -4, -3, -2, -1, 0, 1]);
		expect(axisTicks(-12, 3, true).map((t) => t.label)).toEqual(['10⁻¹²', '10⁻¹⁰', '10⁻⁸', '10⁻⁶', '10⁻⁴', '10⁻²', '1', '10²']);
		expect(powerOfTen(2)).toBe('10²');
	});

	it('falls back to the values on a log axis narrower than a decade', () => {
		const t = axisTicks(Math.log10(2), Math.log10(8), true);
		expect(t.map((x) => x.label)).toEqual(['2', '3', '4', '5', '6', '7', '8']);
		for (const x of t) expect(x.at).toBeCloseTo(Math.log10(Number(x.label)), 12);
	});

	it('gives nice linear ticks within the range', () => {
		expect(axisTicks(0, 1, false).map((t) => t.label)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
		expect(axisTicks(0, 289, false).map((t) => t.at)).toEqual([0, 50, 100, 150, 200, 250]);
	});

	it('stays within the range, in order, and few, for any range', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.boolean(), (lo, width, log) => {
				const [a, b] = log ? [lo / 1e4, lo / 1e4 + width / 1e4] : [lo, lo + width];
				const t = axisTicks(a, b, log);
				expect(t.length).toBeLessThanOrEqual(12);
				for (let i = 0; i < t.length; i++) {
					expect(t[i].at).toBeGreaterThanOrEqual(a - 1e-9 * Math.max(1, Math.abs(a)));
					expect(t[i].at).toBeLessThanOrEqual(b + 1e-9 * Math.max(1, Math.abs(b)));
					if (i > 0) expect(t[i].at).toBeGreaterThan(t[i - 1].at);
				}
			})
		);
		expect(axisTicks(1, 0, false)).toEqual([]);
		expect(axisTicks(Number.NaN, 1, true)).toEqual([]);
	});
});
