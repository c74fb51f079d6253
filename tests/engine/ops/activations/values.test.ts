// Activation values at chosen points: the kinks' conventions of docs/maths.md, stability for large |x|,
// and the defaults of α.

import { describe, expect, it } from 'vitest';
import { activationOp, rreluTestAlpha } from '../../../../src/lib/engine/ops';
import type { Activation, ActivationName } from '../../../../src/lib/engine/spec/types';

const f = (name: ActivationName, x: number, act: Partial<Activation> = {}, alpha?: number) =>
	activationOp(name).f(x, { name, ...act }, alpha);
const df = (name: ActivationName, x: number, act: Partial<Activation> = {}, alpha?: number) =>
	activationOp(name).df(x, activationOp(name).f(x, { name, ...act }, alpha), { name, ...act }, alpha);

describe('activations at the kink x = 0 follow docs/maths.md', () => {
	it('relu′(0) is 0', () => expect(df('relu', 0)).toBe(0));
	it('leaky_relu′(0) is 1', () => expect(df('leaky_relu', 0)).toBe(1));
	it('prelu′(0) and rrelu′(0) are 1, like leaky_relu', () => {
		expect(df('prelu', 0, {}, 0.25)).toBe(1);
		expect(df('rrelu', 0, {}, 0.2)).toBe(1);
	});
	it('elu′(0) is α (the x ≤ 0 branch)', () => expect(df('elu', 0, { alpha: 0.5 })).toBe(0.5));
	it('step(0) is 1 and sign(0) is 0, as numpy', () => {
		expect(f('step', 0)).toBe(1);
		expect(f('step', -1e-9)).toBe(0);
		expect(f('sign', 0)).toBe(0);
		expect(f('sign', -0)).toBe(0);
		expect(f('sign', -2)).toBe(-1);
		expect(f('sign', 3)).toBe(1);
	});
	it('step′ and sign′ are 0 everywhere', () => {
		for (const x of [-1, 0, 1]) {
			expect(df('step', x)).toBe(0);
			expect(df('sign', x)).toBe(0);
		}
	});
});

describe('activations stay finite for large |x|', () => {
	it('sigmoid(±1000) is 0 and 1, never NaN', () => {
		expect(f('sigmoid', -1000)).toBe(0);
		expect(f('sigmoid', 1000)).toBe(1);
		expect(f('sigmoid', -40)).toBeGreaterThan(0);
	});
	it('softplus(1000) is 1000 and softplus(−1000) is 0', () => {
		expect(f('softplus', 1000)).toBe(1000);
		expect(f('softplus', -1000)).toBe(0);
	});
	it('swish and elu at −1000 are finite', () => {
		expect(f('swish', -1000)).toBeCloseTo(0, 12);
		expect(f('elu', -1000)).toBe(-1);
	});
});

describe('activation values', () => {
	it('sigmoid(0.25) is the course value 0.5622', () => expect(f('sigmoid', 0.25)).toBeCloseTo(0.562177, 6));
	it('leaky_relu uses α 0.01 by default and the layer α when given', () => {
		expect(f('leaky_relu', -2)).toBeCloseTo(-0.02, 15);
		expect(f('leaky_relu', -2, { alpha: 0.3 })).toBeCloseTo(-0.6, 15);
	});
	it('prelu uses the neuron’s α over the layer’s initial α', () => {
		expect(f('prelu', -2, { alpha: 0.25 })).toBe(-0.5);
		expect(f('prelu', -2, { alpha: 0.25 }, 0.1)).toBeCloseTo(-0.2, 15);
	});
	it('rrelu at test time uses the mean of [1/8, 1/3]', () => {
		expect(rreluTestAlpha({ name: 'rrelu' })).toBeCloseTo((1 / 8 + 1 / 3) / 2, 15);
		expect(f('rrelu', -1)).toBeCloseTo(-(1 / 8 + 1 / 3) / 2, 15);
		expect(f('rrelu', -1, { lower: 0.1, upper: 0.3 })).toBeCloseTo(-0.2, 15);
	});
	it('elu(−1) with α 2 is 2(e^{−1} − 1)', () => expect(f('elu', -1, { alpha: 2 })).toBeCloseTo(2 * (Math.exp(-1) - 1), 15));
	it('swish(1) is σ(1)', () => expect(f('swish', 1)).toBeCloseTo(1 / (1 + Math.exp(-1)), 15));
	it('softmax has no scalar f or f′: calling them throws', () => {
		expect(() => f('softmax', 1)).toThrow(/vector-valued/);
		expect(() => activationOp('softmax').df(1, 0.5, { name: 'softmax' })).toThrow(/vector-valued/);
	});
});
