import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decimalsOf, roundTo } from '../../../src/lib/engine/format/round';

/**
 * The reference: round half away from zero on the exact decimal of the shortest round-trip string,
 * with BigInt arithmetic: x = ±M·10^e, and rounding to 10^-d keeps q = M·10^(e+d) rounded.
 */
/** Rounding of the shortest decimal, read to 15 significant digits where fewer are kept (the noise rule). */
function reference(x: number, d: number): number {
	if (x !== 0 && leading(x) + d + 1 < 15) x = Number(x.toPrecision(15));
	const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
	if (!m) throw new Error(`unexpected ${x}`);
	const M = BigInt(m[2] + (m[3] ?? ''));
	const e = Number(m[4] ?? 0) - (m[3] ?? '').length;
	const s = e + d;
	let q: bigint;
	if (s >= 0) q = M * 10n ** BigInt(s);
	else {
		const div = 10n ** BigInt(-s);
		q = M / div;
		if (2n * (M % div) >= div) q += 1n;
	}
	const y = Number(`${q}e${-d}`);
	return m[1] === '-' && y !== 0 ? -y : y;
}

/** The power of ten of x's leading digit, from its shortest string with BigInt-free counting. */
function leading(x: number): number {
	const [mant, exp = '0'] = String(Math.abs(x)).split('e');
	const [int, frac = ''] = mant.split('.');
	if (int !== '0') return int.length - 1 + Number(exp);
	return -(frac.length - frac.replace(/^0+/, '').length) - 1 + Number(exp);
}

describe('roundTo', () => {
	test.each([
		[0.075, 2, 0.08],
		[-0.075, 2, -0.08],
		[1.005, 2, 1.01],
		[0.125, 2, 0.13],
		[2.675, 2, 2.68],
		[0.385, 2, 0.39],
		[0.395, 2, 0.4],
		[-1.005, 2, -1.01],
		[0.5621765008857981, 2, 0.56],
		[0.999, 2, 1],
		[-0.999, 2, -1],
		[1.45, 1, 1.5],
		[2.5, 0, 3],
		[-2.5, 0, -3],
		[1234.5678, 2, 1234.57],
		[1e-7, 2, 0],
		[5e-7, 6, 0.000001],
		[1.5e-7, 7, 2e-7],
		[1.5e21, 2, 1.5e21],
		[123456789012345680000, 0, 123456789012345680000],
		[0.30000000000000004, 2, 0.3],
		[1.0000000000000002, 15, 1]
	])('rounds %d to %d decimals as %d', (x, d, expected) => {
		expect(roundTo(x, { decimals: d })).toBe(expected);
	});

	test.each([
		[0.075, 1, 0.08],
		[0.0616, 2, 0.062],
		[0.00012345, 3, 0.000123],
		[123456, 2, 120000],
		[-9.996, 3, -10],
		[1.5e21, 1, 2e21],
		[2.675, 3, 2.68],
		[1.23e-15, 2, 1.2e-15]
	])('rounds %d to %d significant digits as %d', (x, s, expected) => {
		expect(roundTo(x, { significant: s })).toBe(expected);
	});

	test('rounds to tens with negative decimals', () => {
		expect(roundTo(1250, { decimals: -2 })).toBe(1300);
		expect(roundTo(-45, { decimals: -1 })).toBe(-50);
	});

	test('returns +0, never -0, for a negative number that rounds to zero', () => {
		expect(Object.is(roundTo(-0.001, { decimals: 2 }), 0)).toBe(true);
		expect(Object.is(roundTo(-0, { decimals: 2 }), 0)).toBe(true);
	});

	test('leaves the number alone without rounding, and non-finite numbers always', () => {
		expect(roundTo(0.5621765, null)).toBe(0.5621765);
		expect(roundTo(Number.POSITIVE_INFINITY, { decimals: 2 })).toBe(Number.POSITIVE_INFINITY);
		expect(roundTo(Number.NaN, { decimals: 2 })).toBeNaN();
	});

	test('keeps the largest doubles finite when the rounded decimal would overflow', () => {
		expect(roundTo(Number.MAX_VALUE, { significant: 2 })).toBe(Number.MAX_VALUE);
		expect(roundTo(Number.MAX_VALUE, { significant: 17 })).toBe(Number.MAX_VALUE);
		expect(roundTo(-Number.MAX_VALUE, { decimals: 2 })).toBe(-Number.MAX_VALUE);
	});

	test('handles the smallest subnormal', () => {
		expect(roundTo(5e-324, { decimals: 2 })).toBe(0);
		expect(roundTo(5e-324, { significant: 1 })).toBe(5e-324);
	});

	test('rejects a rounding that is not a whole number of places', () => {
		expect(() => roundTo(1, { decimals: 1.5 })).toThrow(RangeError);
		expect(() => roundTo(1, { significant: 0 })).toThrow(RangeError);
	});

	test('equals half-away-from-zero rounding of the exact shortest decimal, for any double (BigInt reference)', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 12 }), (x, d) => {
				expect(roundTo(x, { decimals: d })).toBe(reference(x, d));
			}),
			{ seed: 20261127, numRuns: 3000 }
		);
	});

	test('rounds exact ties away from zero (n / 10^k rounded to k − 1 decimals, BigInt reference)', () => {
		fc.assert(
			fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 8 }), (n, k) => {
				const x = Number(`${n}e-${k}`);
				const y = roundTo(x, { decimals: k - 1 });
				expect(y).toBe(reference(x, k - 1));
				// A tie is a 5 in the last place: the magnitude always goes up.
				if (Math.abs(n) % 10 === 5) expect(Math.abs(y)).toBeGreaterThan(Math.abs(x));
			}),
			{ seed: 7, numRuns: 3000 }
		);
	});

	test('rounds to s significant digits as rounding to s − 1 − (leading power) decimals (BigInt reference)', () => {
		fc.assert(
			fc.property(
				fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }).filter((x) => x !== 0),
				fc.integer({ min: 1, max: 10 }),
				(x, s) => {
					expect(roundTo(x, { significant: s })).toBe(reference(x, s - 1 - leading(x)));
				}
			),
			{ seed: 99, numRuns: 3000 }
		);
	});

	test('writes back as at most d decimals', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 8 }), (x, d) => {
				expect(decimalsOf(String(roundTo(x, { decimals: d })))).toBeLessThanOrEqual(d);
			}),
			{ seed: 3, numRuns: 2000 }
		);
	});
});

describe('decimalsOf', () => {
	test.each([
		['0.50', 2],
		['3', 0],
		['1e-3', 3],
		['-0.070', 3],
		['1.5e-3', 4],
		['2.5e3', 0],
		['2.5E-1', 2],
		['.5', 1],
		['+0.25', 2],
		['  0.56 ', 2],
		['10.', 0],
		['-0', 0]
	])('counts the decimals of %s as %d', (written, d) => {
		expect(decimalsOf(written)).toBe(d);
	});

	test.each(['', 'abc', '.', '1.2.3', '1e', '--1', '0x10'])('rejects %j, which is not a written number', (written) => {
		expect(() => decimalsOf(written)).toThrow(RangeError);
	});
});
