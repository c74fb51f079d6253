// Custom activations are bounded before they are differentiated (#19): the expressions that took
// from seconds to minutes are refused with what to simplify, or differentiated without mathjs's
// exponential simplification, and their derivatives stay right. (A hang fails on the test timeout.)

import { describe, expect, it } from 'vitest';
import { compileCustom } from '../../../../src/lib/engine/ops';
import { central, close } from '../helpers';

describe('custom activations of any size', () => {
	it.each([
		['x^x^x^x^x^x^x^x^x^x^x^x^x^x^x', /14 powers with x in both the base and the exponent.*at most 4/],
		['max(x,x,x,x,x,x,x,x)', /max takes 2 to 4 arguments, not 8/],
		['max(max(max(max(x,x,x,x),x,x,x),x,x,x),x,x,x)', /too large to differentiate: over 400 terms once max and min are written out/],
		[Array(40).fill('x').join('*'), /x appears 40 times; at most 32/]
	])('refuses %s, saying what to simplify', (expression, reason) => {
		expect(() => compileCustom(expression)).toThrow(reason);
	});

	it('differentiates a long sum (which took 85 s when simplified) correctly, without simplifying it', () => {
		const c = compileCustom(Array(14).fill('sin(x)*x').join('+'));
		for (const x of [-1.3, 0.2, 2.5]) {
			expect(close(c.df(x), central(c.f, x), 1e-6)).toBe(true);
			expect(close(c.df(x), 14 * (Math.cos(x) * x + Math.sin(x)), 1e-9)).toBe(true);
		}
	});

	it('still simplifies a small derivative for reading', () => {
		expect(compileCustom('x^2 + 3 * x').derivativeDefinition).toBe("f'(x) = 2\\cdot x+3");
	});
});
