import { describe, expect, it } from 'vitest';
import { networkToJson, networkToText } from '../../../src/lib/engine/spec/encode';
import { Rng } from '../../../src/lib/engine/spec/random';
import { ACTIVATIONS, INITIALIZERS, LOSSES, OPTIMIZERS, type Network } from '../../../src/lib/engine/spec/types';
import { parseNetwork, validateNetwork } from '../../../src/lib/engine/spec/validate';
import { COURSE_TEXT, courseFile } from './fixtures';

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[r.int(xs.length)];
const num = (r: Rng) => Math.round(r.uniformIn(-3, 3) * 1000) / 1000;

/** A random valid network file: every key of the schema appears in some of them. */
function randomFile(r: Rng): Record<string, unknown> {
	const depth = 1 + r.int(4);
	const sizes = Array.from({ length: depth + 1 }, () => 1 + r.int(4));
	const loss = pick(r, LOSSES);
	let label = 0;
	const names = (n: number) => Array.from({ length: n }, () => `n_{${++label}}`);
	const layers: Record<string, unknown>[] = [{ size: sizes[0], ...(r.uniform() < 0.5 ? { names: names(sizes[0]) } : {}) }];
	const perceptron = depth === 1 && r.uniform() < 0.3;
	const useInit = r.uniform() < 0.4;
	for (let l = 1; l <= depth; l++) {
		const size = sizes[l];
		const layer: Record<string, unknown> = { size };
		let act: unknown = pick(r, ACTIVATIONS.filter((a) => a !== 'softmax' || l === depth));
		if (perceptron) act = pick(r, ['step', 'sign']);
		if (act === 'custom') act = { name: 'custom', expression: pick(r, ['x / (1 + abs(x))', 'x^2', 'tanh(x) * 2']) };
		else if (act === 'leaky_relu' && r.uniform() < 0.5) act = { name: 'leaky_relu', alpha: 0.2 };
		else if (act === 'rrelu' && r.uniform() < 0.5) act = { name: 'rrelu', lower: 0.1, upper: 0.4 };
		layer.activation = act;
		const drawn = useInit && r.uniform() < 0.7;
		if (drawn) {
			if (r.uniform() < 0.5) layer.init = pick(r, INITIALIZERS);
		} else layer.weights = Array.from({ length: size }, () => Array.from({ length: sizes[l - 1] }, () => num(r)));
		if (!drawn || r.uniform() < 0.3) {
			const kind = r.int(3);
			if (kind === 1) layer.biases = num(r);
			if (kind === 2) layer.biases = Array.from({ length: size }, () => num(r));
			if (kind === 1 && r.uniform() < 0.5) layer.biasNames = `b_{${++label}}`;
			if (kind === 2 && r.uniform() < 0.5) layer.biasNames = names(size);
		}
		if (r.uniform() < 0.5) layer.names = names(size);
		if (r.uniform() < 0.3) layer.weightNames = Array.from({ length: size }, () => names(sizes[l - 1]));
		if (r.uniform() < 0.2) layer.trainableWeights = false;
		if (r.uniform() < 0.2) layer.trainableBiases = false;
		if (r.uniform() < 0.2) layer.regularizer = { l1: 0.01, l2: r.uniform() < 0.5 ? 0 : 0.02 };
		layers.push(layer);
	}
	const outputs = sizes[depth];
	const samples = Array.from({ length: 1 + r.int(3) }, () => {
		const input = Array.from({ length: sizes[0] }, () => num(r));
		if (loss === 'sparse_categorical_crossentropy') return { input, target: r.int(outputs) };
		const crossEntropy = loss === 'binary_crossentropy' || loss === 'categorical_crossentropy';
		return { input, target: Array.from({ length: outputs }, () => (crossEntropy ? r.uniform() : num(r))) };
	});
	const file: Record<string, unknown> = { layers, loss, samples };
	if (useInit) file.init = pick(r, INITIALIZERS);
	if (r.uniform() < 0.5) file.seed = r.int(1000);
	if (r.uniform() < 0.5) file.title = `Network ${r.int(100)}`;
	if (r.uniform() < 0.5) file.rounding = r.uniform() < 0.5 ? { decimals: r.int(11) } : { significant: 1 + r.int(15) };
	const type = perceptron ? 'perceptron' : pick(r, OPTIMIZERS.filter((o) => o !== 'perceptron'));
	const optimizer: Record<string, unknown> = { type };
	if (r.uniform() < 0.7) optimizer.learningRate = 0.05;
	if ((type === 'sgd' || type === 'rmsprop') && r.uniform() < 0.5) optimizer.momentum = 0.9;
	if (type === 'sgd' && r.uniform() < 0.5) optimizer.nesterov = true;
	if (type === 'adamw' && r.uniform() < 0.5) optimizer.weightDecay = 0.01;
	if (type !== 'perceptron' && r.uniform() < 0.3) optimizer[r.uniform() < 0.5 ? 'clipnorm' : 'clipvalue'] = 1;
	if (r.uniform() < 0.8) file.optimizer = optimizer;
	return file;
}

