// Every elementwise activation's f′ against central finite differences of its f, on a grid that
// avoids the kinks (x = 0); and prelu's ∂f/∂α against differences in α.

import { describe, expect, it } from 'vitest';
import { activationOp } from '../../../../src/lib/engine/ops';
import type { Activation, ActivationName } from '../../../../src/lib/engine/spec/types';
import { central, close } from '../helpers';

const grid = Array.from({ length: 49 }, (_, i) => -6 + i * 0.25).filter((x) => x !== 0);

const cases: [string, Activation, number | undefined][] = [
	['linear', { name: 'linear' }, undefined],
	['sigmoid', { name: 'sigmoid' }, undefined],
	['tanh', { name: 'tanh' }, undefined],
	['relu', { name: 'relu' }, undefined],
	['leaky_relu (default α)', { name: 'leaky_relu' }, undefined],
	['leaky_relu (α 0.2)', { name: 'leaky_relu', alpha: 0.2 }, undefined],
	['prelu (neuron α 0.3)', { name: 'prelu', alpha: 0.25 }, 0.3],
	['elu (α 1)', { name: 'elu', alpha: 1 }, undefined],
	['elu (α 0.5)', { name: 'elu', alpha: 0.5 }, undefined],
	['softplus', { name: 'softplus' }, undefined],
	['swish', { name: 'swish' }, undefined],
	['step', { name: 'step' }, undefined],
	['sign', { name: 'sign' }, undefined],
	['rrelu (drawn α 0.2)', { name: 'rrelu', lower: 1 / 8, upper: 1 / 3 }, 0.2],
	['rrelu (test-time α)', { name: 'rrelu' }, undefined],
	['custom x / (1 + abs(x))', { name: 'custom', expression: 'x / (1 + abs(x))' }, undefined],
	['custom x * tanh(softplus-like)', { name: 'custom', expression: 'x * tanh(log(1 + exp(x)))' }, undefined],
	['custom max(0.1x, x)', { name: 'custom', expression: 'max(0.1 x, x)' }, undefined]
];

describe('activation derivatives match central differences away from 0', () => {
	for (const [label, act, alpha] of cases) {
		it(`${label}: f′ agrees with (f(x+h) − f(x−h))/2h on [−6, 6]`, () => {
			const op = activationOp(act.name as ActivationName);
			for (const x of grid) {
				const a = op.f(x, act, alpha);
				const want = central((v) => op.f(v, act, alpha), x);
				const got = op.df(x, a, act, alpha);
				expect(close(got, want, 1e-6, 1e-6), `${label} at x = ${x}: ${got} vs ${want}`).toBe(true);
			}
		});
	}

	it('prelu: ∂f/∂α agrees with differences in α, and is x below 0 and 0 above', () => {
		const op = activationOp('prelu');
		const act: Activation = { name: 'prelu', alpha: 0.25 };
		for (const x of grid) {
			const want = central((al) => op.f(x, act, al), 0.4);
			const got = op.dAlpha!(x, op.f(x, act, 0.4), act, 0.4);
			expect(close(got, want, 1e-8, 1e-8)).toBe(true);
			expect(got).toBe(x < 0 ? x : 0);
		}
	});
});
