// Network → network file: the canonical JSON a person would write, for saving, sharing and
// `train --out`. Weights are always written out (an initialiser is a way to fill them, not part of
// the network); defaults are left out where the reader fills them in (activation parameters,
// trainable flags, prelu slopes equal to α, rrelu slopes equal to the seed's draw, optimizer
// parameters). validateNetwork(networkToJson(net)) deep-equals net for every valid Network.

import { exerciseToJson } from './exercise';
import { drawRreluSlopes } from './init';
import { ACTIVATION_PARAMS, NETWORK_FIELDS, OPTIMIZER_PARAMS, optimizerDefaults, type ActivationParam } from './schema';
import type { Activation, BatchNorm, DenseLayer, Network, Optimizer, Sample } from './types';

type Json = Record<string, unknown>;

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
	return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

function activationToJson(act: Activation): string | Json {
	const defaults = ACTIVATION_PARAMS[act.name];
	const out: Json = { name: act.name };
	for (const key of Object.keys(defaults) as ActivationParam[]) {
		if (act[key] !== undefined && act[key] !== defaults[key]) out[key] = act[key];
	}
	return Object.keys(out).length === 1 ? act.name : out;
}

/** The slopes are written only where the reader would not arrive at them by itself. */
function alphasToJson(layer: DenseLayer, l: number, seed: number): number[] | undefined {
	const { alphas, activation: act, size } = layer;
	if (alphas === null) return undefined;
	const implied =
		act.name === 'prelu'
			? new Array<number>(size).fill(act.alpha as number)
			: drawRreluSlopes(act.lower as number, act.upper as number, size, seed, l);
	return sameNumbers(alphas, implied) ? undefined : alphas.slice();
}

/** `true` for Keras's defaults, else every field that differs from them. */
function batchNormToJson(bn: BatchNorm): Json | true {
	const out: Json = {};
	if (bn.momentum !== 0.99) out.momentum = bn.momentum;
	if (bn.epsilon !== 1e-3) out.epsilon = bn.epsilon;
	const vectors = [['gamma', bn.gamma, 1], ['beta', bn.beta, 0], ['movingMean', bn.movingMean, 0], ['movingVariance', bn.movingVariance, 1]] as const;
	for (const [key, xs, fill] of vectors) if (xs.some((x) => x !== fill)) out[key] = xs.slice();
	return Object.keys(out).length ? out : true;
}

function layerToJson(layer: DenseLayer, l: number, seed: number): Json {
	const out: Json = { size: layer.size, activation: activationToJson(layer.activation) };
	if (layer.names) out.names = layer.names.slice();
	out.weights = layer.weights.map((row) => row.slice());
	if (layer.weightNames) out.weightNames = layer.weightNames.map((row) => row.slice());
	if (layer.biases !== null) out.biases = Array.isArray(layer.biases) ? layer.biases.slice() : layer.biases;
	if (layer.biasNames !== null) out.biasNames = Array.isArray(layer.biasNames) ? layer.biasNames.slice() : layer.biasNames;
	if (!layer.trainableWeights) out.trainableWeights = false;
	if (!layer.trainableBiases) out.trainableBiases = false;
	if (layer.regularizer) out.regularizer = { ...layer.regularizer };
	if (layer.biasRegularizer) out.biasRegularizer = { ...layer.biasRegularizer };
	if (layer.activityRegularizer) out.activityRegularizer = { ...layer.activityRegularizer };
	if (layer.batchNorm) out.batchNorm = batchNormToJson(layer.batchNorm);
	if (layer.dropout) out.dropout = layer.dropout.mask ? { rate: layer.dropout.rate, mask: layer.dropout.mask.map((row) => row.slice()) } : layer.dropout.rate;
	const alphas = alphasToJson(layer, l, seed);
	if (alphas) out.alphas = alphas;
	return out;
}

function sampleToJson(s: Sample): Json {
	return { input: s.input.slice(), target: s.classIndex ?? s.target.slice() };
}

/** `{type, learningRate}` and every parameter the type takes that differs from Keras's default. */
function optimizerToJson(opt: Optimizer): Json {
	const defaults = optimizerDefaults(opt.type);
	const out: Json = { type: opt.type, learningRate: opt.learningRate };
	for (const key of Object.keys(OPTIMIZER_PARAMS[opt.type]) as (keyof Optimizer)[]) {
		if (key !== 'learningRate' && !Object.is(opt[key], defaults[key])) out[key] = opt[key];
	}
	return out;
}

export function networkToJson(net: Network): Json {
	const out: Json = {};
	if (net.titles) out.title = { ...net.titles };
	else if (net.title !== null) out.title = net.title;
	if (net.description) out.description = net.description.en === net.description['zh-TW'] ? net.description.en : { ...net.description };
	const input: Json = { size: net.input.size };
	if (net.input.names) input.names = net.input.names.slice();
	out.layers = [input, ...net.layers.map((layer, k) => layerToJson(layer, k + 1, net.seed))];
	out.loss = net.loss;
	out.samples = net.samples.map(sampleToJson);
	out.optimizer = optimizerToJson(net.optimizer);
	if (net.rounding) out.rounding = { ...net.rounding };
	if (net.style !== NETWORK_FIELDS.style.default) out.style = net.style;
	if (net.sheet) out.sheet = { ...net.sheet };
	if (net.seed !== NETWORK_FIELDS.seed.default) out.seed = net.seed;
	if (net.exercise) out.exercise = exerciseToJson(net.exercise);
	return out;
}

/** The network file as text: two-space indentation, one number row of a matrix per line. */
export function networkToText(net: Network): string {
	const text = JSON.stringify(networkToJson(net), null, 2);
	// Arrays of numbers or short labels on one line: `[0.2, 0.5]` rather than one number per line.
	return text.replace(/\[\s*((?:-?[\d.eE+-]+|"(?:[^"\\\n]|\\.)*")(?:,\s*(?:-?[\d.eE+-]+|"(?:[^"\\\n]|\\.)*"))*)\s*\]/g, (_, body: string) =>
		`[${body.split(/,\s*\n\s*/).join(', ')}]`
	);
}
