import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	formatExactPlain,
	formatExactTex,
	formatNumber,
	formatPlain,
	formatTex
} from '../../../src/lib/engine/format/number';
import { roundTo } from '../../../src/lib/engine/format/round';

describe('formatNumber with {decimals: d}', () => {
	const two = { decimals: 2 };
	test.each([
		[0.5, '0.50'],
		[-0.07, '-0.07'],
		[0.5622, '0.56'],
		[0.075, '0.08'],
		[1.005, '1.01'],
		[3, '3.00'],
		[-0.001, '0.00'],
		[-0, '0.00'],
		[1e-7, '0.00'],
		[1234567.891, '1234567.89'],
		[1.5e21, '1500000000000000000000.00']
	])('writes %d as %s', (x, s) => {
		expect(formatNumber(x, two)).toBe(s);
	});

	test('writes whole numbers without a point at 0 decimals', () => {
		expect(formatNumber(2.5, { decimals: 0 })).toBe('3');
		expect(formatNumber(-0.4, { decimals: 0 })).toBe('0');
	});
});

describe('formatNumber with {significant: s}', () => {
	test.each([
		[0.5, 3, '0.500'],
		[0.0616, 2, '0.062'],
		[-0.0684, 1, '-0.07'],
		[9.996, 3, '10.0'],
		[123456, 2, '120000'],
		[0.0000123, 3, '0.0000123'],
		[1.23456e-9, 3, '1.23 \\times 10^{-9}'],
		[1.5e21, 2, '1.5 \\times 10^{21}'],
		[0, 3, '0']
	])('writes %d to %d significant digits as %s', (x, s, expected) => {
		expect(formatNumber(x, { significant: s })).toBe(expected);
	});

	test('writes the scientific form as 1.23e-9 in plain text', () => {
		expect(formatPlain(1.23456e-9, { significant: 3 })).toBe('1.23e-9');
	});
});

describe('formatNumber without rounding (display value)', () => {
	test.each([
		[0.5621765008857981, '0.5622'],
		[0.25, '0.25'],
		[0.0616, '0.0616'],
		[-0.0684, '-0.0684'],
		[3, '3'],
		[-12, '-12'],
		[2.00001, '2.0'],
		[-2.00001, '-2.0'],
		[0.001, '0.001'],
		[0.00123456, '0.0012'],
		[0, '0'],
		[-0, '0'],
		[123456789, '123456789'],
		[0.30000000000000004, '0.3']
	])('writes %d as %s', (x, s) => {
		expect(formatNumber(x, null)).toBe(s);
		expect(formatPlain(x, null)).toBe(s);
	});

	test.each([
		[0.0000123, '1.23 \\times 10^{-5}', '1.23e-5'],
		[-0.000123456, '-1.235 \\times 10^{-4}', '-1.235e-4'],
		[1e-7, '1 \\times 10^{-7}', '1e-7'],
		[1.5e21, '1.5 \\times 10^{21}', '1.5e21'],
		[1234567890, '1.235 \\times 10^{9}', '1.235e9'],
		[9.99996e-4, '1 \\times 10^{-3}', '1e-3']
	])('writes the tiny or huge %d in scientific form', (x, tex, plain) => {
		expect(formatTex(x, null)).toBe(tex);
		expect(formatPlain(x, null)).toBe(plain);
	});
});

describe('non-finite numbers', () => {
	test('print as infinity and NaN in both forms', () => {
		expect(formatTex(Number.POSITIVE_INFINITY, null)).toBe('\\infty');
		expect(formatTex(Number.NEGATIVE_INFINITY, { decimals: 2 })).toBe('-\\infty');
		expect(formatPlain(Number.NEGATIVE_INFINITY, null)).toBe('-∞');
		expect(formatTex(Number.NaN, null)).toBe('\\mathrm{NaN}');
		expect(formatPlain(Number.NaN, { significant: 2 })).toBe('NaN');
	});
});

describe('formatExact (given numbers)', () => {
	test.each([
		[0.5, '0.5', '0.5'],
		[-0.07, '-0.07', '-0.07'],
		[0.123456789, '0.123456789', '0.123456789'],
		[1e-7, '1 \\times 10^{-7}', '1e-7'],
		[2.5e-7, '2.5 \\times 10^{-7}', '2.5e-7'],
		[0.000001, '0.000001', '0.000001'],
		[1e21, '1 \\times 10^{21}', '1e21'],
		[-0, '0', '0']
	])('writes %d exactly', (x, tex, plain) => {
		expect(formatExactTex(x)).toBe(tex);
		expect(formatExactPlain(x)).toBe(plain);
	});
});

describe('every written number reads back', () => {
	test('the fixed and significant forms parse to exactly the rounded value', () => {
		fc.assert(
			fc.property(
				fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
				fc.integer({ min: 0, max: 8 }),
				(x, k) => {
					expect(Number(formatNumber(x, { decimals: k }))).toBe(roundTo(x, { decimals: k }));
					expect(Number(formatPlain(x, { significant: k + 1 }))).toBe(roundTo(x, { significant: k + 1 }));
					expect(formatNumber(x, { decimals: k }).split('.')[1]?.length ?? 0).toBe(k);
				}
			),
			{ seed: 11, numRuns: 2000 }
		);
	});

	test('the exact forms parse to the same double', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
				expect(Number(formatExactPlain(x))).toBe(x === 0 ? 0 : x);
			}),
			{ seed: 12, numRuns: 2000 }
		);
	});
});
