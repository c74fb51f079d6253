// The TeX helpers shared by the ops.

import { describe, expect, it } from 'vitest';
import { cdot, factor, frac, group, isAtom, minus, mul, operand, paren, plus, pow, splitLine, sum } from '../../../src/lib/engine/ops/tex';

describe('ops/tex', () => {
	it('paren wraps a negative number and leaves symbols and positive numbers', () => {
		expect(paren('-0.07')).toBe('(-0.07)');
		expect(paren('0.07')).toBe('0.07');
		expect(paren('H_1')).toBe('H_1');
	});
	it('isAtom tells single factors from sums and signed numbers', () => {
		for (const s of ['H_1', 'z_{H_1}', '0.25', '\\beta_1', '\\hat{m}_t', '\\frac{1}{2}', '\\sigma(z)']) expect(isAtom(s), s).toBe(true);
		for (const s of ['1 - a', '-0.07', '\\hat m', '2 \\times 10^{-3}', 'a+b']) expect(isAtom(s), s).toBe(false);
	});
	it('group, operand and pow parenthesise only what needs it', () => {
		expect(group('1 - a')).toBe('\\left(1 - a\\right)');
		expect(group('H_1')).toBe('H_1');
		expect(operand('-0.5')).toBe('(-0.5)');
		expect(pow('H_1', '2')).toBe('H_1^{2}');
		expect(pow('-0.46', '2')).toBe('(-0.46)^{2}');
		expect(pow('{H_1}^{(1)}', '2')).toBe('\\left({H_1}^{(1)}\\right)^{2}');
		expect(pow('\\frac{\\partial E}{\\partial w_5}', '2')).toBe('\\left(\\frac{\\partial E}{\\partial w_5}\\right)^{2}');
	});
	it('factor parenthesises sums and negative numbers, and leaves products', () => {
		expect(factor('1 - H_1^{2}')).toBe('(1 - H_1^{2})');
		expect(factor('-0.5')).toBe('(-0.5)');
		expect(factor('-x^{2}')).toBe('(-x^{2})');
		expect(factor('H_1(1 - H_1)')).toBe('H_1(1 - H_1)');
		expect(factor('2\\cdot x')).toBe('2\\cdot x');
		expect(factor('(a + b)')).toBe('(a + b)');
	});
	it('mul juxtaposes symbols and puts \\cdot next to numbers', () => {
		expect(mul('H_1', '(1 - H_1)')).toBe('H_1(1 - H_1)');
		expect(mul('0.56', '(1 - 0.56)')).toBe('0.56 \\cdot (1 - 0.56)');
		expect(mul('\\beta_1', 'm')).toBe('\\beta_1 m');
		expect(mul('0.9', '-0.03')).toBe('0.9 \\cdot (-0.03)');
		expect(mul('\\eta', '1 - a')).toBe('\\eta\\left(1 - a\\right)');
	});
	it('cdot, frac, minus, plus, sum and splitLine', () => {
		expect(cdot('0.25', '0.48', '-0.1')).toBe('0.25 \\cdot 0.48 \\cdot (-0.1)');
		expect(frac('a', 'b')).toBe('\\frac{a}{b}');
		expect(minus('0.53', '-0.07')).toBe('0.53 - (-0.07)');
		expect(plus('0.03', '-0.01')).toBe('0.03 + (-0.01)');
		expect(sum(['-0.1', '-0.2', '0.3'])).toBe('-0.1 + (-0.2) + 0.3');
		expect(sum([])).toBe('0');
		expect(splitLine("\\theta' = \\theta - \\eta g")).toEqual(["\\theta'", '\\theta - \\eta g']);
		expect(() => splitLine('no equation')).toThrow();
	});
});
