// Weight initialisers (docs/maths.md) as Keras 3 defines them, for a dense layer with fan_in inputs and
// fan_out neurons:
//
//   glorot_uniform  U(−L, L), L = √(6 / (fan_in + fan_out))
//   he_uniform      U(−L, L), L = √(6 / fan_in)
//   glorot_normal   truncated normal, σ = √(2 / (fan_in + fan_out)) / 0.87962566103423978
//   he_normal       truncated normal, σ = √(2 / fan_in) / 0.87962566103423978
//   zeros           0
//
// Keras's truncated normal redraws every value more than 2σ from the mean. A standard normal cut at
// ±2 has standard deviation 0.87962566103423978, so dividing σ by it makes the weights' actual
// standard deviation √(2 / (fan_in + fan_out)) (resp. √(2 / fan_in)), as VarianceScaling intends.
//
// Draw order, so a file gives the same weights everywhere: layer l's weights come from their own
// stream `initStream(l)` of the file's seed (l = 1 for the first layer after the input, as in
// docs/quantity-ids.md), drawn row by row (neuron j = 1, 2, …), and within a row input by input (i = 1, 2, …). A layer's
// weights thus depend only on the seed, its number, its shape and its initialiser — not on which
// other layers are drawn. (Keras's own random numbers differ; only the distributions agree.)

import { Rng } from './random';
import type { InitName } from './types';

/** Standard deviation of a standard normal truncated to [−2, 2]. */
export const TRUNCATED_STDDEV = 0.87962566103423978;

/** Stream of the seed that draws layer l's weights (l ≥ 1). */
export const initStream = (l: number) => 0x1000 + l;
/** Stream of the seed that draws layer l's rrelu slopes (l ≥ 1). */
export const rreluStream = (l: number) => 0x2000 + l;
export const dropoutStream = (l: number) => 0x3000 + l;

/** N(0, σ²) redrawn until within 2σ of 0. */
export function truncatedNormal(rng: Rng, sigma: number): number {
	for (;;) {
		const z = rng.normal();
		if (Math.abs(z) <= 2) return z * sigma;
	}
}

/** The scale of each initialiser: the uniform's limit L, or the normal's σ before truncation. */
export function initScale(init: InitName, fanIn: number, fanOut: number): number {
	switch (init) {
		case 'glorot_uniform':
			return Math.sqrt(6 / (fanIn + fanOut));
		case 'he_uniform':
			return Math.sqrt(6 / fanIn);
		case 'glorot_normal':
			return Math.sqrt(2 / (fanIn + fanOut)) / TRUNCATED_STDDEV;
		case 'he_normal':
			return Math.sqrt(2 / fanIn) / TRUNCATED_STDDEV;
		case 'zeros':
			return 0;
	}
}

/** One weight drawn by `init` (see the file's head for the distributions). */
export function drawWeight(init: InitName, scale: number, rng: Rng): number {
	switch (init) {
		case 'glorot_uniform':
		case 'he_uniform':
			return rng.uniformIn(-scale, scale);
		case 'glorot_normal':
		case 'he_normal':
			return truncatedNormal(rng, scale);
		case 'zeros':
			return 0;
	}
}

/** The weights of layer l (fanOut rows × fanIn columns), drawn from the file's seed. */
export function drawLayerWeights(init: InitName, fanIn: number, fanOut: number, seed: number, l: number): number[][] {
	const rng = new Rng(seed, initStream(l));
	const scale = initScale(init, fanIn, fanOut);
	const rows: number[][] = [];
	for (let j = 0; j < fanOut; j++) {
		const row = new Array<number>(fanIn);
		for (let i = 0; i < fanIn; i++) row[i] = drawWeight(init, scale, rng);
		rows.push(row);
	}
	return rows;
}

/** rrelu's training slopes of layer l: one per neuron, uniform in [lower, upper), from the seed. */
export function drawRreluSlopes(lower: number, upper: number, size: number, seed: number, l: number): number[] {
	const rng = new Rng(seed, rreluStream(l));
	return Array.from({ length: size }, () => rng.uniformIn(lower, upper));
}

/**
 * Layer l's dropout mask for `samples` samples: row k, neuron j is 1 (kept, with probability
 * 1 − rate) or 0 (dropped), drawn sample by sample from the file's seed.
 */
export function drawDropoutMask(rate: number, size: number, samples: number, seed: number, l: number): number[][] {
	const rng = new Rng(seed, dropoutStream(l));
	return Array.from({ length: samples }, () => Array.from({ length: size }, () => (rng.uniform() < 1 - rate ? 1 : 0)));
}
