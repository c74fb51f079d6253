// The TeX faces of the activations, in symbols and with numbers.

import { describe, expect, it } from 'vitest';
import { activationOp } from '../../../../src/lib/engine/ops';
import type { Activation, ActivationName } from '../../../../src/lib/engine/spec/types';

const tex = (name: ActivationName) => activationOp(name).tex;
const act = (name: ActivationName, more: Partial<Activation> = {}): Activation => ({ name, ...more });

describe('activation TeX', () => {
	it('sigmoid applies as \\sigma(·) and differentiates from its output', () => {
		expect(tex('sigmoid').apply('z_{H_1}', act('sigmoid'))).toBe('\\sigma(z_{H_1})');
		expect(tex('sigmoid').apply('0.25', act('sigmoid'))).toBe('\\sigma(0.25)');
		expect(tex('sigmoid').derivative('z_{H_1}', 'H_1', act('sigmoid'), 0.25)).toBe('H_1(1 - H_1)');
		expect(tex('sigmoid').derivative('0.25', '0.56', act('sigmoid'), 0.25)).toBe('0.56 \\cdot (1 - 0.56)');
	});
	it('tanh′ is (1 - a^2), one factor for the chain rule, with a negative output in parentheses', () => {
		expect(tex('tanh').derivative('z', 'H_1', act('tanh'), 1)).toBe('(1 - H_1^{2})');
		expect(tex('tanh').derivative('-0.5', '-0.46', act('tanh'), -0.5)).toBe('(1 - (-0.46)^{2})');
		expect(tex('tanh').derivative('z', '{H_1}^{(1)}', act('tanh'), 1)).toBe('(1 - \\left({H_1}^{(1)}\\right)^{2})');
	});
	it('relu′ prints 1 or 0 by the sign of x', () => {
		expect(tex('relu').derivative('z', 'a', act('relu'), 0.3)).toBe('1');
		expect(tex('relu').derivative('z', 'a', act('relu'), 0)).toBe('0');
		expect(tex('relu').apply('-0.5', act('relu'))).toBe('\\max(0, -0.5)');
	});
	it('leaky_relu applies the branch taken for numbers and max(αz, z) for symbols', () => {
		expect(tex('leaky_relu').apply('-0.5', act('leaky_relu'), '0.01')).toBe('0.01 \\cdot (-0.5)');
		expect(tex('leaky_relu').apply('0.5', act('leaky_relu'), '0.01')).toBe('0.5');
		expect(tex('leaky_relu').apply('z_{H_1}', act('leaky_relu'), '\\alpha')).toBe('\\max(\\alpha z_{H_1}, z_{H_1})');
		expect(tex('prelu').apply('z', act('prelu', { alpha: 1.5 }), '\\alpha')).toBe('\\min(\\alpha z, z)');
		expect(tex('leaky_relu').derivative('-0.5', '-0.005', act('leaky_relu'), -0.5, '0.01')).toBe('0.01');
		expect(tex('leaky_relu').derivative('0', '0', act('leaky_relu'), 0, '0.01')).toBe('1');
		expect(tex('prelu').derivative('-1', '0.1', act('prelu'), -1, '-0.1')).toBe('(-0.1)');
	});
	it('elu, softplus and swish write their derivatives with the argument', () => {
		expect(tex('elu').derivative('-0.5', '-0.39', act('elu'), -0.5, '1')).toBe('1 \\cdot e^{-0.5}');
		expect(tex('softplus').derivative('-0.5', '0.47', act('softplus'), -0.5)).toBe('\\frac{1}{1 + e^{-(-0.5)}}');
		expect(tex('swish').derivative('z', 'H_1', act('swish'), 1)).toBe('(\\sigma(z) + H_1(1 - \\sigma(z)))');
	});
	it('custom substitutes its argument into the mathjs TeX', () => {
		const c = act('custom', { expression: 'x / (1 + abs(x))' });
		expect(tex('custom').definition(c)).toBe('f(x) = \\frac{ x}{\\left(1+\\left| x\\right|\\right)}');
		expect(tex('custom').apply('-0.5', c)).toBe('\\frac{ (-0.5)}{\\left(1+\\left| (-0.5)\\right|\\right)}');
		expect(tex('custom').derivative('z_{H_1}', 'H_1', c, 1)).toBe('\\frac{1}{{\\left(\\left| z_{H_1}\\right|+1\\right)}^{2}}');
		const sum = act('custom', { expression: 'x^2 + x' });
		expect(tex('custom').derivative('z', 'a', sum, 1)).toBe('(2\\cdot z+1)');
	});
});
