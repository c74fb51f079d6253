// A Keras-style model summary as plain data: each layer's output shape and parameter count, with
// the count written out as a sum the way the course does, `(784 + 1) * 300 = 235500`.
//
// A dense layer of n_in inputs and n_out neurons has n_in · n_out weights, plus n_out biases (one
// per neuron: (n_in + 1) · n_out), or 1 (a bias shared by the layer), or none; a prelu layer adds
// its trainable slope α per neuron (n_out). rrelu's slopes are drawn, not learnt: no parameters.
// Frozen weights or biases (trainableWeights / trainableBiases false) count as non-trainable.
// Batch normalisation on a layer is Keras's BatchNormalization, a row of its own after the Dense row:
// 4 numbers per neuron, γ and β trainable, the moving mean and variance not, `4 * 300 = 1200`.

import type { DenseLayer, Network } from '../spec/types';

export interface SummaryLayer {
	/** Keras's naming: `input`, then `dense`, `dense_1`, `dense_2`, … */
	name: string;
	type: 'InputLayer' | 'Dense' | 'BatchNormalization';
	/** The activation's name; null for the input layer and batch normalisation. */
	activation: string | null;
	/** Keras's (batch, units): the batch dimension is free. */
	outputShape: [null, number];
	params: number;
	trainable: number;
	nonTrainable: number;
	weights: number;
	biases: number;
	alphas: number;
	/** The count's sum written out, e.g. `(784 + 1) * 300 = 235500`; empty for the input layer. */
	formula: string;
}

export interface Summary {
	title: string | null;
	rows: SummaryLayer[];
	total: number;
	trainable: number;
	nonTrainable: number;
}

function denseRow(layer: DenseLayer, inputs: number, index: number): SummaryLayer {
	const units = layer.size;
	const weights = inputs * units;
	const biases = layer.biases === null ? 0 : typeof layer.biases === 'number' ? 1 : units;
	const alphas = layer.activation.name === 'prelu' ? units : 0;
	const params = weights + biases + alphas;

	let sum =
		biases === units && units > 0
			? `(${inputs} + 1) * ${units}`
			: biases === 1
				? `${inputs} * ${units} + 1`
				: `${inputs} * ${units}`;
	if (alphas > 0) sum += ` + ${alphas}`;

	const frozen = (layer.trainableWeights ? 0 : weights) + (layer.trainableBiases ? 0 : biases);
	return {
		name: index === 0 ? 'dense' : `dense_${index}`,
		type: 'Dense',
		activation: layer.activation.name,
		outputShape: [null, units],
		params,
		trainable: params - frozen,
		nonTrainable: frozen,
		weights,
		biases,
		alphas,
		formula: `${sum} = ${params}`
	};
}

/** The BatchNormalization row after a layer of `units` neurons: γ, β trainable; moving mean and variance not. */
function batchNormRow(units: number, index: number): SummaryLayer {
	const params = 4 * units;
	return {
		name: index === 0 ? 'batch_normalization' : `batch_normalization_${index}`,
		type: 'BatchNormalization',
		activation: null,
		outputShape: [null, units],
		params,
		trainable: 2 * units,
		nonTrainable: 2 * units,
		weights: 0,
		biases: 0,
		alphas: 0,
		formula: `4 * ${units} = ${params}`
	};
}

export function summarize(net: Network): Summary {
	const rows: SummaryLayer[] = [
		{
			name: 'input',
			type: 'InputLayer',
			activation: null,
			outputShape: [null, net.input.size],
			params: 0,
			trainable: 0,
			nonTrainable: 0,
			weights: 0,
			biases: 0,
			alphas: 0,
			formula: ''
		}
	];
	let inputs = net.input.size;
	let norms = 0;
	net.layers.forEach((layer, k) => {
		rows.push(denseRow(layer, inputs, k));
		if (layer.batchNorm) rows.push(batchNormRow(layer.size, norms++));
		inputs = layer.size;
	});
	const total = rows.reduce((s, r) => s + r.params, 0);
	const trainable = rows.reduce((s, r) => s + r.trainable, 0);
	return { title: net.title, rows, total, trainable, nonTrainable: total - trainable };
}
