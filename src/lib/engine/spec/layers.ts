// The `layers` of a network file (docs/network-file.md): the input layer, then each dense layer with its
// activation, weights (given, or drawn by an initialiser), biases, labels and training flags.

import { readActivation } from './activation';
import { readBatchNorm } from './batch-norm';
import { InputError } from './errors';
import { drawLayerWeights, drawRreluSlopes } from './init';
import { child, describe, index, own, plural } from './path';
import {
	checkKeys,
	readField,
	readLabel,
	readLabelMatrix,
	readLabels,
	readMatrix,
	readNumber,
	readObject,
	readVector
} from './read';
import { DROPOUT_FIELDS, INPUT_LAYER_FIELDS, LAYER_FIELDS, REGULARIZER_FIELDS } from './schema';
import { ACTIVATIONS, LIMITS, type DenseLayer, type Dropout, type InitName, type InputLayer, type Regularizer } from './types';

export interface LayerContext {
	/** The top-level `init`, for layers that give neither weights nor their own init. */
	init: InitName | null;
	seed: number;
	/** Whether the exact engine's limits (docs/limits.md) apply. */
	exact: boolean;
}

export const FAST_PATH_NOTE = '(the fast path has no such limit)';

/** A positive integer size, within the exact engine's limit when it applies. */
function readSize(obj: Record<string, unknown>, path: string, exact: boolean, noun: string): number {
	const at = child(path, 'size');
	const v = own(obj, 'size');
	if (v === undefined) throw new InputError(at, 'missing');
	const size = readNumber(v, at, { min: 1, integer: true });
	if (exact && size > LIMITS.neurons) {
		throw new InputError(at, `${size} ${noun}, more than the ${LIMITS.neurons} the exact engine accepts ${FAST_PATH_NOTE}`);
	}
	return size;
}

export function readInputLayer(v: unknown, ctx: LayerContext): InputLayer {
	const path = 'layers[0]';
	const obj = readObject(v, path, 'the input layer as an object {"size": …}');
	checkKeys(obj, Object.keys(INPUT_LAYER_FIELDS), path, (key) =>
		Object.hasOwn(LAYER_FIELDS, key) ? 'the input layer takes only "size" and "names"' : null
	);
	const size = readSize(obj, path, ctx.exact, 'inputs');
	const names = own(obj, 'names');
	return { size, names: names == null ? null : readLabels(names, size, child(path, 'names'), child(path, 'size')) };
}

function readBiases(v: unknown, size: number, path: string, sizePath: string, drawn: boolean): number[] | number | null {
	if (v === undefined) return drawn ? new Array<number>(size).fill(0) : null;
	if (v === null) return null;
	if (typeof v === 'number') return readNumber(v, path);
	if (!Array.isArray(v)) {
		throw new InputError(path, `expected ${plural(size, 'number')} (${sizePath}) or one shared number, got ${describe(v)}`);
	}
	return readVector(v, size, path, sizePath);
}

function readBiasNames(v: unknown, biases: number[] | number | null, size: number, path: string, sizePath: string): string[] | string | null {
	if (v == null) return null;
	if (biases === null) throw new InputError(path, 'the layer has no biases to name');
	if (typeof v === 'string') {
		if (Array.isArray(biases)) {
			throw new InputError(path, `one label for ${size} biases; give ${plural(size, 'label')}, or make the bias one shared number`);
		}
		return readLabel(v, path);
	}
	if (Array.isArray(v)) {
		if (!Array.isArray(biases)) throw new InputError(path, `${plural(v.length, 'label')} for one shared bias; give a single label`);
		return readLabels(v, size, path, sizePath);
	}
	throw new InputError(path, `expected a label for each bias, or one label for a shared bias, got ${describe(v)}`);
}

