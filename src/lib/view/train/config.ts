// The training page's settings (data, network, hyper-parameters, seed) and their place in the URL:
// a readable query in the hash, `#data=xor&noise=0.1&layers=4:tanh,2:tanh&…`. A URL is untrusted:
// every field is read on its own, and a missing or bad one falls back to its default.

import { INITIALIZERS, type ActivationName, type InitName, type LossName, type OptimizerName } from '$lib/engine/spec/types';
import { FEATURES, type Feature } from '$lib/fast/grid';
import { TOY_SETS } from '$lib/fast/datasets/toy';

export const DATA_SOURCES = [...TOY_SETS, 'iris', 'csv'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const HIDDEN_ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear', 'leaky_relu', 'elu', 'softplus', 'swish'] as const satisfies readonly ActivationName[];
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];
/** sigmoid: one output for two classes; softmax: one output per class; linear (or tanh): regression. */
export const OUTPUTS = ['sigmoid', 'softmax', 'linear', 'tanh'] as const;
export type OutputActivation = (typeof OUTPUTS)[number];
export const TRAIN_LOSSES = ['binary_crossentropy', 'categorical_crossentropy', 'mse', 'half_sse', 'mae'] as const satisfies readonly LossName[];
export type TrainLoss = (typeof TRAIN_LOSSES)[number];
export const TRAIN_OPTIMIZERS = ['sgd', 'adam', 'rmsprop', 'adagrad', 'adamw', 'nadam', 'adafactor', 'ftrl'] as const satisfies readonly OptimizerName[];
export type TrainOptimizer = (typeof TRAIN_OPTIMIZERS)[number];
export const SCHEDULES = ['constant', 'step', 'exponential', 'cosine'] as const;
export type ScheduleName = (typeof SCHEDULES)[number];

export interface HiddenLayer {
	size: number;
	activation: HiddenActivation;
	/** Batch normalisation between the net input and the activation (written `:bn` in the URL). */
	batchNorm?: boolean;
}

export interface TrainConfig {
	data: DataSource;
	/** Number of points of a built-in set. */
	count: number;
	noise: number;
	/** Fraction of the rows used for training (the rest is the test set). */
	split: number;
	features: Feature[];
	layers: HiddenLayer[];
	output: OutputActivation;
	loss: TrainLoss;
	optimizer: TrainOptimizer;
	learningRate: number;
	/** sgd's momentum; adam's β₁. */
	momentum: number;
	schedule: ScheduleName;
	batchSize: number;
	l1: number;
	l2: number;
	dropout: number;
	init: InitName;
	seed: number;
	/** The data's own seed ("Regenerate data"); null: the seed above. */
	dataSeed: number | null;
	/** Draw the test points on the output plane. */
	showTest: boolean;
	/** Colour the output plane by the class, not the probability. */
	discretize: boolean;
}

export const MAX_LAYERS = 6;
export const MAX_NEURONS = 8;

/** Settings every data set starts from (XOR's network: 2 features, 4 and 2 tanh neurons, SGD at 0.03). */
const BASE: TrainConfig = {
	data: 'xor',
	count: 400,
	noise: 0,
	split: 0.5,
	features: ['x1', 'x2'],
	layers: [
		{ size: 4, activation: 'tanh' },
		{ size: 2, activation: 'tanh' }
	],
	output: 'sigmoid',
	loss: 'binary_crossentropy',
	optimizer: 'sgd',
	learningRate: 0.03,
	momentum: 0,
	schedule: 'constant',
	batchSize: 10,
	l1: 0,
	l2: 0,
	dropout: 0,
	init: 'glorot_uniform',
	seed: 1,
	dataSeed: null,
	showTest: false,
	discretize: false
};

/**
 * What a data set changes in BASE: the network that learns it to at least 90 % test accuracy within
 * a few hundred epochs (measured in tests/view/train/defaults.test.ts): the spiral needs the sine
 * features and more neurons, the plane a linear output, Iris one output per species.
 */
const DATA_DEFAULTS: Partial<Record<DataSource, Partial<TrainConfig>>> = {
	spiral: {
		features: ['x1', 'x2', 'sinx1', 'sinx2'],
		layers: [
			{ size: 8, activation: 'tanh' },
			{ size: 6, activation: 'tanh' }
		]
	},
	plane: { output: 'linear', loss: 'mse' },
	iris: { output: 'softmax', loss: 'categorical_crossentropy' }
};

/** The default settings of a data set (XOR's when none is named). */
export function defaultConfig(data: DataSource = 'xor'): TrainConfig {
	return structuredClone({ ...BASE, ...DATA_DEFAULTS[data], data });
}

/** The settings that make up the network (what a data set's defaults choose). */
const NETWORK_FIELDS = ['features', 'layers', 'output', 'loss', 'optimizer', 'learningRate'] as const;

/**
 * The settings after choosing another data set: its default network when the network is still the
 * old set's default; otherwise the user's network, with only the output changed where the new set
 * needs another (Iris: softmax; the plane: linear; two classes: sigmoid in place of a regression).
 */
export function switchData(c: TrainConfig, data: DataSource): TrainConfig {
	const before = defaultConfig(c.data);
	const after = defaultConfig(data);
	const untouched = NETWORK_FIELDS.every((f) => JSON.stringify(c[f]) === JSON.stringify(before[f]));
	if (untouched) {
		const network = Object.fromEntries(NETWORK_FIELDS.map((f) => [f, after[f]]));
		return { ...c, ...network, data };
	}
	const output: OutputActivation =
		data === 'iris' ? 'softmax' : data === 'plane' ? (isRegression(c) ? c.output : 'linear') : isRegression(c) && data !== 'csv' ? 'sigmoid' : c.output;
	return { ...c, data, output, loss: output === c.output ? c.loss : lossFor(output) };
}

