// A dense MLP in flat typed arrays: per layer, weights out×in row-major (row j = neuron j's
// incoming weights, as in the network file), biases, prelu slopes, and batch normalisation's γ, β
// and moving statistics. Built from a validated Network or from a compact config (sizes,
// activations, init, seed), and written back to a Network.

import type { Activation, ActivationName, BatchNorm, DenseLayer, InitName, LossName, Network, Optimizer } from '../engine/spec/types';
import type { FloatArray, Kernels } from './kernels/types';
import { optimizerWithDefaults } from './optimizer-defaults';
import { drawLayerWeights, rreluStream } from '../engine/spec/init';
import { Rng } from '../engine/spec/random';
import { KERAS_BATCH_NORM, type BatchNormSpec } from './batch-norm';
import { NORM_KEYS, type LayerTensors, type NormKey } from './tensors';

export type BiasKind = 'none' | 'each' | 'shared';

export interface LayerSpec {
	inSize: number;
	outSize: number;
	activation: Activation;
	bias: BiasKind;
	trainableWeights: boolean;
	trainableBiases: boolean;
	l1: number;
	l2: number;
	/** Penalties on the biases (Keras's bias_regularizer). */
	biasL1: number;
	biasL2: number;
	/** Penalties on the outputs, per sample, averaged over the batch (Keras's activity_regularizer). */
	activityL1: number;
	activityL2: number;
	/** Batch normalisation between the net input and the activation (batch-norm.ts), or none. */
	batchNorm: BatchNormSpec | null;
}

/** A layer with no penalty of any kind. */
export const NO_PENALTIES = { l1: 0, l2: 0, biasL1: 0, biasL2: 0, activityL1: 0, activityL2: 0 } as const;

export interface ModelSpec {
	inputSize: number;
	layers: LayerSpec[];
	loss: LossName;
	optimizer: Optimizer;
	seed: number;
}

/** Parameter values in double precision, before they are copied into a kernel's memory. */
export type InitialParams = LayerTensors<Float64Array>;

/** The parameters in the kernels' arrays, with the spec they follow. */
export interface Model<T extends FloatArray = FloatArray> extends LayerTensors<T> {
	spec: ModelSpec;
}

export function biasLength(layer: LayerSpec): number {
	return layer.bias === 'each' ? layer.outSize : layer.bias === 'shared' ? 1 : 0;
}

/** The number of parameters the optimizer sees, per tensor, in order (W, b, alpha, γ, β of each layer). */
export function parameterCount(spec: Pick<ModelSpec, 'layers'>): number {
	let n = 0;
	for (const l of spec.layers) n += l.inSize * l.outSize + biasLength(l) + (hasAlpha(l) ? l.outSize : 0) + (l.batchNorm ? 2 * l.outSize : 0);
	return n;
}

export function hasAlpha(layer: LayerSpec): boolean {
	return layer.activation.name === 'prelu' || layer.activation.name === 'rrelu';
}

export function specFromNetwork(net: Network): ModelSpec {
	let inSize = net.input.size;
	const layers = net.layers.map((l): LayerSpec => {
		const spec: LayerSpec = {
			inSize,
			outSize: l.size,
			activation: l.activation,
			bias: l.biases === null ? 'none' : typeof l.biases === 'number' ? 'shared' : 'each',
			trainableWeights: l.trainableWeights,
			trainableBiases: l.trainableBiases,
			l1: l.regularizer?.l1 ?? 0,
			l2: l.regularizer?.l2 ?? 0,
			biasL1: l.biasRegularizer?.l1 ?? 0,
			biasL2: l.biasRegularizer?.l2 ?? 0,
			activityL1: l.activityRegularizer?.l1 ?? 0,
			activityL2: l.activityRegularizer?.l2 ?? 0,
			batchNorm: l.batchNorm ? { momentum: l.batchNorm.momentum, epsilon: l.batchNorm.epsilon } : null
		};
		inSize = l.size;
		return spec;
	});
	return { inputSize: net.input.size, layers, loss: net.loss, optimizer: net.optimizer, seed: net.seed };
}

