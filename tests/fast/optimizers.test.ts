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
	// The vectorised rule, with the trainer's decoupled weight decay before it. A rule that reads its
	// whole tensor (Adafactor) is given each parameter as a tensor of one, as the scalar rule sees it.
	const rule = VECTOR_OPTIMIZERS[opt.type];
	const stepAll = (theta: Float64Array, pick: (g: number[]) => number[]) => {
		const slots = rule.slots(opt).map((v) => new Float64Array(theta.length).fill(v));
		for (let t = 1; t <= steps; t++) {
			if (opt.weightDecay && opt.type !== 'perceptron') for (let i = 0; i < theta.length; i++) theta[i] -= theta[i] * opt.weightDecay * opt.learningRate;
			rule.update(theta, Float64Array.from(pick(grads[t - 1])), slots, t, opt.learningRate, opt);
		}
		return Array.from(theta);
	};
	const vector = op.tensorwise
		? start.map((theta0, i) => stepAll(Float64Array.of(theta0), (g) => [g[i]])[0])
		: stepAll(Float64Array.from(start), (g) => g);
	return { start, scalar, vector };
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
			initialAccumulatorValue: 0.1, centered: false, weightDecay: 0, learningRatePower: -0.5, l1RegularizationStrength: 0,
			l2RegularizationStrength: 0, l2ShrinkageRegularizationStrength: 0, beta: 0, beta2Decay: -0.8, epsilon1: 1e-30,
			epsilon2: 1e-3, clipThreshold: 1, relativeStep: true, clipnorm: null, clipvalue: null
		});
		expect(optimizerWithDefaults({ type: 'adadelta' })).toMatchObject({ learningRate: 0.001, rho: 0.95 });
		expect(optimizerWithDefaults({ type: 'adamw' })).toMatchObject({ learningRate: 0.001, weightDecay: 0.004 });
		expect(optimizerWithDefaults({ type: 'perceptron' })).toMatchObject({ learningRate: 1 });
		expect(optimizerWithDefaults({ type: 'adam', learningRate: 0.02 })).toMatchObject({ learningRate: 0.02, beta1: 0.9, beta2: 0.999 });
	});
});

describe('Adafactor over a whole tensor', () => {
	it('matches Keras 3 test_correctness_with_golden (a vector of 10, 5 steps)', () => {
		const opt = optimizerWithDefaults({ type: 'adafactor', learningRate: 0.5, beta2Decay: -0.65, epsilon1: 1e-15, epsilon2: 1e-4, clipThreshold: 0.9, relativeStep: false });
		const rule = VECTOR_OPTIMIZERS.adafactor;
		const theta = new Float64Array(10).fill(1);
		const slots = rule.slots(opt).map((v) => new Float64Array(10).fill(v));
		const golden = [
			[0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55, 0.55],
			[0.3031, 0.3026, 0.3025, 0.3024, 0.3024, 0.3024, 0.3024, 0.3024, 0.3024, 0.3024],
			[0.1671, 0.1665, 0.1663, 0.1663, 0.1663, 0.1663, 0.1663, 0.1663, 0.1663, 0.1663],
			[0.0923, 0.0916, 0.0915, 0.0914, 0.0914, 0.0914, 0.0914, 0.0914, 0.0914, 0.0914],
			[0.0554, 0.0548, 0.0546, 0.0546, 0.0546, 0.0546, 0.0546, 0.0545, 0.0545, 0.0545]
		];
		rule.update(theta, new Float64Array(10).fill(0.01), slots, 1, 0.5, opt);
		golden.forEach((row, i) => {
			row.forEach((want, k) => expect(Math.abs(theta[k] - want), `step ${i + 1}, entry ${k}`).toBeLessThanOrEqual(5e-4 + 5e-4 * Math.abs(want)));
			rule.update(theta, Float64Array.from({ length: 10 }, (_, k) => (k + 1) / 10), slots, i + 2, 0.5, opt);
		});
	});
	it('takes the engine’s first step on random matrices and vectors, in float64 and float32', () => {
		const op = optimizerOp('adafactor');
		const rng = new Rng(7, 0);
		for (let trial = 0; trial < 40; trial++) {
			const rows = 1 + rng.int(5);
			const cols = 1 + rng.int(5);
			const matrix = trial % 2 === 0;
			const n = matrix ? rows * cols : rows;
			const opt = optimizerWithDefaults({ type: 'adafactor', learningRate: 0.01 + rng.uniformIn(0, 1), clipThreshold: 0.5 + rng.uniformIn(0, 1) });
			const theta = Array.from({ length: n }, () => rng.uniformIn(-2, 2));
			const g = Array.from({ length: n }, () => rng.normal() * (trial % 3 === 0 ? 1e-3 : 1));
			const shape = matrix ? { rows, cols } : undefined;
			const want = theta.map((th, index) => op.update(th, g[index], op.init(opt), 1, opt, { theta, g, index, rows: shape?.rows ?? null, cols: shape?.cols ?? null }).theta);
			for (const Float of [Float64Array, Float32Array]) {
				const got = Float.from(theta);
				const slots = VECTOR_OPTIMIZERS.adafactor.slots(opt).map((v) => new Float(n).fill(v));
				VECTOR_OPTIMIZERS.adafactor.update(got, Float.from(g), slots, 1, opt.learningRate, opt, shape);
				const tol = Float === Float64Array ? 1e-12 : 1e-5;
				want.forEach((w, k) => expect(close(got[k], w, tol, 1), `trial ${trial}, entry ${k}: ${got[k]} vs ${w}`).toBe(true));
			}
		}
	});
});
