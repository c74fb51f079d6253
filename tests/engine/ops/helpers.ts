// Test helpers: a seeded generator, central differences, and optimizers with Keras 3's defaults.

import { OPTIMIZERS, type Optimizer, type OptimizerName } from '../../../src/lib/engine/spec/types';

/** mulberry32: a small seeded generator, so every random test is repeatable. */
export function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** (f(x + h) − f(x − h)) / 2h. */
export function central(f: (x: number) => number, x: number, h = 1e-6): number {
	return (f(x + h) - f(x - h)) / (2 * h);
}

/** |a − b| ≤ atol + rtol·|b|. */
export function close(a: number, b: number, atol: number, rtol = 0): boolean {
	return Math.abs(a - b) <= atol + rtol * Math.abs(b);
}

const LR: Partial<Record<OptimizerName, number>> = { sgd: 0.01, perceptron: 1 };
const RHO: Partial<Record<OptimizerName, number>> = { adadelta: 0.95, rmsprop: 0.9 };

/** An optimizer with Keras 3's default parameters for its type, then the overrides. */
export function optimizer(type: OptimizerName, overrides: Partial<Optimizer> = {}): Optimizer {
	return {
		type,
		learningRate: LR[type] ?? 0.001,
		momentum: 0,
		nesterov: false,
		rho: RHO[type] ?? 0.9,
		epsilon: 1e-7,
		beta1: 0.9,
		beta2: 0.999,
		initialAccumulatorValue: 0.1,
		centered: false,
		weightDecay: type === 'adamw' ? 0.004 : 0,
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
		clipvalue: null,
		...overrides
	};
}

/** Numbers as a formatter might write them, to 4 decimals. */
export const fmt = (x: number): string => String(Number(x.toFixed(4)));

/** Every option that changes the lines: momentum, nesterov, centered, weight decay. */
export function configurations(): Optimizer[] {
	return OPTIMIZERS.flatMap((type) => [
		optimizer(type),
		optimizer(type, { momentum: 0.9 }),
		optimizer(type, { momentum: 0.9, nesterov: true, weightDecay: 0.01 }),
		optimizer(type, { centered: true, momentum: 0.5 }),
		optimizer(type, { centered: true }),
		optimizer(type, { l1RegularizationStrength: 0.1, l2RegularizationStrength: 0.2, l2ShrinkageRegularizationStrength: 0.05, beta: 0.3 })
	]);
}
