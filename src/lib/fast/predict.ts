// Classifying with a trained snapshot: the forward pass of a dense MLP on one input at a time,
//   z_l = W_l a_{l−1} + b_l,  a_l = f_l(z_l)   (a_0 = x; W_l out×in row-major, as the worker sends it)
// ending in the output layer's activation (softmax: class probabilities that sum to 1).
// Plain loops on typed arrays: small enough to run on the page between frames.

import type { Activation } from '../engine/spec/types';
import { batchActivation, type BatchActivation } from './activations';
import type { LayerTensors } from './tensors';

export interface Classifier extends LayerTensors {
	/** Layer sizes, input first. */
	sizes: number[];
	acts: BatchActivation[];
}

/** A classifier from a snapshot's parameters and the network's activations (one per layer after the input). */
export function createClassifier(inputSize: number, activations: Activation[], params: LayerTensors): Classifier {
	if (activations.length !== params.W.length) throw new Error(`${activations.length} activations for ${params.W.length} layers`);
	const sizes = [inputSize];
	params.W.forEach((w, k) => {
		const inSize = sizes[k];
		if (w.length % inSize !== 0) throw new Error(`layer ${k + 1}: ${w.length} weights do not fit ${inSize} inputs`);
		sizes.push(w.length / inSize);
	});
	// Inference: rrelu uses its mean slope, as Keras does outside training.
	return { sizes, W: params.W, b: params.b, alpha: params.alpha, acts: activations.map((a) => batchActivation(a, false)) };
}

/** The output layer's activations for one input (probabilities of each class after softmax). */
export function predict(c: Classifier, input: ArrayLike<number>, offset = 0): Float64Array {
	let a = new Float64Array(c.sizes[0]);
	for (let i = 0; i < a.length; i++) a[i] = input[offset + i];
	for (let k = 0; k < c.W.length; k++) {
		const n = c.sizes[k];
		const m = c.sizes[k + 1];
		const W = c.W[k];
		const b = c.b[k];
		const z = new Float64Array(m);
		for (let j = 0; j < m; j++) {
			// z_j = Σ_i w_ji a_i + b_j (b shared when the layer has one bias, none when it has none)
			let s = b.length === m ? b[j] : b.length === 1 ? b[0] : 0;
			const row = j * n;
			for (let i = 0; i < n; i++) s += W[row + i] * a[i];
			z[j] = s;
		}
		const out = new Float64Array(m);
		c.acts[k].forward(z, out, 1, m, c.alpha[k]);
		a = out;
	}
	return a;
}

/** The index of the largest value (the first of equals). */
export function argmax(xs: ArrayLike<number>): number {
	let best = 0;
	for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
	return best;
}

/** Predicted classes of rows [from, to) of row-major inputs, written into `out[from … to)`. */
export function classifyRows(c: Classifier, inputs: ArrayLike<number>, from: number, to: number, out: Uint8Array | number[]): void {
	const n = c.sizes[0];
	for (let r = from; r < to; r++) out[r] = argmax(predict(c, inputs, r * n));
}