/** The features with `f` turned on or off (kept in FEATURES' order); the same list when it would leave none. */
export function toggledFeatures(features: readonly Feature[], f: Feature): Feature[] {
	const next = features.includes(f) ? features.filter((g) => g !== f) : FEATURES.filter((g) => g === f || features.includes(g));
	return next.length > 0 ? next : [...features];
}

/** The data seed after `seed` for "Regenerate data": the next draw of the Park–Miller generator. */
export const nextDataSeed = (seed: number) => (seed * 48271) % 2147483647 || 1;

/** Whether the settings describe a regression (a linear or tanh output) rather than classes. */
export const isRegression = (c: TrainConfig) => c.output === 'linear' || c.output === 'tanh';

/** The loss that goes with an output: cross-entropy for classes, mean squared error otherwise. */
export function lossFor(output: OutputActivation): TrainLoss {
	return output === 'sigmoid' ? 'binary_crossentropy' : output === 'softmax' ? 'categorical_crossentropy' : 'mse';
}

const num = (v: string | null, lo: number, hi: number, fallback: number, integer = false): number => {
	if (v === null || v.trim() === '') return fallback;
	const x = Number(v);
	if (!Number.isFinite(x) || x < lo || x > hi || (integer && !Number.isInteger(x))) return fallback;
	return x;
};

const choice = <T extends string>(v: string | null, options: readonly T[], fallback: T): T =>
	v !== null && (options as readonly string[]).includes(v) ? (v as T) : fallback;

/** The settings as the hash's query (without the `#`). */
export function configToQuery(c: TrainConfig): string {
	const q = new URLSearchParams();
	q.set('data', c.data);
	q.set('count', String(c.count));
	q.set('noise', String(c.noise));
	q.set('split', String(c.split));
	q.set('features', c.features.join(','));
	q.set('layers', c.layers.map((l) => `${l.size}:${l.activation}${l.batchNorm ? ':bn' : ''}`).join(','));
	q.set('output', c.output);
	q.set('loss', c.loss);
	q.set('optimizer', c.optimizer);
	q.set('lr', String(c.learningRate));
	q.set('momentum', String(c.momentum));
	q.set('schedule', c.schedule);
	q.set('batch', String(c.batchSize));
	q.set('l1', String(c.l1));
	q.set('l2', String(c.l2));
	q.set('dropout', String(c.dropout));
	q.set('init', c.init);
	q.set('seed', String(c.seed));
	if (c.dataSeed !== null) q.set('dataSeed', String(c.dataSeed));
	if (c.showTest) q.set('test', '1');
	if (c.discretize) q.set('discrete', '1');
	return q.toString();
}

/** Settings from a hash (`#…` or without it); anything missing or out of range gets its default. */
export function configFromQuery(hash: string): TrainConfig {
	const q = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
	// A missing field takes the named data set's default.
	const d = defaultConfig(choice(q.get('data'), DATA_SOURCES, BASE.data));
	const features = (q.get('features') ?? '').split(',').filter((f): f is Feature => (FEATURES as readonly string[]).includes(f));
	const layers: HiddenLayer[] = [];
	const rawLayers = q.get('layers');
	if (rawLayers !== null && rawLayers !== '') {
		for (const part of rawLayers.split(',').slice(0, MAX_LAYERS)) {
			const [size, act, flag] = part.split(':');
			const n = num(size ?? null, 1, MAX_NEURONS, NaN, true);
			if (Number.isNaN(n)) continue;
			layers.push({ size: n, activation: choice(act ?? null, HIDDEN_ACTIVATIONS, 'tanh'), ...(flag === 'bn' ? { batchNorm: true } : {}) });
		}
	}
	const output = choice(q.get('output'), OUTPUTS, d.output);
	return {
		data: choice(q.get('data'), DATA_SOURCES, d.data),
		count: num(q.get('count'), 20, 1000, d.count, true),
		noise: num(q.get('noise'), 0, 0.5, d.noise),
		split: num(q.get('split'), 0.1, 0.9, d.split),
		features: [...new Set(features)].length > 0 ? [...new Set(features)] : d.features,
		layers: rawLayers === '' ? [] : layers.length > 0 ? layers : d.layers,
		output,
		loss: choice(q.get('loss'), TRAIN_LOSSES, q.has('output') ? lossFor(output) : d.loss),
		optimizer: choice(q.get('optimizer'), TRAIN_OPTIMIZERS, d.optimizer),
		learningRate: num(q.get('lr'), 1e-7, 100, d.learningRate),
		momentum: num(q.get('momentum'), 0, 0.999, d.momentum),
		schedule: choice(q.get('schedule'), SCHEDULES, d.schedule),
		batchSize: num(q.get('batch'), 1, 1000, d.batchSize, true),
		l1: num(q.get('l1'), 0, 1, d.l1),
		l2: num(q.get('l2'), 0, 1, d.l2),
		dropout: num(q.get('dropout'), 0, 0.9, d.dropout),
		init: choice(q.get('init'), INITIALIZERS, d.init),
		seed: num(q.get('seed'), 0, 2 ** 31 - 1, d.seed, true),
		dataSeed: q.has('dataSeed') ? num(q.get('dataSeed'), 0, 2 ** 31 - 1, NaN, true) || null : null,
		showTest: q.get('test') === '1',
		discretize: q.get('discrete') === '1'
	};
}
