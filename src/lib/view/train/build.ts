// From the page's settings to what the trainer needs: the data (a built-in set or the user's CSV,
// as features, split into training and test rows, targets shaped for the output) and the network
// file (layers drawn by the initialiser from the seed, so the same seed gives the same weights).

import { checkDataRange } from '$lib/fast/datasets/range';
import { InputError } from '$lib/engine/spec/errors';
import { validateNetwork } from '$lib/engine/spec/validate';
import type { Network } from '$lib/engine/spec/types';
import type { Json } from '$lib/state/network-json';
import { sliceDataset, type Dataset } from '$lib/fast/datasets/types';
import { toyDataset } from '$lib/fast/datasets/toy';
import { irisPlane } from '$lib/fast/datasets/iris';
import { featurize, type Feature } from '$lib/fast/grid';
import type { Schedule } from '$lib/fast/schedules';
import {
	HIDDEN_ACTIVATIONS, isRegression, MAX_LAYERS, MAX_NEURONS, OUTPUTS, TRAIN_LOSSES, TRAIN_OPTIMIZERS,
	type HiddenActivation, type OutputActivation, type TrainConfig, type TrainLoss, type TrainOptimizer
} from './config';

/** How each feature is named in the network file (a label the lab renders in KaTeX). */
export const FEATURE_LABELS: Record<Feature, string> = {
	x1: 'x_1',
	x2: 'x_2',
	x1sq: 'x_1^2',
	x2sq: 'x_2^2',
	x1x2: 'x_1 x_2',
	sinx1: '\\mathrm{sin} x_1',
	sinx2: '\\mathrm{sin} x_2'
};

export interface PreparedData {
	/** The 2-D points and their labels (column 0 of the targets before shaping), train then test. */
	points: Dataset;
	/** Rows [0, trainCount) train, the rest test. */
	trainCount: number;
	/** Features and shaped targets, for the trainer. */
	train: Dataset;
	test: Dataset;
	/** Number of classes (0 for regression). */
	classes: number;
	/** The square the views show. */
	min: number;
	max: number;
}

/** The label column's classes: labels 0 … k−1 (k ≥ 2), or null when they are not class indices. */
export function classCount(data: Dataset): number | null {
	let k = 0;
	for (let r = 0; r < data.count; r++) {
		const y = data.targets[r];
		if (!Number.isInteger(y) || y < 0 || y > 9) return null;
		k = Math.max(k, y + 1);
	}
	return Math.max(2, k);
}

/** Checks a CSV read by parseCsv fits this page: two input columns and a label. */
export function checkCsv(data: Dataset): Dataset {
	if (data.inputSize !== 2)
		throw new InputError(data.name, `${data.inputSize} input columns; this page draws 2-D data, so it needs exactly 2 (x₁, x₂) and a label`);
	if (data.count < 4) throw new InputError(data.name, `${data.count} rows; at least 4 are needed to train and test`);
	checkDataRange(data, 'f32'); // the page trains in single precision
	return data;
}

export function prepareData(c: TrainConfig, csv: Dataset | null): PreparedData {
	const seed = c.dataSeed ?? c.seed;
	const points =
		c.data === 'csv'
			? csv
				? checkCsv(csv)
				: toyDataset('xor', { count: c.count, seed })
			: c.data === 'iris'
				? irisPlane(seed)
				: toyDataset(c.data, { count: c.count, noise: c.noise, seed });
	const trainCount = Math.min(points.count - 1, Math.max(1, Math.round(points.count * c.split)));
	const regression = isRegression(c);
	const classes = regression ? 0 : classCount(points);
	if (classes === null) throw new InputError(points.name, 'the labels are not class numbers 0, 1, 2, …; choose a linear output for regression');
	if (c.output === 'sigmoid' && classes > 2) throw new InputError(points.name, `${classes} classes need a softmax output (one neuron per class)`);
	const features = featurize(points, c.features);
	let shaped = features;
	if (c.output === 'softmax') {
		const targets = new Float64Array(points.count * classes);
		for (let r = 0; r < points.count; r++) targets[r * classes + points.targets[r]] = 1;
		shaped = { ...features, targetSize: classes, targets };
	}
	let lo = -6;
	let hi = 6;
	if (c.data === 'csv' || c.data === 'iris') {
		// The data's bounding square with a tenth of margin.
		let a = Infinity;
		let b = -Infinity;
		for (const v of points.inputs) {
			a = Math.min(a, v);
			b = Math.max(b, v);
		}
		const pad = Math.max(1e-6, (b - a) * 0.1);
		lo = a - pad;
		hi = b + pad;
	}
	return {
		points,
		trainCount,
		train: sliceDataset(shaped, 0, trainCount, `${points.name} (train)`),
		test: sliceDataset(shaped, trainCount, points.count, `${points.name} (test)`),
		classes,
		min: lo,
		max: hi
	};
}

