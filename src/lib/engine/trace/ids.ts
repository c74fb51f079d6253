// Quantity ids of docs/quantity-ids.md. Layers count from 0 (input) to L; neurons, inputs and samples from 1.
// `k` is the 1-based sample number, given only when the network has several samples.

import type { DenseLayer } from '../spec/types';

const at = (k: number | null | undefined) => (k == null ? '' : `@${k}`);

export const ids = {
	a: (l: number, j: number, k?: number | null) => `a[${l}][${j}]${at(k)}`,
	z: (l: number, j: number, k?: number | null) => `z[${l}][${j}]${at(k)}`,
	y: (j: number, k?: number | null) => `y[${j}]${at(k)}`,
	w: (l: number, j: number, i: number) => `w[${l}][${j}][${i}]`,
	/** `j` null for a bias shared by the whole layer. */
	b: (l: number, j: number | null) => (j == null ? `b[${l}]` : `b[${l}][${j}]`),
	alpha: (l: number, j: number) => `alpha[${l}][${j}]`,
	/** Batch normalisation (batch-norm.ts): the batch's mean and variance of z, ẑ, z̃ = γẑ + β, γ, β and the moving statistics. */
	mu: (l: number, j: number) => `mu[${l}][${j}]`,
	variance: (l: number, j: number) => `var[${l}][${j}]`,
	zhat: (l: number, j: number, k?: number | null) => `zhat[${l}][${j}]${at(k)}`,
	ztilde: (l: number, j: number, k?: number | null) => `ztilde[${l}][${j}]${at(k)}`,
	gamma: (l: number, j: number) => `gamma[${l}][${j}]`,
	beta: (l: number, j: number) => `beta[${l}][${j}]`,
	movingMean: (l: number, j: number) => `movingMean[${l}][${j}]`,
	movingVariance: (l: number, j: number) => `movingVariance[${l}][${j}]`,
	E: (k?: number | null) => `E${at(k)}`,
	delta: (l: number, j: number, k?: number | null) => `delta[${l}][${j}]${at(k)}`,
	/** ∂E/∂X for a quantity or parameter id X (X may carry its own @k). */
	d: (x: string) => `dE/d${x}`,
	updated: (param: string) => `${param}'`
};


/** Bias ids of layer l (1-based j), or the one shared id, or none. */
export function biasIds(layer: DenseLayer, l: number): { id: string; j: number | null }[] {
	if (layer.biases == null) return [];
	if (typeof layer.biases === 'number') return [{ id: ids.b(l, null), j: null }];
	return layer.biases.map((_, j) => ({ id: ids.b(l, j + 1), j: j + 1 }));
}