function readRegularizer(v: unknown, path: string): Regularizer | null {
	if (v === undefined || v === null) return null;
	const obj = readObject(v, path, 'an object {"l1": …, "l2": …}');
	checkKeys(obj, Object.keys(REGULARIZER_FIELDS), path);
	return {
		l1: readField(obj, 'l1', REGULARIZER_FIELDS.l1, path) as number,
		l2: readField(obj, 'l2', REGULARIZER_FIELDS.l2, path) as number
	};
}

function readBiasRegularizer(v: unknown, biases: number[] | number | null, path: string): Regularizer | null {
	const reg = readRegularizer(v, path);
	if (reg && biases === null) throw new InputError(path, 'the layer has no biases to regularise');
	return reg;
}

function readActivityRegularizer(v: unknown, isOutput: boolean, path: string): Regularizer | null {
	const reg = readRegularizer(v, path);
	if (reg && isOutput) throw new InputError(path, 'an activity regulariser applies to hidden layers here; put the output\'s penalty in the loss instead');
	return reg;
}

/** A rate, or {rate, mask}; a rate of 0 is no dropout. Rows of the mask are checked against the samples by validate.ts. */
function readDropout(v: unknown, size: number, isOutput: boolean, path: string): Dropout | null {
	if (v === undefined || v === null) return null;
	let rate: number;
	let mask: number[][] | null = null;
	if (typeof v === 'number') {
		rate = readField({ rate: v }, 'rate', DROPOUT_FIELDS.rate, path) as number;
	} else {
		const obj = readObject(v, path, 'a rate in [0, 1) or an object {"rate": …, "mask": …}');
		checkKeys(obj, Object.keys(DROPOUT_FIELDS), path);
		rate = readField(obj, 'rate', DROPOUT_FIELDS.rate, path) as number;
		const raw = own(obj, 'mask');
		if (raw != null) mask = readMask(raw, size, child(path, 'mask'));
	}
	if (rate === 0 && mask === null) return null;
	if (isOutput) throw new InputError(path, 'dropout applies to hidden layers; the output layer has none');
	if (rate === 0) throw new InputError(child(path, 'rate'), 'a mask needs a rate above 0 (kept outputs are scaled by 1/(1 − rate))');
	return { rate, mask };
}

function readMask(v: unknown, size: number, path: string): number[][] {
	const rows = Array.isArray(v) && v.length > 0 && !Array.isArray(v[0]) ? [v] : v;
	if (!Array.isArray(rows) || rows.length === 0) {
		throw new InputError(path, `expected a row of ${plural(size, 'number')} (1 kept, 0 dropped), or one such row per sample, got ${describe(v)}`);
	}
	return rows.map((row, k) => {
		const at = Array.isArray(v) && rows !== v ? path : index(path, k);
		if (!Array.isArray(row) || row.length !== size) {
			throw new InputError(at, `expected ${plural(size, 'number')} (1 kept, 0 dropped; one per neuron), got ${describe(row)}`);
		}
		return row.map((x, j) => {
			if (x !== 0 && x !== 1) throw new InputError(index(at, j), `expected 1 (kept) or 0 (dropped), got ${describe(x)}`);
			return x;
		});
	});
}

/**
 * Dense layer number l (1-based as in docs/quantity-ids.md, `layers[l]` in the file) after a layer of
 * `prevSize` neurons; `isOutput` for the last one.
 */
