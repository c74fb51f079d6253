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
	/** Batch normalisation's scale γ and shift β per neuron (null on a layer without it; absent: no layer has it). */
	gamma?: (T | null)[];
	beta?: (T | null)[];
	/** Its moving mean and variance, the statistics used at test time (state, not trained). */
	movingMean?: (T | null)[];
	movingVariance?: (T | null)[];
}

/** The batch-normalisation tensors of LayerTensors, in the order they are listed and copied. */
export const NORM_KEYS = ['gamma', 'beta', 'movingMean', 'movingVariance'] as const;
export type NormKey = (typeof NORM_KEYS)[number];

/** The same tensors, each array passed through `f` (absent ones stay absent). */
export function mapTensors<S extends FloatArray, T extends FloatArray>(t: LayerTensors<S>, f: (a: S) => T): LayerTensors<T> {
	const maybe = (a: S | null) => (a ? f(a) : null);
	const out: LayerTensors<T> = { W: t.W.map(f), b: t.b.map(f), alpha: t.alpha.map(maybe) };
	for (const key of NORM_KEYS) if (t[key]) out[key] = t[key].map(maybe);
	return out;
}

/** Copies of every array (their buffers the caller's, to transfer to another thread). */
export function copyTensors<T extends FloatArray>(t: LayerTensors<T>): LayerTensors<T> {
	return mapTensors(t, (a) => a.slice() as T);
}

/** Every array: the weights of each layer, then the biases, then the slopes, then γ, β and the moving statistics. */
export function tensorList<T extends FloatArray>(t: LayerTensors<T>): T[] {
	const present = (xs: (T | null)[] | undefined) => (xs ?? []).filter((a): a is T => a !== null);
	return [...t.W, ...t.b, ...present(t.alpha), ...NORM_KEYS.flatMap((key) => present(t[key]))];
}