/** The network file of the settings, weights drawn from the seed (samples: none; the data is separate). */
export function networkJson(c: TrainConfig, classes: number): Json {
	const reg: { [key: string]: Json } = c.l1 || c.l2 ? { regularizer: { l1: c.l1, l2: c.l2 } } : {};
	const optimizer: Json = { type: c.optimizer, learningRate: c.learningRate };
	if (c.optimizer === 'sgd' && c.momentum > 0) optimizer.momentum = c.momentum;
	return {
		title: 'Backstep /train',
		layers: [
			{ size: c.features.length, names: c.features.map((f) => FEATURE_LABELS[f]) },
			...c.layers.map((l) => ({ size: l.size, activation: l.activation, ...reg, ...(l.batchNorm ? { batchNorm: true } : {}) })),
			{ size: c.output === 'softmax' ? classes : 1, activation: c.output, ...reg }
		],
		loss: c.loss,
		init: c.init,
		seed: c.seed,
		samples: [],
		optimizer
	};
}

export function buildNetwork(c: TrainConfig, classes: number): Network {
	return validateNetwork(networkJson(c, classes), { engine: 'fast' });
}

/** The schedule of the settings over `stepsPerEpoch`-step epochs (decays are measured in epochs). */
export function scheduleOf(c: TrainConfig, stepsPerEpoch: number): Schedule {
	const e = Math.max(1, stepsPerEpoch);
	switch (c.schedule) {
		case 'constant':
			return { type: 'constant' };
		case 'step':
			return { type: 'step', every: 100 * e, factor: 0.5 };
		case 'exponential':
			return { type: 'exponential', decaySteps: 100 * e, rate: 0.5 };
		case 'cosine':
			return { type: 'cosine', decaySteps: 500 * e, alpha: 0.01 };
	}
}

/** Dropout rate per layer for the trainer (hidden layers only). */
export function dropoutOf(c: TrainConfig): number[] | undefined {
	return c.dropout > 0 ? [...c.layers.map(() => c.dropout), 0] : undefined;
}

/**
 * The settings a network file describes (features from its input names, layers, output, loss,
 * optimizer, seed), the rest kept from `base`. Throws an InputError naming what this page cannot show.
 */
export function configFromNetwork(net: Network, base: TrainConfig): TrainConfig {
	const byLabel = new Map(Object.entries(FEATURE_LABELS).map(([f, label]) => [label, f as Feature]));
	const names = net.input.names ?? (net.input.size === 2 ? ['x_1', 'x_2'] : null);
	const features = names?.map((n) => byLabel.get(n));
	if (!features || features.some((f) => f === undefined))
		throw new InputError('layers[0].names', `the inputs must be features of x₁, x₂ named ${Object.values(FEATURE_LABELS).join(', ')}`);
	const hidden = net.layers.slice(0, -1);
	const out = net.layers[net.layers.length - 1];
	if (hidden.length > MAX_LAYERS) throw new InputError('layers', `${hidden.length} hidden layers; this page shows at most ${MAX_LAYERS}`);
	const layers = hidden.map((l, k) => {
		if (!(HIDDEN_ACTIVATIONS as readonly string[]).includes(l.activation.name))
			throw new InputError(`layers[${k + 1}].activation`, `${l.activation.name} is not one of ${HIDDEN_ACTIVATIONS.join(', ')}`);
		if (l.size > MAX_NEURONS) throw new InputError(`layers[${k + 1}].size`, `${l.size} neurons; this page shows at most ${MAX_NEURONS} a layer`);
		return { size: l.size, activation: l.activation.name as HiddenActivation, ...(l.batchNorm ? { batchNorm: true } : {}) };
	});
	if (!(OUTPUTS as readonly string[]).includes(out.activation.name))
		throw new InputError(`layers[${net.layers.length}].activation`, `the output must be one of ${OUTPUTS.join(', ')}`);
	if (!(TRAIN_LOSSES as readonly string[]).includes(net.loss)) throw new InputError('loss', `${net.loss} is not one of ${TRAIN_LOSSES.join(', ')}`);
	if (!(TRAIN_OPTIMIZERS as readonly string[]).includes(net.optimizer.type))
		throw new InputError('optimizer.type', `${net.optimizer.type} is not one of ${TRAIN_OPTIMIZERS.join(', ')}`);
	const reg = net.layers.find((l) => l.regularizer)?.regularizer;
	return {
		...base,
		features: features as Feature[],
		layers,
		output: out.activation.name as OutputActivation,
		loss: net.loss as TrainLoss,
		optimizer: net.optimizer.type as TrainOptimizer,
		learningRate: net.optimizer.learningRate,
		momentum: net.optimizer.type === 'sgd' ? net.optimizer.momentum : base.momentum,
		l1: reg?.l1 ?? 0,
		l2: reg?.l2 ?? 0,
		seed: net.seed
	};
}
