// docs/checking.md: an answer written with d decimals is accepted within 10^-d of the exact value (above the
// precision floor, tests/engine/check/precision.test.ts; here the floor is lowered to 1 decimal).

import { describe, expect, it } from 'vitest';
import { checkAnswers, toleranceOf, within } from '../../../src/lib/engine/check';
import { courseNetwork } from './fixtures';
import { course } from './reference';

describe('the written form sets the tolerance', () => {
	it('one unit in the last written decimal', () => {
		expect(toleranceOf('0.56')).toBe(0.01);
		expect(toleranceOf('0.50')).toBe(0.01);
		expect(toleranceOf('0.5')).toBe(0.1);
		expect(toleranceOf('3')).toBe(1);
		expect(toleranceOf('-0.070')).toBe(0.001);
		expect(toleranceOf('1.5e-3')).toBe(0.0001);
		expect(toleranceOf('0.123456')).toBe(0.000001);
	});

	it('counts a difference of exactly one unit as within, despite binary rounding', () => {
		expect(0.58 - 0.57).toBeGreaterThan(0.01);
		expect(within(0.58, 0.57, 0.01)).toBe(true);
		expect(within(0.57, 0.58, 0.01)).toBe(true);
		expect(within(0.5801, 0.57, 0.01)).toBe(false);
	});

	const exact = course();
	const H1 = exact.H[0]; // 0.56217650...
	const g7 = exact.gW2[0][1]; // 0.03049...

	for (let d = 1; d <= 6; d++) {
		it(`with ${d} decimal${d > 1 ? 's' : ''}: the rounded value is correct, two units off is not`, () => {
			const right = H1.toFixed(d);
			const off = (H1 + 2 * 10 ** -d).toFixed(d);
			const smallRight = g7.toFixed(d);
			const smallOff = (g7 - 3 * 10 ** -d).toFixed(d);
			const report = checkAnswers(
				courseNetwork(null),
				[
					{ key: 'H_1', value: Number(right), written: right },
					{ key: 'H_2', value: Number(off), written: off },
					{ key: 'dE/dw_7', value: Number(smallRight), written: smallRight },
					{ key: 'dE/dw_8', value: Number(smallOff), written: smallOff }
				],
				{ minDecimals: 1 }
			);
			expect(report.results.map((r) => r.verdict)).toEqual(['correct', 'wrong', 'correct', 'wrong']);
			expect(report.results[0].tolerance).toBeCloseTo(10 ** -d, 15);
		});
	}

	it('takes the written decimals, not the value: 0.50 is held to 0.01, 0.5 to 0.1', () => {
		const report = checkAnswers(
			courseNetwork(null),
			[
				{ key: 'H_1', value: 0.5, written: '0.50' },
				{ key: 'H_2', value: 0.5, written: '0.5' }
			],
			{ minDecimals: 1 }
		);
		// H_1 = 0.5622: 0.50 is 0.062 off (> 0.01), 0.5 would be within 0.1.
		expect(report.results[0].verdict).toBe('wrong');
		expect(report.results[1].verdict).toBe('correct');
	});

	it('without a written form, reads the shortest form of the value', () => {
		const report = checkAnswers(courseNetwork(null), [{ key: 'H_1', value: 0.562 }]);
		expect(report.results[0].written).toBe('0.562');
		expect(report.results[0].verdict).toBe('correct');
	});

	it('uses the full-precision value even when the network rounds', () => {
		// By hand H_1 = 0.56; written 0.560 it claims 3 decimals, and 0.5622 is 0.0022 away.
		const report = checkAnswers(courseNetwork({ decimals: 2 }), [{ key: 'H_1', value: 0.56, written: '0.560' }]);
		expect(report.results[0].expected).toBeCloseTo(0.5621765, 6);
		expect(report.results[0].verdict).toBe('wrong');
	});
});