export function readDenseLayer(v: unknown, l: number, prevSize: number, isOutput: boolean, ctx: LayerContext): DenseLayer {
	const path = index('layers', l);
	const obj = readObject(v, path);
	checkKeys(obj, Object.keys(LAYER_FIELDS), path);
	const size = readSize(obj, path, ctx.exact, 'neurons');
	const sizePath = child(path, 'size');
	const prevSizePath = child(index('layers', l - 1), 'size');

	const rawActivation = own(obj, 'activation');
	const actPath = child(path, 'activation');
	if (rawActivation === undefined) {
		throw new InputError(actPath, `missing — a name (${ACTIVATIONS.join(', ')}) or an object {"name": …}`);
	}
	const activation = readActivation(rawActivation, actPath);
	if (activation.name === 'softmax' && !isOutput) throw new InputError(actPath, 'softmax is allowed only on the output layer');

	const ownInit = readField(obj, 'init', LAYER_FIELDS.init, path) as InitName | null;
	const rawWeights = own(obj, 'weights');
	let weights: number[][];
	const drawn = rawWeights == null;
	if (!drawn) {
		if (ownInit !== null) {
			throw new InputError(child(path, 'init'), 'the weights are given, so there is nothing to draw; remove "init" or "weights"');
		}
		weights = readMatrix(rawWeights, size, prevSize, child(path, 'weights'), sizePath, prevSizePath);
	} else {
		const init = ownInit ?? ctx.init;
		if (init === null) {
			throw new InputError(child(path, 'weights'), 'missing — write the weights, or name an "init" (here or at the top level) to draw them');
		}
		weights = drawLayerWeights(init, prevSize, size, ctx.seed, l);
	}

	const biases = readBiases(own(obj, 'biases'), size, child(path, 'biases'), sizePath, drawn);
	if (own(obj, 'dropout') != null && own(obj, 'batchNorm') != null && own(obj, 'batchNorm') !== false) {
		throw new InputError(child(path, 'dropout'), 'a layer with batch normalisation cannot also have dropout here; put the dropout on another layer');
	}
	if (own(obj, 'dropout') != null && own(obj, 'activityRegularizer') != null) {
		// Keras penalises a Dense layer's output before the Dropout layer after it; the trace names only the output after.
		throw new InputError(child(path, 'activityRegularizer'), 'a layer with dropout cannot also have an activity regulariser here; give the penalty to a layer without dropout');
	}
	const names = own(obj, 'names');
	const weightNames = own(obj, 'weightNames');
	return {
		size,
		activation,
		weights,
		biases,
		names: names == null ? null : readLabels(names, size, child(path, 'names'), sizePath),
		weightNames:
			weightNames == null
				? null
				: readLabelMatrix(weightNames, size, prevSize, child(path, 'weightNames'), sizePath, prevSizePath),
		biasNames: readBiasNames(own(obj, 'biasNames'), biases, size, child(path, 'biasNames'), sizePath),
		trainableWeights: readField(obj, 'trainableWeights', LAYER_FIELDS.trainableWeights, path) as boolean,
		trainableBiases: readField(obj, 'trainableBiases', LAYER_FIELDS.trainableBiases, path) as boolean,
		regularizer: readRegularizer(own(obj, 'regularizer'), child(path, 'regularizer')),
		biasRegularizer: readBiasRegularizer(own(obj, 'biasRegularizer'), biases, child(path, 'biasRegularizer')),
		activityRegularizer: readActivityRegularizer(own(obj, 'activityRegularizer'), isOutput, child(path, 'activityRegularizer')),
		dropout: readDropout(own(obj, 'dropout'), size, isOutput, child(path, 'dropout')),
		batchNorm: readBatchNorm(own(obj, 'batchNorm'), size, isOutput, activation, child(path, 'batchNorm'), sizePath),
		alphas: readAlphas(own(obj, 'alphas'), activation, size, l, ctx.seed, child(path, 'alphas'), sizePath)
	};
}

/** prelu: α per neuron, default the activation's α. rrelu: slopes in [lower, upper], default drawn from the seed. */
function readAlphas(v: unknown, act: DenseLayer['activation'], size: number, l: number, seed: number, path: string, sizePath: string): number[] | null {
	if (act.name === 'prelu') {
		return v == null ? new Array<number>(size).fill(act.alpha as number) : readVector(v, size, path, sizePath);
	}
	if (act.name === 'rrelu') {
		const lower = act.lower as number;
		const upper = act.upper as number;
		if (v == null) return drawRreluSlopes(lower, upper, size, seed, l);
		return readVector(v, size, path, sizePath, { min: lower, max: upper });
	}
	if (v != null) throw new InputError(path, `only prelu and rrelu have a slope per neuron, not ${act.name}`);
	return null;
}
