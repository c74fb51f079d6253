// custom activations: parsing, the whitelist, symbolic derivatives, kinks and the domain, caching.

import { InputError } from '../../../../src/lib/engine/spec/errors';
import { describe, expect, it } from 'vitest';
import { compileCustom, CustomDomainError } from '../../../../src/lib/engine/ops';
import { central, close } from '../helpers';

describe('compileCustom', () => {
	it('differentiates symbolically: x / (1 + |x|) has f′ = 1 / (1 + |x|)^2', () => {
		const c = compileCustom('x / (1 + abs(x))');
		for (const x of [-2, -0.5, 0, 0.5, 2]) {
			expect(c.f(x)).toBeCloseTo(x / (1 + Math.abs(x)), 15);
			expect(c.df(x)).toBeCloseTo(1 / (1 + Math.abs(x)) ** 2, 15);
		}
	});
	it('accepts every whitelisted function and constant, and its f′ matches central differences', () => {
		const exprs = [
			'exp(x) - 1',
			'log(1 + x^2)',
			'log(x^2 + 1, 2)',
			'sqrt(x^2 + 1)',
			'sin(x) + cos(x)',
			'tan(x / 4)',
			'sinh(x) / cosh(x)',
			'tanh(2x)',
			'pow(x, 3) / 10',
			'e^(-x^2) * pi',
			'min(x, 1) + max(-1, x)',
			'+x - -x'
		];
		for (const ex of exprs) {
			const c = compileCustom(ex);
			for (const x of [-1.3, -0.4, 0.35, 1.7]) {
				expect(close(c.df(x), central(c.f, x), 1e-6, 1e-6), `${ex} at ${x}`).toBe(true);
			}
		}
	});
	it('at a kink where the symbolic f′ is undefined, uses the mean of the one-sided slopes', () => {
		expect(compileCustom('abs(x)').df(0)).toBe(0);
		expect(compileCustom('max(0, x)').df(0)).toBeCloseTo(0.5, 6);
		expect(compileCustom('abs(x)').derivative('0', 0)).toBe('0');
	});
	it('reports a value outside the domain instead of returning NaN', () => {
		const c = compileCustom('sqrt(x)');
		expect(() => c.f(-1)).toThrow(CustomDomainError);
		expect(() => c.f(-1)).toThrow('custom activation "sqrt(x)": f(x) is not a finite number at the net input x = -1');
		expect(() => c.f(-1)).toThrow(InputError); // the user's to fix (exit 2), not an internal error
		expect(() => compileCustom('log(x)').df(-1)).toThrow(CustomDomainError);
	});
	it('refuses anything but a formula in x, with a reason', () => {
		const refused: [string, string][] = [
			['', 'the expression is empty: write a formula in x, e.g. "x / (1 + abs(x))"'],
			['y + 1', 'unknown symbol "y": the expression may use only x, e and pi'],
			['x = 2', 'not allowed in an activation: an assignment; write one formula in x'],
			['f(x) = x^2', 'not allowed in an activation: a function definition; write one formula in x'],
			['x.constructor', 'not allowed in an activation: property access; write one formula in x'],
			['evaluate("1")', 'unknown function "evaluate"; allowed: exp, log, sqrt, abs, sin, cos, tan, sinh, cosh, tanh, max, min, pow'],
			['"abc"', 'only numbers may appear as constants, not "abc"'],
			['x > 1', 'the operator ">" is not allowed; use + - * / ^'],
			['[x, 1]', 'not allowed in an activation: a matrix; write one formula in x'],
			['x ? 1 : 0', 'not allowed in an activation: a condition (a ? b : c); write one formula in x'],
			['pow(x)', 'pow takes 2 arguments, not 1'],
			['exp(x, 2)', 'exp takes 1 argument, not 2'],
			['x; x', 'not allowed in an activation: several statements; write one formula in x'],
			['x 1 +', 'cannot read the expression: Unexpected end of expression (char 6)']
		];
		for (const [ex, msg] of refused) expect(() => compileCustom(ex), ex).toThrow(msg);
		expect(() => compileCustom('x+'.repeat(200) + 'x')).toThrow('the expression is longer than 300 characters');
	});
	it('caches by expression', () => {
		expect(compileCustom('x^2 + 1')).toBe(compileCustom('x^2 + 1'));
	});
	it('writes its definition and derivative, and puts negative numbers in parentheses', () => {
		const c = compileCustom('x^2');
		expect(c.definition).toBe('f(x) = { x}^{2}');
		expect(c.derivativeDefinition).toBe("f'(x) = 2\\cdot x");
		expect(c.apply('-0.5')).toBe('{ (-0.5)}^{2}');
		expect(c.derivative('-0.5', -0.5)).toBe('2\\cdot (-0.5)');
	});
});
