// A vectorised optimizer: one Keras 3 update rule applied to a whole tensor at once.

import type { Optimizer, OptimizerName } from '../../engine/spec/types';
import type { FloatArray } from '../kernels/types';

export interface MatrixShape {
	rows: number;
	cols: number;
}

export interface VectorOptimizer {
	name: OptimizerName;
	/** Initial value of each per-parameter state slot (velocity, m, v, accumulators). */
	slots(opt: Optimizer): number[];
	/**
	 * θ ← update(θ, g) in place; `state` holds one array per slot; `t` is the 1-based step, `lr` the
	 * scheduled rate; `shape` a weight matrix's rows (neurons) and columns (inputs), for a rule that
	 * treats matrices apart (Adafactor), absent for a vector.
	 */
	update(theta: FloatArray, g: FloatArray, state: FloatArray[], t: number, lr: number, opt: Optimizer, shape?: MatrixShape): void;
}