export function paramsFromNetwork(net: Network): InitialParams {
	return {
		W: net.layers.map((l) => Float64Array.from(l.weights.flat())),
		b: net.layers.map((l) =>
			l.biases === null ? new Float64Array(0) : typeof l.biases === 'number' ? Float64Array.of(l.biases) : Float64Array.from(l.biases)
		),
		alpha: net.layers.map((l, k) => alphasOf(l.activation, l.size, l.alphas, new Rng(net.seed, rreluStream(k + 1)))),
		...normTensors(net.layers.length, (key, k) => {
			const bn = net.layers[k].batchNorm;
			return bn ? Float64Array.from(bn[key]) : null;
		})
	};
}

/** γ, β, moving mean and moving variance of each of `layers` layers, as `make` gives them. */
function normTensors(layers: number, make: (key: NormKey, k: number) => Float64Array | null): Required<Pick<InitialParams, NormKey>> {
	const each = (key: NormKey) => Array.from({ length: layers }, (_, k) => make(key, k));
	return { gamma: each('gamma'), beta: each('beta'), movingMean: each('movingMean'), movingVariance: each('movingVariance') };
}

function alphasOf(act: Activation, size: number, given: number[] | null, rng: Rng): Float64Array | null {
	if (act.name !== 'prelu' && act.name !== 'rrelu') return null;
	if (given && given.length === size) return Float64Array.from(given);
	if (act.name === 'prelu') return new Float64Array(size).fill(act.alpha ?? 0.25);
	const lower = act.lower ?? 1 / 8;
	const upper = act.upper ?? 1 / 3;
	return Float64Array.from({ length: size }, () => rng.uniformIn(lower, upper));
}

/** A compact description for networks too large to write weight by weight (784-300-200-100-10). */
export interface ModelConfig {
	/** Layer sizes, input first: [784, 300, 200, 100, 10]. */
	sizes: number[];
	/** One activation per layer after the input, or one for the hidden layers and one for the output. */
	activations: (ActivationName | Activation)[];
	loss: LossName;
	init?: InitName;
	seed?: number;
	optimizer?: Partial<Optimizer> & { type: Optimizer['type'] };
	/** Per-neuron biases (zeros) unless false. */
	bias?: boolean;
	/** Per layer after the input: batch normalisation with Keras's defaults (hidden layers only). */
	batchNorm?: boolean[];
}

/** The spec a compact config describes, without drawing its weights. */
export function specFromConfig(config: ModelConfig): ModelSpec {
	const depth = config.sizes.length - 1;
	const acts = config.activations.map((a) => (typeof a === 'string' ? { name: a } : a));
	const activationAt = (l: number): Activation =>
		acts.length === depth ? acts[l] : l === depth - 1 ? acts[acts.length - 1] : acts[0];
	const layers = Array.from({ length: depth }, (_, l): LayerSpec => ({
		inSize: config.sizes[l],
		outSize: config.sizes[l + 1],
		activation: activationAt(l),
		bias: config.bias === false ? 'none' : 'each',
		trainableWeights: true,
		trainableBiases: true,
		...NO_PENALTIES,
		batchNorm: config.batchNorm?.[l] ? { ...KERAS_BATCH_NORM } : null
	}));
	if (config.batchNorm?.[depth - 1]) throw new Error('batch normalisation applies to hidden layers; the output layer has none');
	const optimizer = optimizerWithDefaults(config.optimizer ?? { type: 'sgd' });
	return { inputSize: config.sizes[0], layers, loss: config.loss, optimizer, seed: config.seed ?? 1 };
}

/** The config's spec and its initial parameters: weights drawn by `init` from `seed`, zero biases. */
export function fromConfig(config: ModelConfig): { spec: ModelSpec; params: InitialParams } {
	const spec = specFromConfig(config);
	const { seed } = spec;
	const params: InitialParams = {
		W: spec.layers.map((l, k) => Float64Array.from(drawLayerWeights(config.init ?? 'glorot_uniform', l.inSize, l.outSize, seed, k + 1).flat())),
		b: spec.layers.map((l) => new Float64Array(biasLength(l))),
		alpha: spec.layers.map((l, k) => alphasOf(l.activation, l.outSize, null, new Rng(seed, rreluStream(k + 1)))),
		// Keras's initial γ = 1, β = 0, moving mean 0, moving variance 1.
		...normTensors(spec.layers.length, (key, k) => {
			const l = spec.layers[k];
			return l.batchNorm ? new Float64Array(l.outSize).fill(key === 'gamma' || key === 'movingVariance' ? 1 : 0) : null;
		})
	};
	return { spec, params };
}

