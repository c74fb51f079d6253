// A Keras-style Sequential model (Flatten with an input shape, then Dense and Dropout layers), its
// summary table, and the equivalent Keras and PyTorch code.
//
// The parameter counts come from ./summary.ts (summarize), which counts a dense layer of n_in inputs
// and n_out units as (n_in + 1) · n_out with biases, n_in · n_out without, plus n_out slopes for prelu.
// Flatten and Dropout have no parameters: Flatten's output is the product of the input shape, and
// Dropout passes its input's shape through (it only zeroes a fraction `rate` of it while training).

import { summarize, type SummaryLayer } from './summary';
import type { Activation, DenseLayer, Network } from '../spec/types';
import { InputError } from '../spec/errors';
import { optimizerDefaults } from '../spec/schema';

/** Activations a layer may use here: those with a built-in equivalent in both Keras and PyTorch. */
export const KERAS_ACTIVATIONS = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'prelu', 'elu', 'softplus', 'swish', 'softmax'] as const;
export type KerasActivation = (typeof KERAS_ACTIVATIONS)[number];

export type ModelLayer =
	| { kind: 'dense'; units: number; activation: KerasActivation; useBias: boolean; alpha?: number }
	| { kind: 'dropout'; rate: number };

export interface SequentialModel {
	/** Flatten's input_shape, e.g. [28, 28]. */
	inputShape: number[];
	layers: ModelLayer[];
}

export const MAX_UNITS = 100_000;

/** The course's perceptron: Flatten(28 × 28) → Dense(10, softmax), 7,850 parameters. */
export const COURSE_PERCEPTRON: SequentialModel = {
	inputShape: [28, 28],
	layers: [{ kind: 'dense', units: 10, activation: 'softmax', useBias: true }]
};

/** The course's MLP: 784-300-200-100-10, ReLU then softmax, 316,810 parameters. */
export const COURSE_MLP: SequentialModel = {
	inputShape: [28, 28],
	layers: [
		{ kind: 'dense', units: 300, activation: 'relu', useBias: true },
		{ kind: 'dense', units: 200, activation: 'relu', useBias: true },
		{ kind: 'dense', units: 100, activation: 'relu', useBias: true },
		{ kind: 'dense', units: 10, activation: 'softmax', useBias: true }
	]
};

/** "28, 28" or "(28, 28)" → [28, 28]; positive integers only, at most 4 dimensions. */
export function parseShape(text: string): number[] {
	const body = text.trim().replace(/^\(\s*/, '').replace(/\s*,?\s*\)$/, '');
	const parts = body.split(/\s*[,x×]\s*/).filter((p) => p !== '');
	if (parts.length === 0) throw new InputError('inputShape', 'give the input shape, e.g. 28, 28');
	if (parts.length > 4) throw new InputError('inputShape', 'at most 4 dimensions');
	const dims = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
	if (dims.some((d) => !Number.isSafeInteger(d) || d < 1)) {
		throw new InputError('inputShape', `"${text.slice(0, 40)}" is not a list of positive whole numbers`);
	}
	if (flatSize(dims) > 10_000_000) throw new InputError('inputShape', 'more than 10,000,000 inputs');
	return dims;
}

/** The number of inputs after Flatten: the product of the shape. */
export function flatSize(shape: readonly number[]): number {
	return shape.reduce((p, d) => p * d, 1);
}

function activationOf(layer: Extract<ModelLayer, { kind: 'dense' }>): Activation {
	return layer.alpha === undefined ? { name: layer.activation } : { name: layer.activation, alpha: layer.alpha };
}

/**
 * The model's dense layers as a Network, enough for `summarize`, which reads only sizes, activations,
 * biases and the trainable flags: weights are left empty rather than filled with 235,500 zeros.
 */
export function modelToNetwork(model: SequentialModel): Network {
	const layers: DenseLayer[] = model.layers.flatMap((l): DenseLayer[] =>
		l.kind === 'dense'
			? [
					{
						size: l.units,
						activation: activationOf(l),
						weights: [],
						biases: l.useBias ? new Array<number>(l.units).fill(0) : null,
						names: null,
						weightNames: null,
						biasNames: null,
						trainableWeights: true,
						trainableBiases: true,
						regularizer: null,
						biasRegularizer: null,
						activityRegularizer: null,
						dropout: null,
						batchNorm: null,
						alphas: null
					}
				]
			: []
	);
	return {
		title: null,
		input: { size: flatSize(model.inputShape), names: null },
		layers,
		loss: 'mse',
		samples: [],
		optimizer: optimizerDefaults('sgd'),

		rounding: null,
		style: 'textbook',
		seed: 1
	};
}

export interface KerasRow {
	/** Keras's names: flatten, dense, dense_1, …, dropout, dropout_1, … */
	name: string;
	type: 'Flatten' | 'Dense' | 'Dropout';
	outputShape: [null, number];
	params: number;
	/** The count's sum written out, e.g. `(784 + 1) * 300 = 235500`; '0' for Flatten and Dropout. */
	formula: string;
	activation: string | null;
}

export interface KerasSummary {
	rows: KerasRow[];
	total: number;
	trainable: number;
	nonTrainable: number;
}