describe('networkToJson', () => {
	it('writes the course example back as the file of docs/network-file.md, less nothing', () => {
		expect(networkToJson(validateNetwork(courseFile()))).toEqual(courseFile());
	});

	it('round-trips the course example through validateNetwork and through text', () => {
		const net = parseNetwork(COURSE_TEXT);
		expect(validateNetwork(networkToJson(net))).toEqual(net);
		expect(parseNetwork(networkToText(net))).toEqual(net);
	});

	it('round-trips 300 seeded random networks', () => {
		const r = new Rng(2026);
		for (let i = 0; i < 300; i++) {
			const file = randomFile(r);
			const net = validateNetwork(file);
			expect(validateNetwork(networkToJson(net)), JSON.stringify(file)).toEqual(net);
			expect(parseNetwork(networkToText(net))).toEqual(net);
		}
	});

	it('keeps trained prelu slopes and hand-set rrelu slopes, and leaves out the ones the reader would arrive at', () => {
		const file = {
			layers: [{ size: 2 }, { size: 2, activation: 'prelu', weights: [[1, 2], [3, 4]] }, { size: 2, activation: 'rrelu', weights: [[1, 2], [3, 4]] }],
			loss: 'mse',
			samples: [{ input: [1, 1], target: [0, 0] }],
			seed: 3
		};
		const net: Network = validateNetwork(file);
		const plain = networkToJson(net) as { layers: Record<string, unknown>[] };
		expect(plain.layers[1].alphas).toBeUndefined();
		expect(plain.layers[2].alphas).toBeUndefined();
		net.layers[0].alphas = [0.3, 0.21];
		net.layers[1].alphas = [0.2, 0.3];
		const trained = networkToJson(net) as { layers: Record<string, unknown>[] };
		expect(trained.layers[1].alphas).toEqual([0.3, 0.21]);
		expect(trained.layers[2].alphas).toEqual([0.2, 0.3]);
		expect(validateNetwork(trained)).toEqual(net);
	});

	it('writes a sparse target as its class index and parameters only where they differ from the defaults', () => {
		const net = validateNetwork({
			layers: [{ size: 1 }, { size: 3, activation: { name: 'softmax' }, weights: [[1], [2], [3]], trainableWeights: true }],
			loss: 'sparse_categorical_crossentropy',
			samples: [{ input: [1], target: 1 }],
			optimizer: { type: 'adam', beta1: 0.9, beta2: 0.99 },
			seed: 1
		});
		expect(networkToJson(net)).toEqual({
			layers: [{ size: 1 }, { size: 3, activation: 'softmax', weights: [[1], [2], [3]] }],
			loss: 'sparse_categorical_crossentropy',
			samples: [{ input: [1], target: 1 }],
			optimizer: { type: 'adam', learningRate: 0.001, beta2: 0.99 }
		});
	});

	it('writes number rows on one line each', () => {
		const text = networkToText(parseNetwork(COURSE_TEXT));
		expect(text).toContain('[0.2, 0.5]');
		expect(text).toContain('["w_1", "w_3"]');
		expect(text).toContain('"target": [0.23, -0.07]');
	});
});
