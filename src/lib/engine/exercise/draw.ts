// One variant's numbers (docs/exercises.md): the template's network file with its inputs, weights,
// biases and targets replaced by numbers on the exercise's grid (its decimals, inside its ranges,
// never 0 except a target), everything else kept. Targets follow the loss: a one-hot class for
// categorical cross-entropy, a class index for the sparse one, 0 or 1 for binary cross-entropy,
// −1 or 1 for hinge, a number in the targets range otherwise.

import { networkToJson } from '../spec/encode';
import type { Exercise, Interval } from '../spec/exercise';
import type { Rng } from '../spec/random';
import type { Network } from '../spec/types';

type Json = Record<string, unknown>;

/** A number with `decimals` decimals in [lo, hi], drawn uniformly from the grid; 0 only if allowed. */
function gridNumber(rng: Rng, [lo, hi]: Interval, decimals: number, zero: boolean): number {
	const scale = 10 ** decimals;
	const from = Math.ceil(lo * scale - 1e-9);
	const to = Math.floor(hi * scale + 1e-9);
	for (;;) {
		const k = from + rng.int(to - from + 1);
		if (k !== 0 || zero) return Number((k / scale).toFixed(decimals));
	}
}

function target(rng: Rng, net: Network, ex: Exercise): number | number[] {
	const n = net.layers[net.layers.length - 1].size;
	const hot = rng.int(n);
	switch (net.loss) {
		case 'sparse_categorical_crossentropy':
			return hot;
		case 'categorical_crossentropy':
			return Array.from({ length: n }, (_, k) => (k === hot ? 1 : 0));
		case 'binary_crossentropy':
			return Array.from({ length: n }, () => rng.int(2));
		case 'hinge':
			return Array.from({ length: n }, () => (rng.int(2) === 0 ? -1 : 1));
		default:
			return Array.from({ length: n }, () => gridNumber(rng, ex.targets, ex.decimals, true));
	}
}

/** The network file of one variant (not yet validated): the template's with new numbers, without `exercise`. */
export function drawVariant(template: Network, ex: Exercise, rng: Rng): Json {
	const json = networkToJson({ ...template, exercise: undefined, sheet: undefined });
	delete json.exercise;
	delete json.sheet;
	const draw = (range: Interval) => gridNumber(rng, range, ex.decimals, false);
	const layers = json.layers as Json[];
	for (const layer of layers.slice(1)) {
		layer.weights = (layer.weights as number[][]).map((row) => row.map(() => draw(ex.weights)));
		if (Array.isArray(layer.biases)) layer.biases = layer.biases.map(() => draw(ex.biases));
		else if (typeof layer.biases === 'number') layer.biases = draw(ex.biases);
	}
	json.samples = template.samples.map((s) => ({ input: s.input.map(() => draw(ex.inputs)), target: target(rng, template, ex) }));
	return json;
}
