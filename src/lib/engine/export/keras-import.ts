// A Keras model's Dense layers, as printed by the Python snippet of docs/keras-bridge.md, turned
// into a network file: {"input": n, "layers": [{"class": "Dense", "units", "activation",
// "kernel_T", "bias"}], "loss"?, "samples"?}. kernel_T is Keras's kernel transposed, i.e. the
// file's weights[j][i]. The result is validated as any file is; anything else is an InputError
// saying where and what.

import { InputError } from '../spec/errors';
import { describe, quote } from '../spec/path';
import { validateNetwork } from '../spec/validate';

/** Keras activation names and the engine's; Keras 3's leaky_relu defaults to a slope of 0.2. */
const ACTIVATIONS: Readonly<Record<string, unknown>> = {
	linear: 'linear',
	sigmoid: 'sigmoid',
	tanh: 'tanh',
	relu: 'relu',
	softmax: 'softmax',
	softplus: 'softplus',
	swish: 'swish',
	silu: 'swish',
	elu: 'elu',
	leaky_relu: { name: 'leaky_relu', alpha: 0.2 }
};

const MAX_INPUTS = 100_000;
const SKIPPED = new Set(['InputLayer']);

function fail(path: string, reason: string): never {
	throw new InputError(path, reason);
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function denseLayer(v: unknown, path: string): Record<string, unknown> {
	if (!isRecord(v)) fail(path, 'expected a layer {"class": "Dense", "units", "activation", "kernel_T", "bias"}');
	const cls = v.class;
	if (cls !== 'Dense') {
		fail(`${path}.class`, `${typeof cls === 'string' ? quote(cls) : 'a layer without a class'} is not supported: only Dense layers (with their activation) can be imported`);
	}
	const act = v.activation ?? 'linear';
	if (typeof act !== 'string' || !Object.hasOwn(ACTIVATIONS, act)) {
		fail(`${path}.activation`, `${typeof act === 'string' ? quote(act) : describe(act)} is not supported; supported: ${Object.keys(ACTIVATIONS).join(', ')}`);
	}
	if (!Array.isArray(v.kernel_T)) fail(`${path}.kernel_T`, 'expected the kernel transposed, one row per neuron (kernel.T.tolist())');
	const layer: Record<string, unknown> = { size: v.units, activation: ACTIVATIONS[act], weights: v.kernel_T };
	if (v.bias !== undefined && v.bias !== null) layer.biases = v.bias;
	return layer;
}

/** The network file for a Keras model's JSON; throws InputError for what it cannot read. */
export function kerasToNetworkFile(json: unknown): Record<string, unknown> {
	if (!isRecord(json)) fail('', 'expected the JSON the Keras snippet prints: {"input": n, "layers": [...]}');
	if (!Array.isArray(json.layers)) fail('layers', 'expected a list of layers');
	const input = json.input;
	if (typeof input !== 'number' || !Number.isInteger(input) || input < 1 || input > MAX_INPUTS) fail('input', `expected the number of inputs, a whole number from 1 to ${MAX_INPUTS}`);
	const layers = json.layers.flatMap((v, i) => (isRecord(v) && typeof v.class === 'string' && SKIPPED.has(v.class) ? [] : [denseLayer(v, `layers[${i}]`)]));
	if (layers.length === 0) fail('layers', 'no Dense layer');
	const outputs = layers[layers.length - 1].size;
	const samples = json.samples ?? [{ input: new Array(input).fill(0), target: new Array(typeof outputs === 'number' && Number.isInteger(outputs) && outputs > 0 && outputs <= MAX_INPUTS ? outputs : 1).fill(0) }];
	const file: Record<string, unknown> = {
		title: typeof json.title === 'string' ? json.title.slice(0, 200) : 'Imported from Keras',
		layers: [{ size: input }, ...layers],
		loss: json.loss ?? 'mse',
		samples
	};
	try {
		validateNetwork(file);
	} catch (e) {
		if (e instanceof InputError) fail(`network file made from it, ${e.path || 'whole file'}`, e.reason);
		throw e;
	}
	return file;
}