/** Every array the model's parameters need (with batch normalisation's moving statistics), for Kernels.reserve. */
export function modelElements(spec: ModelSpec): number {
	let moving = 0;
	for (const l of spec.layers) if (l.batchNorm) moving += 2 * l.outSize;
	return parameterCount(spec) + moving;
}

/** A copy of `src` in numbers the kernels allocate (after kernels.reserve). */
export function allocCopy<T extends FloatArray>(kernels: Kernels<T>, src: FloatArray): T {
	const a = kernels.alloc(src.length);
	a.set(src);
	return a;
}

/** Copies the parameters into arrays allocated by the kernels (call after kernels.reserve). */
export function createModel<T extends FloatArray>(kernels: Kernels<T>, spec: ModelSpec, params: InitialParams): Model<T> {
	const copy = (src: Float64Array): T => allocCopy(kernels, src);
	const model: Model<T> = { spec, W: params.W.map(copy), b: params.b.map(copy), alpha: params.alpha.map((a) => (a ? copy(a) : null)) };
	for (const key of NORM_KEYS) {
		model[key] = spec.layers.map((l, k) => {
			const a = params[key]?.[k];
			if (!l.batchNorm) return null;
			if (!a || a.length !== l.outSize) throw new Error(`layer ${k + 1}: batch normalisation without its ${key} (${l.outSize} numbers)`);
			return copy(a);
		});
	}
	return model;
}

/** The model's current parameters as a Network (the rest of the file — names, samples — from `base`). */
export function toNetwork(model: Model, base: Network | null): Network {
	const layers = model.spec.layers.map((l, k): DenseLayer => {
		const from = base?.layers[k];
		const W = model.W[k];
		const weights = Array.from({ length: l.outSize }, (_, j) => Array.from(W.subarray(j * l.inSize, (j + 1) * l.inSize)));
		const biases = l.bias === 'none' ? null : l.bias === 'shared' ? model.b[k][0] : Array.from(model.b[k]);
		return {
			size: l.outSize,
			activation: l.activation,
			weights,
			biases,
			names: from?.names ?? null,
			weightNames: from?.weightNames ?? null,
			biasNames: from?.biasNames ?? null,
			trainableWeights: l.trainableWeights,
			trainableBiases: l.trainableBiases,
			regularizer: l.l1 || l.l2 ? { l1: l.l1, l2: l.l2 } : null,
			biasRegularizer: l.biasL1 || l.biasL2 ? { l1: l.biasL1, l2: l.biasL2 } : null,
			activityRegularizer: l.activityL1 || l.activityL2 ? { l1: l.activityL1, l2: l.activityL2 } : null,
			dropout: from?.dropout ?? null,
			batchNorm: batchNormOf(model, k, from?.batchNorm ?? null),
			alphas: model.alpha[k] ? Array.from(model.alpha[k]!) : null
		};
	});
	return {
		title: base?.title ?? null,
		input: base?.input ?? { size: model.spec.inputSize, names: null },
		layers,
		loss: model.spec.loss,
		samples: base?.samples ?? [],
		optimizer: model.spec.optimizer,
		rounding: base?.rounding ?? null,
		style: base?.style ?? 'textbook',
		seed: model.spec.seed
	};
}

/** Layer k's batch normalisation with the model's γ, β and moving statistics (else `from`'s, else none). */
function batchNormOf(model: Model, k: number, from: BatchNorm | null): BatchNorm | null {
	const s = model.spec.layers[k].batchNorm;
	const [gamma, beta, movingMean, movingVariance] = NORM_KEYS.map((key) => model[key]?.[k]);
	if (!s || !gamma || !beta || !movingMean || !movingVariance) return from;
	const list = (a: FloatArray) => Array.from(a);
	return { ...s, gamma: list(gamma), beta: list(beta), movingMean: list(movingMean), movingVariance: list(movingVariance) };
}

/** `base` with its parameters replaced by `tensors` (a snapshot of a run that started from it). */
export function networkWithTensors(base: Network, tensors: LayerTensors): Network {
	return toNetwork({ ...tensors, spec: specFromNetwork(base) }, base);
}
