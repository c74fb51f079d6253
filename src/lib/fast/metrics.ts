// Loss and accuracy over a whole data set (in chunks of the pass's batch), and batch loading.

import type { Dataset, Task } from './datasets/types';
import type { FloatArray } from './kernels/types';
import { forward } from './forward';
import { batchLossSum, type Pass } from './network';
import { argmaxAt } from './predict';
import { regularizationLoss } from './regularize';

/** Copies rows order[from .. from + rows) of `data` into the pass's X and Y. */
export function loadRows(p: Pass, data: Dataset, order: Uint32Array | null, from: number, rows: number): void {
	const n = data.inputSize;
	for (let r = 0; r < rows; r++) {
		const s = order ? order[from + r] : from + r;
		p.X.set(data.inputs.subarray(s * n, s * n + n), r * n);
	}
	loadTargets(p, data, order, from, rows);
}

/** The same rows' targets alone, into Y. */
export function loadTargets(p: Pass, data: Dataset, order: Uint32Array | null, from: number, rows: number): void {
	const m = data.targetSize;
	for (let r = 0; r < rows; r++) {
		const s = order ? order[from + r] : from + r;
		p.Y.set(data.targets.subarray(s * m, s * m + m), r * m);
	}
}

/**
 * How many of the rows the outputs A classify as the targets Y do. `classes`, for a multiclass task,
 * receives each row's class from `at` on.
 */
export function countCorrect(A: FloatArray, Y: FloatArray, rows: number, cols: number, task: Task, classes?: Uint8Array, at = 0): number {
	let correct = 0;
	for (let r = 0; r < rows; r++) {
		const o = r * cols;
		if (task === 'multiclass') {
			const best = argmaxAt(A, o, cols);
			if (classes) classes[at + r] = best;
			if (Y[o + best] === 1) correct++;
		} else if (task === 'binary01') {
			if ((A[o] >= 0.5 ? 1 : 0) === Y[o]) correct++;
		} else if (task === 'binarypm') {
			if ((A[o] >= 0 ? 1 : -1) === Y[o]) correct++;
		}
	}
	return correct;
}

export interface Evaluation {
	/** Mean loss plus the L1/L2 terms, as Keras reports it. */
	loss: number;
	/** Fraction of rows classified right; null for regression. */
	accuracy: number | null;
}

/**
 * Test-time metrics (no dropout, rrelu at its mean slope). `classes` (data.count long), for a
 * multiclass task, receives each row's predicted class: what a confusion matrix needs, from the same
 * pass as the metrics.
 */
export function evaluate(p: Pass, data: Dataset, task: Task, classes?: Uint8Array): Evaluation {
	const L = p.model.spec.layers.length;
	const cols = p.model.spec.layers[L - 1].outSize;
	let loss = 0;
	let correct = 0;
	for (let from = 0; from < data.count; from += p.maxBatch) {
		const rows = Math.min(p.maxBatch, data.count - from);
		loadRows(p, data, null, from, rows);
		forward(p, rows, false, null);
		loss += batchLossSum(p, rows);
		correct += countCorrect(p.A[L - 1], p.Y, rows, cols, task, classes, from);
	}
	return {
		loss: loss / data.count + regularizationLoss(p.model),
		accuracy: task === 'regression' ? null : correct / data.count
	};
}

/** Outputs for the rows of `inputs` (count × inputSize), test-time. */
export function predict(p: Pass, inputs: Float32Array | Float64Array, count: number): Float64Array {
	const { inputSize } = p.model.spec;
	const L = p.model.spec.layers.length;
	const cols = p.model.spec.layers[L - 1].outSize;
	const out = new Float64Array(count * cols);
	for (let from = 0; from < count; from += p.maxBatch) {
		const rows = Math.min(p.maxBatch, count - from);
		p.X.set(inputs.subarray(from * inputSize, (from + rows) * inputSize));
		forward(p, rows, false, null);
		out.set(p.A[L - 1].subarray(0, rows * cols), from * cols);
	}
	return out;
}
