// The parameters of a dense MLP, layer by layer (index = layer number − 1): the one shape shared by
// the model being trained, its gradients, the values it starts from, the snapshots a worker sends
// and the classifiers built from them.

import type { FloatArray } from './kernels/types';

export interface LayerTensors<T extends FloatArray = FloatArray> {
	/** Weights, out × in row-major (row j = neuron j's incoming weights, as in the network file). */
	W: T[];
	/** Biases: outSize numbers ('each'), 1 ('shared') or none. */
	b: T[];
	/** prelu: the trainable slopes; rrelu: the training slopes; otherwise null. */
	alpha: (T | null)[];
}

/** Copies of every array (their buffers the caller's, to transfer to another thread). */
export function copyTensors<T extends FloatArray>(t: LayerTensors<T>): LayerTensors<T> {
	const copy = (a: T) => a.slice() as T;
	return { W: t.W.map(copy), b: t.b.map(copy), alpha: t.alpha.map((a) => (a ? copy(a) : null)) };
}

/** Every array: the weights of each layer, then the biases, then the slopes. */
export function tensorList<T extends FloatArray>(t: LayerTensors<T>): T[] {
	return [...t.W, ...t.b, ...t.alpha.filter((a): a is T => a !== null)];
}
