// Classifying with a trained snapshot: the test-time forward pass (inference.ts) on one input, or
// on rows of inputs in batches, ending in the output layer's activation (softmax: class
// probabilities that sum to 1). Small enough to run on the page between frames.

import type { Activation } from '../engine/spec/types';
import { forward, type ForwardPass } from './forward';
import type { FloatArray, Kernels } from './kernels/types';
import { inferencePass } from './inference';
import type { LayerTensors } from './tensors';
import type { BatchNormSpec } from './batch-norm';

/** Rows classified per forward pass: on the typed-array kernels in double precision, and on kernels given. */
const BATCH = 64;
const FAST_BATCH = 256;

export interface Classifier<T extends FloatArray = Float64Array> {
	/** Layer sizes, input first. */
	sizes: number[];
	pass: ForwardPass<T>;
}

/**
 * A classifier from a snapshot's parameters and the network's activations (one per layer after the
 * input), with each layer's batch-normalisation settings where the snapshot has its tensors.
 */
export function createClassifier(inputSize: number, activations: Activation[], params: LayerTensors, batchNorm?: readonly (BatchNormSpec | null)[]): Classifier;
/** The same on a fresh set of `kernels` (classifyRows of many rows: the WebAssembly kernels are 5–10× faster). */
export function createClassifier<T extends FloatArray>(
	inputSize: number, activations: Activation[], params: LayerTensors, batchNorm: readonly (BatchNormSpec | null)[], kernels: Kernels<T>
): Classifier<T>;
export function createClassifier(
	inputSize: number, activations: Activation[], params: LayerTensors, batchNorm: readonly (BatchNormSpec | null)[] = [], kernels?: Kernels
): Classifier<FloatArray> {
	const pass = kernels ? inferencePass(activations, params, inputSize, FAST_BATCH, batchNorm, kernels) : inferencePass(activations, params, inputSize, BATCH, batchNorm);
	return { sizes: [inputSize, ...pass.model.spec.layers.map((l) => l.outSize)], pass };
}

/** The outputs (rows × classes) of `rows` rows of row-major inputs starting at inputs[offset]. */
function run<T extends FloatArray>(c: Classifier<T>, inputs: ArrayLike<number>, offset: number, rows: number): T {
	const X = c.pass.X;
	const n = rows * c.sizes[0];
	if (inputs instanceof Float32Array || inputs instanceof Float64Array) X.set(inputs.subarray(offset, offset + n));
	else for (let i = 0; i < n; i++) X[i] = inputs[offset + i];
	forward(c.pass, rows, false, null);
	return c.pass.A[c.pass.A.length - 1];
}

/** The output layer's activations for one input (probabilities of each class after softmax). */
export function predict(c: Classifier<FloatArray>, input: ArrayLike<number>, offset = 0): Float64Array {
	return new Float64Array(run(c, input, offset, 1).subarray(0, c.sizes[c.sizes.length - 1]));
}

/**
 * Every layer's outputs for one input, the input layer left out: the hidden layers' activations,
 * then the output layer's (the class probabilities after softmax). Copies, the caller's to keep.
 */
export function layerOutputs(c: Classifier<FloatArray>, input: ArrayLike<number>, offset = 0): Float64Array[] {
	run(c, input, offset, 1);
	return c.pass.A.map((A, k) => new Float64Array(A.subarray(0, c.sizes[k + 1])));
}

/** The index of the largest value (the first of equals). */
export function argmax(xs: ArrayLike<number>): number {
	return argmaxAt(xs, 0, xs.length);
}

/** The index, from `from`, of the largest of the `n` values there (the first of equals): a row's class. */
export function argmaxAt(xs: ArrayLike<number>, from: number, n: number): number {
	let best = 0;
	for (let i = 1; i < n; i++) if (xs[from + i] > xs[from + best]) best = i;
	return best;
}

/** Predicted classes of rows [from, to) of row-major inputs, written into `out[from … to)`. */
export function classifyRows(c: Classifier<FloatArray>, inputs: ArrayLike<number>, from: number, to: number, out: Uint8Array | number[]): void {
	const m = c.sizes[c.sizes.length - 1];
	const batch = c.pass.maxBatch;
	for (let r0 = from; r0 < to; r0 += batch) {
		const rows = Math.min(batch, to - r0);
		const A = run(c, inputs, r0 * c.sizes[0], rows);
		for (let r = 0; r < rows; r++) out[r0 + r] = argmaxAt(A, r * m, m);
	}
}
