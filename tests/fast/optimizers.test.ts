// Every vectorised optimizer against the engine's scalar Keras 3 rule, over several steps, so that
// the optimizer state (velocity, m, v, accumulators, Nadam's running product) is carried right too.

import { describe, expect, it } from 'vitest';
import { optimizerOp } from '../../src/lib/engine/ops/index';
import { Rng } from '../../src/lib/engine/spec/random';
import { OPTIMIZERS, type Optimizer, type OptimizerName } from '../../src/lib/engine/spec/types';
import { optimizerWithDefaults } from '../../src/lib/fast/optimizer-defaults';
import { VECTOR_OPTIMIZERS } from '../../src/lib/fast/optimizers/index';
import { close } from './tolerance';

function settings(type: OptimizerName, variant: number): Optimizer {
	const opt = optimizerWithDefaults({ type, learningRate: 0.05 });
	if (variant === 1) Object.assign(opt, { momentum: 0.9, nesterov: false, centered: true, rho: 0.8, beta1: 0.85, beta2: 0.95, weightDecay: type === 'adamw' ? 0.05 : 0 });
	if (variant === 2) Object.assign(opt, { momentum: 0.5, nesterov: true, centered: false, initialAccumulatorValue: 0.3 });
	return opt;
}

/** n parameters stepped `steps` times with the same seeded gradients through both rules. */
function run(opt: Optimizer, steps: number, n: number) {
	const rng = new Rng(42, OPTIMIZERS.indexOf(opt.type));
	const start = Array.from({ length: n }, () => rng.uniformIn(-1, 1));
	const grads = Array.from({ length: steps }, () => Array.from({ length: n }, () => rng.normal()));
	// The engine's scalar rule.
	const op = optimizerOp(opt.type);
	const scalar = start.map((theta0, i) => {
		let theta = theta0;
		let state = op.init(opt);
		for (let t = 1; t <= steps; t++) ({ theta, state } = op.update(theta, grads[t - 1][i], state, t, opt));
		return theta;
	});
	// The vectorised rule, with the trainer's decoupled weight decay before it.
	const rule = VECTOR_OPTIMIZERS[opt.type];
	const theta = Float64Array.from(start);
	const slots = rule.slots(opt).map((v) => new Float64Array(n).fill(v));
	for (let t = 1; t <= steps; t++) {
		if (opt.weightDecay && opt.type !== 'perceptron') for (let i = 0; i < n; i++) theta[i] -= theta[i] * opt.weightDecay * opt.learningRate;
		rule.update(theta, Float64Array.from(grads[t - 1]), slots, t, opt.learningRate, opt);
	}
	return { start, scalar, vector: Array.from(theta) };
}

describe('the vectorised optimizers follow the engine’s scalar rules', () => {
	for (const type of OPTIMIZERS)
		for (const variant of [0, 1, 2])
			it(`${type} (settings ${variant}) over 7 steps`, () => {
				const { start, scalar, vector } = run(settings(type, variant), 7, 40);
				const bad = scalar.filter((x, i) => !close(x, vector[i], 1e-12));
				expect(bad).toEqual([]);
				expect(vector.some((x, i) => x !== start[i])).toBe(true);
			});
});

describe('optimizerWithDefaults', () => {
	it('completes a bare type with Keras 3’s defaults, and keeps what is given', () => {
		expect(optimizerWithDefaults({ type: 'sgd' })).toEqual({
			type: 'sgd', learningRate: 0.01, momentum: 0, nesterov: false, rho: 0.9, epsilon: 1e-7, beta1: 0.9, beta2: 0.999,
			initialAccumulatorValue: 0.1, centered: false, weightDecay: 0, clipnorm: null, clipvalue: null
		});
		expect(optimizerWithDefaults({ type: 'adadelta' })).toMatchObject({ learningRate: 0.001, rho: 0.95 });
		expect(optimizerWithDefaults({ type: 'adamw' })).toMatchObject({ learningRate: 0.001, weightDecay: 0.004 });
		expect(optimizerWithDefaults({ type: 'perceptron' })).toMatchObject({ learningRate: 1 });
		expect(optimizerWithDefaults({ type: 'adam', learningRate: 0.02 })).toMatchObject({ learningRate: 0.02, beta1: 0.9, beta2: 0.999 });
	});
});
