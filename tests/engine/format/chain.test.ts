import { describe, expect, test } from 'vitest';
import { breakChain, chainTex, chainText, splitEquals, splitEquations } from '../../../src/lib/engine/format/chain';
import type { Step } from '../../../src/lib/engine/trace/types';

const step = (formula: string, substituted: string, value: number): Step => ({
	id: 'x',
	label: 'x',
	phase: 'update',
	formula,
	substituted,
	value,
	unrounded: value,
	dependsOn: [],
	evaluate: () => value,
	factors: [],
	sample: null
});

describe('splitEquals', () => {
	test('splits at = outside braces and parentheses', () => {
		expect(splitEquals('E = \\tfrac{1}{2}(a - y)^2 = 0.5')).toEqual(['E', '\\tfrac{1}{2}(a - y)^2', '0.5']);
		expect(splitEquals('S = \\sum_{k=1}^{n} x_k')).toEqual(['S', '\\sum_{k=1}^{n} x_k']);
		expect(splitEquals('f(x = 1) = 2')).toEqual(['f(x = 1)', '2']);
		expect(splitEquals('a \\= b = c')).toEqual(['a \\= b', 'c']);
	});
});

describe('splitEquations', () => {
	test('splits the equations an optimizer joins with ,\\quad, and nothing else', () => {
		expect(splitEquations('m_t = 1,\\quad v_t = 2,\\quad \\theta\' = 3')).toEqual(['m_t = 1', 'v_t = 2', "\\theta' = 3"]);
		expect(splitEquations('\\max(0, x) \\quad y')).toEqual(['\\max(0, x) \\quad y']);
		expect(splitEquations('f(a,\\quad b)')).toEqual(['f(a,\\quad b)']);
		expect(splitEquations('a,\\quadrant')).toEqual(['a,\\quadrant']);
	});
});

describe('chainTex and chainText', () => {
	test('make one chain lhs = symbols = substituted = value', () => {
		const s = step('H_1 = \\sigma(z_{H_1})', '\\sigma(0.25)', 0.5622);
		expect(chainTex(s, { decimals: 2 })).toEqual([{ lhs: 'H_1', symbols: ['\\sigma(z_{H_1})'], numbers: ['\\sigma(0.25)', '0.56'] }]);
		expect(chainText(s, null)).toEqual([{ lhs: 'H_1', symbols: ['σ(z_H1)'], numbers: ['σ(0.25)', '0.5622'] }]);
	});

	test('drop a substituted part that is just the value', () => {
		const s = step('\\frac{\\partial E}{\\partial O_1} = O_1 - y_1', '0.25', 0.25);
		expect(chainTex(s, { decimals: 2 })[0].numbers).toEqual(['0.25']);
		expect(chainTex(s, null)[0].numbers).toEqual(['0.25']);
	});

	test('split a multi-equation update into one chain per equation, in both substituted forms', () => {
		const formula = "m_t = \\beta_1 m + (1 - \\beta_1) g,\\quad w' = w - \\eta m_t";
		const valueLast = step(formula, "m_t = 0.9 \\cdot 0 + 0.1 \\cdot 0.5 = 0.05,\\quad 0.2 - 0.01 \\cdot 0.05", 0.1995);
		const valueFirst = step(formula, "0.05 = 0.9 \\cdot 0 + 0.1 \\cdot 0.5,\\quad 0.2 - 0.01 \\cdot 0.05", 0.1995);
		const expected = [
			{ lhs: 'm_t', symbols: ['\\beta_1 m + (1 - \\beta_1) g'], numbers: ['0.9 \\cdot 0 + 0.1 \\cdot 0.5', '0.05'] },
			{ lhs: "w'", symbols: ['w - \\eta m_t'], numbers: ['0.2 - 0.01 \\cdot 0.05', '0.1995'] }
		];
		expect(chainTex(valueLast, null)).toEqual(expected);
		expect(chainTex(valueFirst, null)).toEqual(expected);
	});
});

describe('breakChain', () => {
	const c = { lhs: 'aaaa', symbols: ['bbbb', 'cccc'], numbers: ['1111', '2'] };
	test('keeps a chain that fits on one line', () => {
		expect(breakChain(c, 100, (s) => s.length)).toEqual(['bbbb = cccc = 1111 = 2']);
	});
	test('puts the symbols on one line and the numbers on the next when it does not fit', () => {
		expect(breakChain(c, 20, (s) => s.length)).toEqual(['bbbb = cccc', '1111 = 2']);
	});
	test('puts each part on a line of its own when even a group does not fit', () => {
		expect(breakChain(c, 15, (s) => s.length)).toEqual(['bbbb', 'cccc', '1111 = 2']);
		expect(breakChain(c, 10, (s) => s.length)).toEqual(['bbbb', 'cccc', '1111', '2']);
	});
});
