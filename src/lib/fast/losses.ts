// The losses of docs/maths.md over a batch: the summed per-sample loss, and ∂E/∂A for the mean loss.
// Cross-entropies clip a into [1e-7, 1 − 1e-7] as Keras does (the clipped function's derivative is
// 0 outside that range); softmax with categorical or sparse cross-entropy uses the combined
// gradient δ = a − y, skipping the softmax Jacobian.

import type { ActivationName, LossName } from '../engine/spec/types';
import type { FloatArray } from './kernels/types';

const EPS = 1e-7;
const clip = (p: number) => (p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p);
const inside = (p: number) => p >= EPS && p <= 1 - EPS;

/** Σ over the `rows` samples of the per-sample loss E_k (the caller takes the mean). */
export function lossSum(loss: LossName, A: FloatArray, Y: FloatArray, rows: number, cols: number): number {
	let total = 0;
	const n = rows * cols;
	switch (loss) {
		case 'half_sse':
		case 'sse':
		case 'mse': {
			for (let i = 0; i < n; i++) total += (Y[i] - A[i]) * (Y[i] - A[i]);
			return loss === 'half_sse' ? total / 2 : loss === 'mse' ? total / cols : total;
		}
		case 'mae':
			for (let i = 0; i < n; i++) total += Math.abs(Y[i] - A[i]);
			return total / cols;
		case 'binary_crossentropy':
			for (let i = 0; i < n; i++) {
				const p = clip(A[i]);
				total -= Y[i] * Math.log(p) + (1 - Y[i]) * Math.log(1 - p);
			}
			return total / cols;
		case 'categorical_crossentropy':
		case 'sparse_categorical_crossentropy':
			for (let i = 0; i < n; i++) if (Y[i] !== 0) total -= Y[i] * Math.log(clip(A[i]));
			return total;
		case 'hinge':
			for (let i = 0; i < n; i++) total += Math.max(0, 1 - Y[i] * A[i]);
			return total / cols;
	}
}

/** True when the output activation and loss fold into δ = a − y. */
export function combinedGradient(loss: LossName, activation: ActivationName): boolean {
	return activation === 'softmax' && (loss === 'categorical_crossentropy' || loss === 'sparse_categorical_crossentropy');
}

/**
 * G = scale · ∂E_k/∂A for every sample (scale = 1/batch for the mean loss). When `combined`, G is
 * already δ = scale · (a − y), the gradient with respect to the softmax's input.
 */
export function lossGradient(
	loss: LossName,
	combined: boolean,
	A: FloatArray,
	Y: FloatArray,
	G: FloatArray,
	rows: number,
	cols: number,
	scale: number
): void {
	const n = rows * cols;
	if (combined) {
		for (let i = 0; i < n; i++) G[i] = scale * (A[i] - Y[i]);
		return;
	}
	const perOutput = scale / cols;
	switch (loss) {
		case 'half_sse':
			for (let i = 0; i < n; i++) G[i] = scale * (A[i] - Y[i]);
			return;
		case 'sse':
			for (let i = 0; i < n; i++) G[i] = 2 * scale * (A[i] - Y[i]);
			return;
		case 'mse':
			for (let i = 0; i < n; i++) G[i] = 2 * perOutput * (A[i] - Y[i]);
			return;
		case 'mae':
			for (let i = 0; i < n; i++) G[i] = perOutput * Math.sign(A[i] - Y[i]);
			return;
		case 'binary_crossentropy':
			// ∂/∂a of −[y log a + (1 − y) log(1 − a)] = (a − y) / (a (1 − a)).
			for (let i = 0; i < n; i++) G[i] = inside(A[i]) ? (perOutput * (A[i] - Y[i])) / (A[i] * (1 - A[i])) : 0;
			return;
		case 'categorical_crossentropy':
		case 'sparse_categorical_crossentropy':
			for (let i = 0; i < n; i++) G[i] = inside(A[i]) ? (-scale * Y[i]) / A[i] : 0;
			return;
		case 'hinge':
			for (let i = 0; i < n; i++) G[i] = 1 - Y[i] * A[i] > 0 ? -perOutput * Y[i] : 0;
			return;
	}
}