/** The summary Keras's model.summary() prints, with the dense rows' counts from `summarize`. */
export function kerasSummary(model: SequentialModel): KerasSummary {
	const summary = summarize(modelToNetwork(model));
	const dense: SummaryLayer[] = summary.rows.filter((r) => r.type === 'Dense');
	let width = flatSize(model.inputShape);
	const rows: KerasRow[] = [{ name: 'flatten', type: 'Flatten', outputShape: [null, width], params: 0, formula: '0', activation: null }];
	let d = 0;
	let dropouts = 0;
	for (const layer of model.layers) {
		if (layer.kind === 'dense') {
			const r = dense[d++];
			width = r.outputShape[1];
			rows.push({ name: r.name, type: 'Dense', outputShape: [null, width], params: r.params, formula: r.formula, activation: r.activation });
		} else {
			rows.push({ name: dropouts === 0 ? 'dropout' : `dropout_${dropouts}`, type: 'Dropout', outputShape: [null, width], params: 0, formula: '0', activation: null });
			dropouts++;
		}
	}
	return { rows, total: summary.total, trainable: summary.trainable, nonTrainable: summary.nonTrainable };
}

/** A Python float literal: 0.2 → '0.2', 1 → '1.0'. */
function py(v: number): string {
	return Number.isInteger(v) ? v.toFixed(1) : String(v);
}

/** The Keras 3 activation argument, a string or a layer object for activations with a parameter. */
export function kerasActivation(l: Extract<ModelLayer, { kind: 'dense' }>): string {
	switch (l.activation) {
		case 'leaky_relu':
			return `keras.layers.LeakyReLU(negative_slope=${py(l.alpha ?? 0.01)})`;
		case 'prelu':
			return `keras.layers.PReLU(alpha_initializer=keras.initializers.Constant(${py(l.alpha ?? 0.25)}))`;
		case 'elu':
			return l.alpha === undefined || l.alpha === 1 ? "'elu'" : `keras.layers.ELU(alpha=${py(l.alpha)})`;
		default:
			return `'${l.activation}'`;
	}
}

/** The Keras code that builds the same model and prints its summary. */
export function kerasCode(model: SequentialModel): string {
	const used = new Set(['Flatten', ...model.layers.map((l) => (l.kind === 'dense' ? 'Dense' : 'Dropout'))]);
	const imports = ['Flatten', 'Dense', 'Dropout'].filter((n) => used.has(n)).join(', ');
	const lines = [
		'from tensorflow import keras',
		'from tensorflow.keras.models import Sequential',
		`from tensorflow.keras.layers import ${imports}`,
		'',
		'model = Sequential([',
		`    Flatten(input_shape=(${model.inputShape.join(', ')}${model.inputShape.length === 1 ? ',' : ''})),`
	];
	for (const l of model.layers) {
		if (l.kind === 'dropout') lines.push(`    Dropout(rate=${py(l.rate)}),`);
		else lines.push(`    Dense(units=${l.units}, activation=${kerasActivation(l)}${l.useBias ? '' : ', use_bias=False'}),`);
	}
	lines.push('])', 'model.summary()');
	return lines.join('\n') + '\n';
}

/** The PyTorch module after a Linear layer for each activation (none for linear). */
export function torchActivation(l: Extract<ModelLayer, { kind: 'dense' }>): string | null {
	switch (l.activation) {
		case 'linear':
			return null;
		case 'sigmoid':
			return 'nn.Sigmoid()';
		case 'tanh':
			return 'nn.Tanh()';
		case 'relu':
			return 'nn.ReLU()';
		case 'leaky_relu':
			return `nn.LeakyReLU(negative_slope=${py(l.alpha ?? 0.01)})`;
		case 'prelu':
			// one slope per unit, as Keras's PReLU after a Dense layer has
			return `nn.PReLU(num_parameters=${l.units}, init=${py(l.alpha ?? 0.25)})`;
		case 'elu':
			return `nn.ELU(alpha=${py(l.alpha ?? 1)})`;
		case 'softplus':
			return 'nn.Softplus()';
		case 'swish':
			return 'nn.SiLU()';
		case 'softmax':
			return 'nn.Softmax(dim=1)';
	}
}

/** The PyTorch code of the same model, with its parameter count printed. */
export function pytorchCode(model: SequentialModel): string {
	const lines = [
		'import torch',
		'from torch import nn',
		'',
		`# input: a batch of shape (batch, ${model.inputShape.join(', ')})`,
		'model = nn.Sequential(',
		'    nn.Flatten(),'
	];
	let width = flatSize(model.inputShape);
	for (const l of model.layers) {
		if (l.kind === 'dropout') {
			lines.push(`    nn.Dropout(p=${py(l.rate)}),`);
			continue;
		}
		lines.push(`    nn.Linear(${width}, ${l.units}${l.useBias ? '' : ', bias=False'}),`);
		const act = torchActivation(l);
		if (act) lines.push(`    ${act},`);
		width = l.units;
	}
	lines.push(')', 'print(model)', 'print(sum(p.numel() for p in model.parameters()))');
	return lines.join('\n') + '\n';
}
