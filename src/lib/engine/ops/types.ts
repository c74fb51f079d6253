// What every activation, loss and optimizer provides: its maths and its TeX, in one place.
//
// TeX builders take strings, so one function writes both the formula in symbols and the same formula
// with numbers substituted: `apply('z_{H_1}')` gives `\sigma(z_{H_1})`, `apply('0.25')` gives
// `\sigma(0.25)`. Numbers arrive already formatted; a negative one arrives as `-0.07` and the builder
// wraps it in parentheses where the context needs it (see `paren` in ./tex.ts).

import type { Activation, ActivationName, LossName, Optimizer, OptimizerName } from '../spec/types';

export interface ActivationOp {
	name: ActivationName;
	/** f(x). `alpha` is the neuron's slope where the activation has one (leaky_relu, prelu, rrelu, elu). */
	f(x: number, act: Activation, alpha?: number): number;
	/** f′(x), given x and a = f(x) (sigmoid′ = a(1 − a) reads a). step/sign: 0. */
	df(x: number, a: number, act: Activation, alpha?: number): number;
	/** ∂f/∂α at x, for prelu's trainable slope; absent elsewhere. */
	dAlpha?(x: number, a: number, act: Activation, alpha: number): number;
	tex: {
		/** The definition, e.g. `\sigma(x) = \frac{1}{1 + e^{-x}}`. */
		definition(act: Activation): string;
		/** The derivative's definition, e.g. `\sigma'(x) = \sigma(x)(1 - \sigma(x))`. */
		derivativeDefinition(act: Activation): string;
		/** f applied to an argument: `\sigma(z_{H_1})`. */
		apply(arg: string, act: Activation, alpha?: string): string;
		/** f′ written with the argument z and the output a: `H_1(1 - H_1)`; for relu `1` or `0` is decided by `x`. */
		derivative(z: string, a: string, act: Activation, x: number, alpha?: string): string;
	};
}

export interface LossOp {
	name: LossName;
	/** E for one sample (cross-entropies clip a into [1e-7, 1 − 1e-7]). */
	value(a: number[], y: number[]): number;
	/** ∂E/∂a_k for one sample. */
	grad(a: number[], y: number[]): number[];
	tex: {
		/** The loss in symbols or numbers: `\tfrac{1}{2}(y_1 - O_1)^2 + \tfrac{1}{2}(y_2 - O_2)^2`. */
		value(a: string[], y: string[]): string;
		/** ∂E/∂a_k in symbols or numbers: `O_1 - y_1`. `n` is the number of outputs. */
		grad(a: string, y: string, n: number, aValue: number, yValue: number): string;
		/** The general definition, e.g. `E = \tfrac12 \sum_k (y_k - a_k)^2`. */
		definition: string;
	};
}

/** Per-parameter state of an optimizer (velocity, m, v, accumulators), by name. */
export type OptimizerState = Record<string, number>;

export interface OptimizerStep {
	theta: number;
	state: OptimizerState;
	/** Every intermediate the update computed (m, v, m̂, v̂, …), for the substituted formula. */
	terms: Record<string, number>;
}

/**
 * The tensor a parameter belongs to, for a rule that reads more than its own number (Adafactor: the
 * RMS of the tensor and, for a weight matrix, the means of its row and column). The values are the
 * whole tensor's in its order (row by row for a matrix), the gradients already clipped.
 */
export interface TensorContext {
	theta: ArrayLike<number>;
	g: ArrayLike<number>;
	/** This parameter's position in the tensor. */
	index: number;
	/** A weight matrix's rows (neurons) and columns (inputs); null for a vector (biases, slopes). */
	rows: number | null;
	cols: number | null;
}

export interface OptimizerOp {
	name: OptimizerName;
	/** True when the rule reads its whole tensor (`update` then takes a TensorContext). */
	tensorwise?: boolean;
	/** The state before the first step (Adagrad's accumulator starts at initialAccumulatorValue). */
	init(opt: Optimizer): OptimizerState;
	/** One update of one scalar parameter θ with gradient g at step t (1-based), Keras 3's rule. */
	update(theta: number, g: number, state: OptimizerState, t: number, opt: Optimizer, tensor?: TensorContext): OptimizerStep;
	/**
	 * The update's lines of TeX, each `lhs = rhs`. `sym` maps 'theta', 'g', 'theta_new' and every key of
	 * `terms` and `state` (e.g. 'm', 'v') and every parameter (e.g. 'eta', 'beta1') to the TeX to write for
	 * it: called once with symbols and once with numbers.
	 */
	tex(sym: Record<string, string>, opt: Optimizer, t: number, matrix?: boolean): string[];
}
