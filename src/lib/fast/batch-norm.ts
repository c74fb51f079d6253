// Batch normalisation on a batch of net inputs Z (rows × cols, row-major), as Keras 3's
// BatchNormalization between a dense layer's net input and its activation (docs/maths.md,
// "Batch normalisation"). Per neuron j, over the rows:
//   training:  μ_j = (1/N) Σ_r z_rj,  σ²_j = (1/N) Σ_r (z_rj − μ_j)²  (biased, as ops.moments),
//              m_j ← momentum · m_j + (1 − momentum) · μ_j,  v_j ← momentum · v_j + (1 − momentum) · σ²_j
//   test time: μ_j, σ²_j replaced by the moving m_j, v_j
//   ẑ_rj = (z_rj − μ_j) / √(σ²_j + ε),  z̃_rj = γ_j ẑ_rj + β_j  (the activation reads z̃).
// The statistics are summed in double precision whatever the arrays' precision.

import type { FloatArray } from './kernels/types';

/** A layer's batch-normalisation settings (its γ, β and moving statistics live with the parameters). */
export interface BatchNormSpec {
	momentum: number;
	epsilon: number;
}

/** Keras's defaults: momentum 0.99, ε = 0.001. */
export const KERAS_BATCH_NORM: BatchNormSpec = { momentum: 0.99, epsilon: 1e-3 };

/** A layer's γ, β, moving mean and moving variance, one number per neuron each. */
export interface NormParams<T extends FloatArray = FloatArray> {
	gamma: T;
	beta: T;
	movingMean: T;
	movingVariance: T;
}

/** What a forward pass keeps of a batch-normalised layer for the backward pass. */
export interface NormBuffers<T extends FloatArray = FloatArray> {
	/** z̃ = γ ẑ + β, the activation's input (rows × cols). */
	Zt: T;
	/** ẑ (rows × cols). */
	Zhat: T;
	/** 1/√(σ² + ε) per neuron: of the batch's variance (training) or the moving one (test time). */
	invStd: Float64Array;
	/** The batch's mean and variance per neuron (training). */
	mean: Float64Array;
	variance: Float64Array;
}

/** ẑ and z̃ from Z, the mean subtracted and the scale 1/√(σ² + ε) taken from `mean` and `invStd`. */
function normalise(Z: FloatArray, b: NormBuffers, n: NormParams, mean: ArrayLike<number>, rows: number, cols: number): void {
	const { Zhat, Zt, invStd } = b;
	for (let r = 0, i = 0; r < rows; r++) {
		for (let j = 0; j < cols; j++, i++) {
			const zhat = (Z[i] - mean[j]) * invStd[j];
			Zhat[i] = zhat;
			Zt[i] = n.gamma[j] * zhat + n.beta[j];
		}
	}
}

/**
 * Forward through batch normalisation: Z → ẑ, z̃ in `b`. Training uses the batch's statistics and moves
 * the moving ones toward them (once per call: call it once per training step); test time uses the moving
 * ones. Returns true when training found every z finite (a NaN or ±∞ makes its neuron's μ or σ² so), false
 * when it did not or did not look (test time).
 */
export function normForward(Z: FloatArray, b: NormBuffers, n: NormParams, s: BatchNormSpec, rows: number, cols: number, training: boolean): boolean {
	const { mean, variance, invStd } = b;
	if (!training) {
		for (let j = 0; j < cols; j++) invStd[j] = 1 / Math.sqrt(n.movingVariance[j] + s.epsilon);
		normalise(Z, b, n, n.movingMean, rows, cols);
		return false;
	}
	mean.fill(0, 0, cols);
	variance.fill(0, 0, cols);
	for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < cols; j++, i++) mean[j] += Z[i];
	for (let j = 0; j < cols; j++) mean[j] /= rows;
	// Two passes: Σ (z − μ)² keeps its precision where Σ z² − N μ² would cancel.
	for (let r = 0, i = 0; r < rows; r++) {
		for (let j = 0; j < cols; j++, i++) {
			const d = Z[i] - mean[j];
			variance[j] += d * d;
		}
	}
	let finite = true;
	for (let j = 0; j < cols; j++) {
		variance[j] /= rows;
		// x − x is 0 for finite x, NaN for NaN and ±∞.
		if (variance[j] - variance[j] !== 0 || mean[j] - mean[j] !== 0) finite = false;
		invStd[j] = 1 / Math.sqrt(variance[j] + s.epsilon);
		n.movingMean[j] = s.momentum * n.movingMean[j] + (1 - s.momentum) * mean[j];
		n.movingVariance[j] = s.momentum * n.movingVariance[j] + (1 - s.momentum) * variance[j];
	}
	normalise(Z, b, n, mean, rows, cols);
	return finite;
}

/**
 * Backward through batch normalisation. G holds g = ∂E/∂z̃ (the gradient of the batch's mean loss, so
 * each row already carries its 1/N); writes ∂E/∂γ_j = Σ_r g_rj ẑ_rj and ∂E/∂β_j = Σ_r g_rj, and turns G
 * into ∂E/∂z. Training, through the batch statistics (the standard identity, docs/maths.md's δ divided by N):
 *   ∂E/∂z_rj = γ_j / √(σ²_j + ε) · (g_rj − (1/N) ∂E/∂β_j − ẑ_rj (1/N) ∂E/∂γ_j);
 * test time the statistics are constants: ∂E/∂z_rj = γ_j / √(v_j + ε) · g_rj.
 */
export function normBackward(G: FloatArray, b: NormBuffers, n: NormParams, rows: number, cols: number, training: boolean, dGamma: FloatArray, dBeta: FloatArray): void {
	const { Zhat, invStd } = b;
	// Per neuron: Σ_r g, Σ_r g ẑ, then the scale γ/√(σ² + ε) and the two means the identity subtracts.
	const sg = new Float64Array(cols);
	const sgz = new Float64Array(cols);
	for (let r = 0, i = 0; r < rows; r++) {
		for (let j = 0; j < cols; j++, i++) {
			sg[j] += G[i];
			sgz[j] += G[i] * Zhat[i];
		}
	}
	dGamma.set(sgz);
	dBeta.set(sg);
	const scale = new Float64Array(cols);
	for (let j = 0; j < cols; j++) {
		scale[j] = n.gamma[j] * invStd[j];
		sg[j] = training ? sg[j] / rows : 0;
		sgz[j] = training ? sgz[j] / rows : 0;
	}
	for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < cols; j++, i++) G[i] = scale[j] * (G[i] - sg[j] - Zhat[i] * sgz[j]);
}
