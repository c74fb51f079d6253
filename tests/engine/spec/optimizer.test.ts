import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/lib/engine/spec/read';
import { optimizerDefaults, OPTIMIZER_PARAMS } from '../../../src/lib/engine/spec/schema';
import { OPTIMIZERS } from '../../../src/lib/engine/spec/types';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { courseFile } from './fixtures';

// Keras 3's defaults (keras/src/optimizers/*.py), written out by hand.
const KERAS: Record<string, Record<string, number | boolean>> = {
	sgd: { learningRate: 0.01, momentum: 0, nesterov: false },
	adagrad: { learningRate: 0.001, initialAccumulatorValue: 0.1, epsilon: 1e-7 },
	adadelta: { learningRate: 0.001, rho: 0.95, epsilon: 1e-7 },
	rmsprop: { learningRate: 0.001, rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false },
	adam: { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
	adamw: { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, weightDecay: 0.004 },
	adamax: { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
	nadam: { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
	adafactor: { learningRate: 0.001, beta2Decay: -0.8, epsilon1: 1e-30, epsilon2: 1e-3, clipThreshold: 1, relativeStep: true },
	ftrl: {
		learningRate: 0.001,
		learningRatePower: -0.5,
		initialAccumulatorValue: 0.1,
		l1RegularizationStrength: 0,
		l2RegularizationStrength: 0,
		l2ShrinkageRegularizationStrength: 0,
		beta: 0
	},
	perceptron: { learningRate: 1 }
};

const withOptimizer = (optimizer: unknown) => {
	const file = courseFile();
	if (optimizer === 'perceptron' || (optimizer as { type?: string }).type === 'perceptron') {
		file.layers = [{ size: 2 }, { size: 1, activation: 'step', weights: [[1, 1]] }];
		file.samples = [{ input: [1, 0], target: [1] }];
	}
	file.optimizer = optimizer;
	return validateNetwork(file).optimizer;
};

describe('optimizer', () => {
	it.each(OPTIMIZERS)("%s takes Keras 3's parameters with Keras 3's defaults", (type) => {
		const opt = withOptimizer(type);
		expect(opt).toMatchObject({ type, ...KERAS[type] });
		expect(withOptimizer({ type })).toEqual(opt);
		const clip = type === 'perceptron' ? [] : ['clipnorm', 'clipvalue'];
		expect(Object.keys(OPTIMIZER_PARAMS[type]).sort()).toEqual([...Object.keys(KERAS[type]), ...clip].sort());
	});

	it('fills parameters an optimizer does not take with fixed values, so Optimizer objects compare equal', () => {
		expect(optimizerDefaults('sgd')).toEqual({
			type: 'sgd',
			learningRate: 0.01,
			momentum: 0,
			nesterov: false,
			rho: 0.9,
			epsilon: 1e-7,
			beta1: 0.9,
			beta2: 0.999,
			initialAccumulatorValue: 0.1,
			centered: false,
			weightDecay: 0,
			learningRatePower: -0.5,
			l1RegularizationStrength: 0,
			l2RegularizationStrength: 0,
			l2ShrinkageRegularizationStrength: 0,
			beta: 0,
			beta2Decay: -0.8,
			epsilon1: 1e-30,
			epsilon2: 1e-3,
			clipThreshold: 1,
			relativeStep: true,
			clipnorm: null,
			clipvalue: null
		});
	});

	it('reads given parameters over the defaults', () => {
		expect(withOptimizer({ type: 'rmsprop', rho: 0.5, centered: true, clipnorm: 2 })).toMatchObject({ rho: 0.5, centered: true, clipnorm: 2, clipvalue: null, learningRate: 0.001 });
		expect(withOptimizer({ type: 'sgd', clipnorm: null })).toMatchObject({ clipnorm: null });
	});
});

describe('describeRange', () => {
	it('words each kind of range', () => {
		expect(describeRange({})).toBe('a finite number');
		expect(describeRange({ min: 0, minOpen: true })).toBe('a positive number');
		expect(describeRange({ min: 0 })).toBe('a non-negative number');
		expect(describeRange({ min: 1, integer: true })).toBe('a positive integer');
		expect(describeRange({ min: 0, max: 1, maxOpen: true })).toBe('a number in [0, 1)');
		expect(describeRange({ min: 0, max: 10, integer: true })).toBe('an integer from 0 to 10');
		expect(describeRange({ min: 2 })).toBe('a number ≥ 2');
	});
});
