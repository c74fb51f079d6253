import { describe, expect, it } from 'vitest';
import { texToPlain } from '../../../src/lib/engine/check';

describe('texToPlain', () => {
	it('writes the trace\'s fractions, Greek letters and products as plain text', () => {
		expect(texToPlain('\\frac{\\partial E}{\\partial w_5} = \\delta_{O_1}\\,H_1')).toBe('∂E/∂w_5 = δ_O_1·H_1');
		expect(texToPlain('\\frac{\\partial E}{\\partial O_1} \\cdot O_1(1 - O_1)')).toBe('∂E/∂O_1 · O_1(1 - O_1)');
		expect(texToPlain('E = \\tfrac{1}{2}(y_1 - O_1)^2')).toBe('E = ½(y_1 - O_1)^2');
		expect(texToPlain('\\sigma(0.25)')).toBe('σ(0.25)');
		expect(texToPlain("w_5' = w_5 - \\eta \\frac{\\partial E}{\\partial w_5}")).toBe("w_5' = w_5 - η ∂E/∂w_5");
	});

	it('parenthesises compound fractions and subscripts', () => {
		expect(texToPlain('\\frac{a + b}{2}')).toBe('(a + b)/2');
		expect(texToPlain('{H_1}^{(2)}')).toBe('H_1^(2)');
		expect(texToPlain('\\left(0.5\\right)')).toBe('(0.5)');
	});
});
