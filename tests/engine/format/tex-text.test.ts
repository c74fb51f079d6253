import { describe, expect, test } from 'vitest';
import { texToText } from '../../../src/lib/engine/format/tex-text';

describe('texToText', () => {
	test.each([
		// Labels
		['H_1', 'H_1'],
		['w_5', 'w_5'],
		["w_5'", "w_5'"],
		['\\delta_{O_1}', 'δ_O1'],
		['z_{H_1}', 'z_H1'],
		['\\theta_2', 'θ_2'],
		['\\beta_1', 'β_1'],
		['\\beta_1^t', 'β_1^t'],
		['\\hat{m}_t', 'm̂_t'],
		['a^{[1]}_{2}', 'a^[1]_2'],
		['w^{[2]}_{1,2}', 'w^[2]_(1,2)'],
		['{H_1}^{(3)}', 'H_1^(3)'],
		['\\alpha_{H_1}', 'α_H1'],
		// Fractions
		['\\frac{\\partial E}{\\partial w_5}', '∂E/∂w_5'],
		['\\frac{\\partial O_1}{\\partial z_{O_1}}', '∂O_1/∂z_O1'],
		['\\frac{1}{1 + e^{-x}}', '1/(1 + e^(-x))'],
		['\\frac{-0.07}{2}', '-0.07/2'],
		['\\frac{a}{-2}', 'a/(-2)'],
		['\\frac{a + b}{c \\cdot d}', '(a + b)/(c · d)'],
		['\\tfrac{1}{2}', '½'],
		['\\tfrac12 \\sum_k (y_k - a_k)^2', '½ Σ_k (y_k - a_k)^2'],
		['\\dfrac{3}{4}', '¾'],
		['\\frac{1}{7}', '1/7'],
		// Functions, operators, roots, powers
		['\\sigma(0.25)', 'σ(0.25)'],
		["\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))", "σ'(x) = σ(x)(1 - σ(x))"],
		['a \\cdot b', 'a · b'],
		['a\\cdot b', 'a · b'],
		['2 \\times 3', '2 × 3'],
		['\\sqrt{x}', '√(x)'],
		['\\sqrt{\\hat{v}_t} + \\epsilon', '√(v̂_t) + ε'],
		['\\sqrt[3]{8}', '∛(8)'],
		['e^{-x}', 'e^(-x)'],
		['x^2', 'x^2'],
		['e^{z_{H_1}}', 'e^(z_H1)'],
		['10^{-5}', '10^(-5)'],
		['\\max(0, x)', 'max(0, x)'],
		['\\log a_k', 'log a_k'],
		['\\log(a)', 'log(a)'],
		['\\tanh(z)', 'tanh(z)'],
		['\\sum_{k=1}^{n} x_k', 'Σ_(k=1)^n x_k'],
		['\\sum y', 'Σ y'],
		['\\mathrm{sign}(x)', 'sign(x)'],
		['\\operatorname{clip}(g)', 'clip(g)'],
		['\\text{if } x > 0', 'if x > 0'],
		['\\left( 1 - \\sigma(x) \\right)', '(1 - σ(x))'],
		['\\left|x\\right|', '|x|'],
		['\\left\\{ a \\right.', '{ a'],
		['\\lVert g \\rVert', '‖ g ‖'],
		// Spacing
		['\\eta = 0.5', 'η = 0.5'],
		['\\eta\\,g', 'η g'],
		['a \\quad b', 'a  b'],
		['m = 1,\\quad v = 2', 'm = 1,  v = 2'],
		['a \\qquad b', 'a    b'],
		['a\\!b', 'ab'],
		['a~b', 'a b'],
		['  a   +   b  ', 'a + b'],
		// Escapes and unknown commands
		['\\% \\# \\& \\$ \\_ \\{ \\}', '% # & $ _ { }'],
		['\\foo{x}', 'foo x'],
		['\\foo(x)', 'foo(x)'],
		['x \\leq y \\to z', 'x ≤ y → z'],
		['\\epsilon \\varepsilon \\theta \\eta \\lambda \\rho \\mu \\Delta \\nabla', 'ε ε θ η λ ρ μ Δ ∇'],
		['\\infty', '∞'],
		['1.23 \\times 10^{-5}', '1.23 × 10^(-5)'],
		['\\tilde{g}_{w_1}', 'g̃_w1']
	])('converts %s to %s', (tex, text) => {
		expect(texToText(tex)).toBe(text);
	});

	test('never throws on unbalanced or truncated input', () => {
		for (const tex of ['}x{', '\\frac{a}', '\\frac', 'x_', '\\sqrt[', '\\left', '{{{', '\\', '^{', '\\hat']) {
			expect(() => texToText(tex)).not.toThrow();
		}
		expect(texToText('}x{')).toBe('x');
		expect(texToText('\\frac{a}')).toBe('a/()');
	});

	test('converts the chain rule of the course example', () => {
		const tex =
			'\\frac{\\partial E}{\\partial w_5} = \\frac{\\partial E}{\\partial O_1} \\cdot \\frac{\\partial O_1}{\\partial z_{O_1}} \\cdot \\frac{\\partial z_{O_1}}{\\partial w_5} = \\delta_{O_1} \\cdot H_1';
		expect(texToText(tex)).toBe('∂E/∂w_5 = ∂E/∂O_1 · ∂O_1/∂z_O1 · ∂z_O1/∂w_5 = δ_O1 · H_1');
	});
});
