import { describe, expect, it } from 'vitest';
import { drawLayerWeights } from '../../../src/lib/engine/spec/init';
import type { Network } from '../../../src/lib/engine/spec/types';
import { parseNetwork, validateNetwork } from '../../../src/lib/engine/spec/validate';
import { COURSE_TEXT, courseFile } from './fixtures';

const SGD_05 = {
	type: 'sgd',
	learningRate: 0.5,
	momentum: 0,
	nesterov: false,
	rho: 0.9,
	epsilon: 1e-7,
	beta1: 0.9,
	beta2: 0.999,
	initialAccumulatorValue: 0.1,
	centered: false,
	weightDecay: 0,
	learningRatePower: -0.5,
	l1RegularizationStrength: 0,
	l2RegularizationStrength: 0,
	l2ShrinkageRegularizationStrength: 0,
	beta: 0,
	beta2Decay: -0.8,
	epsilon1: 1e-30,
	epsilon2: 1e-3,
	clipThreshold: 1,
	relativeStep: true,
	clipnorm: null,
	clipvalue: null
} as const;

const COURSE_NETWORK: Network = {
	title: 'Course example: 2-2-2 sigmoid network',
	input: { size: 2, names: ['x_1', 'x_2'] },
	layers: [
		{
			size: 2,
			activation: { name: 'sigmoid' },
			weights: [
				[0.2, 0.5],
				[-0.4, 0.6]
			],
			biases: null,
			names: ['H_1', 'H_2'],
			weightNames: [
				['w_1', 'w_3'],
				['w_2', 'w_4']
			],
			biasNames: null,
			trainableWeights: true,
			trainableBiases: true,
			regularizer: null,
			biasRegularizer: null,
			activityRegularizer: null,
			dropout: null,
			batchNorm: null,
			alphas: null
		},
		{
			size: 2,
			activation: { name: 'sigmoid' },
			weights: [
				[0.1, -0.3],
				[-0.5, 0.8]
			],
			biases: null,
			names: ['O_1', 'O_2'],
			weightNames: [
				['w_5', 'w_7'],
				['w_6', 'w_8']
			],
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
	],
	loss: 'half_sse',
	samples: [{ input: [0.5, 0.3], target: [0.23, -0.07], classIndex: null }],
	optimizer: { ...SGD_05 },
	rounding: { decimals: 2 },
	style: 'textbook',
	seed: 1
};

/** A one-layer network around `layer` (2 inputs), with `extra` top-level keys. */
function single(layer: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	return validateNetwork({
		layers: [{ size: 2 }, { size: 2, activation: 'linear', weights: [[1, 2], [3, 4]], ...layer }],
		loss: 'mse',
		samples: [{ input: [1, 1], target: [0, 0] }],
		...extra
	});
}

describe('validateNetwork', () => {
	it('reads the course example of docs/network-file.md into the expected Network', () => {
		expect(validateNetwork(courseFile())).toEqual(COURSE_NETWORK);
	});

	it('parseNetwork reads the same example from text, with or without a byte-order mark', () => {
		expect(parseNetwork(COURSE_TEXT)).toEqual(COURSE_NETWORK);
		expect(parseNetwork('\uFEFF' + COURSE_TEXT)).toEqual(COURSE_NETWORK);
	});

	it('fills a missing optimizer with sgd at learning rate 0.1, and a missing seed with 1', () => {
		const file = courseFile();
		delete file.optimizer;
		const net = validateNetwork(file);
		expect(net.optimizer).toEqual({ ...SGD_05, learningRate: 0.1 });
		expect(net.seed).toBe(1);
		expect(net.rounding).toEqual({ decimals: 2 });
	});

	it('reads a layer without biases as having none, a number as one shared bias, an array as one each', () => {
		expect(single({}).layers[0].biases).toBeNull();
		expect(single({ biases: 0.5 }).layers[0].biases).toBe(0.5);
		expect(single({ biases: [0.5, -1] }).layers[0].biases).toEqual([0.5, -1]);
		expect(single({ biases: null }).layers[0].biases).toBeNull();
	});

	it('keeps bias labels for shared and per-neuron biases', () => {
		expect(single({ biases: 0.5, biasNames: 'b' }).layers[0].biasNames).toBe('b');
		expect(single({ biases: [1, 2], biasNames: ['b_1', 'b_2'] }).layers[0].biasNames).toEqual(['b_1', 'b_2']);
	});

	it('fills the default parameters of each activation', () => {
		const act = (a: unknown) => single({ activation: a }).layers[0].activation;
		expect(act('leaky_relu')).toEqual({ name: 'leaky_relu', alpha: 0.01 });
		expect(act('elu')).toEqual({ name: 'elu', alpha: 1 });
		expect(act('prelu')).toEqual({ name: 'prelu', alpha: 0.25 });
		expect(act('rrelu')).toEqual({ name: 'rrelu', lower: 1 / 8, upper: 1 / 3 });
		expect(act({ name: 'leaky_relu', alpha: 0.2 })).toEqual({ name: 'leaky_relu', alpha: 0.2 });
		expect(act({ name: 'rrelu', upper: 0.5 })).toEqual({ name: 'rrelu', lower: 1 / 8, upper: 0.5 });
		expect(act({ name: 'tanh' })).toEqual({ name: 'tanh' });
		expect(act({ name: 'custom', expression: 'x / (1 + abs(x))' })).toEqual({ name: 'custom', expression: 'x / (1 + abs(x))' });
	});

	it('gives prelu a slope per neuron equal to its alpha', () => {
		expect(single({ activation: { name: 'prelu', alpha: 0.3 } }).layers[0].alphas).toEqual([0.3, 0.3]);
		expect(single({ activation: 'prelu', alphas: [0.1, 0.2] }).layers[0].alphas).toEqual([0.1, 0.2]);
	});

	it('draws rrelu slopes in [lower, upper) from the seed, the same for the same seed', () => {
		const a = single({ activation: 'rrelu' }, { seed: 5 }).layers[0].alphas!;
		const b = single({ activation: 'rrelu' }, { seed: 5 }).layers[0].alphas!;
		const c = single({ activation: 'rrelu' }, { seed: 6 }).layers[0].alphas!;
		expect(a).toEqual(b);
		expect(a).not.toEqual(c);
		for (const x of [...a, ...c]) expect(x >= 1 / 8 && x < 1 / 3).toBe(true);
		expect(single({ activation: 'rrelu', alphas: [0.2, 0.3] }).layers[0].alphas).toEqual([0.2, 0.3]);
	});

	it('leaves alphas null for activations without a slope per neuron', () => {
		expect(single({ activation: 'leaky_relu' }).layers[0].alphas).toBeNull();
	});

	it('draws omitted weights with the top-level init and seed, and gives those layers zero biases', () => {
		const net = validateNetwork({
			layers: [{ size: 3 }, { size: 4, activation: 'relu' }, { size: 2, activation: 'linear', weights: [[1, 2, 3, 4], [5, 6, 7, 8]] }],
			init: 'he_uniform',
			seed: 42,
			loss: 'mse',
			samples: [{ input: [1, 2, 3], target: [0, 1] }]
		});
		expect(net.layers[0].weights).toEqual(drawLayerWeights('he_uniform', 3, 4, 42, 1));
		expect(net.layers[0].biases).toEqual([0, 0, 0, 0]);
		expect(net.layers[1].biases).toBeNull();
	});

	it("lets a layer's own init override the top-level one, and uses it without a top-level init", () => {
		const file = {
			layers: [{ size: 3 }, { size: 4, activation: 'relu', init: 'glorot_normal' }, { size: 2, activation: 'linear', init: 'zeros', biases: [1, 2] }],
			init: 'he_uniform',
			loss: 'mse',
			samples: [{ input: [1, 2, 3], target: [0, 1] }]
		};
		const net = validateNetwork(file);
		expect(net.layers[0].weights).toEqual(drawLayerWeights('glorot_normal', 3, 4, 1, 1));
		expect(net.layers[1].weights).toEqual([[0, 0, 0, 0], [0, 0, 0, 0]]);
		expect(net.layers[1].biases).toEqual([1, 2]);
		const { init: _, ...withoutTop } = file;
		expect(validateNetwork(withoutTop).layers[0].weights).toEqual(net.layers[0].weights);
	});

	it('expands a sparse class index to a one-hot target and keeps the index', () => {
		const net = validateNetwork({
			layers: [{ size: 2 }, { size: 3, activation: 'softmax', weights: [[1, 0], [0, 1], [1, 1]] }],
			loss: 'sparse_categorical_crossentropy',
			samples: [{ input: [1, 2], target: 2 }, { input: [0, 0], target: 0 }]
		});
		expect(net.samples).toEqual([
			{ input: [1, 2], target: [0, 0, 1], classIndex: 2 },
			{ input: [0, 0], target: [1, 0, 0], classIndex: 0 }
		]);
	});

	it('accepts hinge targets as given, without turning 0/1 into −1/1', () => {
		const net = validateNetwork({
			layers: [{ size: 1 }, { size: 1, activation: 'tanh', weights: [[1]] }],
			loss: 'hinge',
			samples: [{ input: [1], target: [0] }, { input: [1], target: [-1] }, { input: [1], target: [0.5] }]
		});
		expect(net.samples.map((s) => s.target[0])).toEqual([0, -1, 0.5]);
	});

	it('reads trainable flags, a regularizer with a default of 0 for the missing strength, and both roundings', () => {
		const net = single({ trainableWeights: false, trainableBiases: false, regularizer: { l2: 0.01 } }, { rounding: { significant: 3 } });
		expect(net.layers[0].trainableWeights).toBe(false);
		expect(net.layers[0].trainableBiases).toBe(false);
		expect(net.layers[0].regularizer).toEqual({ l1: 0, l2: 0.01 });
		expect(net.rounding).toEqual({ significant: 3 });
		expect(single({}, { rounding: null }).rounding).toBeNull();
	});

	it('accepts the perceptron optimizer on one layer of sign neurons, with learning rate 1 by default', () => {
		const net = validateNetwork({
			layers: [{ size: 2 }, { size: 1, activation: 'sign', weights: [[0.61, -0.96]], biases: [0.02] }],
			loss: 'mse',
			samples: [{ input: [3, 3], target: [1] }],
			optimizer: 'perceptron'
		});
		expect(net.optimizer.type).toBe('perceptron');
		expect(net.optimizer.learningRate).toBe(1);
	});

	it('accepts labels in Greek, CJK, with TeX commands, scripts and primes', () => {
		const net = single({ names: ['\\theta_{1}', '隱藏_2'], weightNames: [["w'_1", '\\hat{w}^{(2)}'], ['α_3', 'w_{4,1}']] });
		expect(net.layers[0].names).toEqual(['\\theta_{1}', '隱藏_2']);
	});

	it('with engine "fast" accepts sizes and sample counts past the exact limits, and no samples', () => {
		const file = {
			layers: [{ size: 784 }, { size: 300, activation: 'relu' }, { size: 10, activation: 'softmax' }],
			init: 'glorot_uniform',
			loss: 'sparse_categorical_crossentropy'
		};
		const net = validateNetwork(file, { engine: 'fast' });
		expect(net.layers[0].weights.length).toBe(300);
		expect(net.layers[0].weights[0].length).toBe(784);
		expect(net.samples).toEqual([]);
		expect(() => validateNetwork(file)).toThrow('layers[0].size: 784 inputs, more than the 64 the exact engine accepts (the fast path has no such limit)');
	});

	it('accepts the limits themselves: 12 layers of 64 neurons and 256 samples', () => {
		const layers: unknown[] = [{ size: 64 }];
		for (let l = 1; l < 12; l++) layers.push({ size: 64, activation: 'tanh' });
		const sample = { input: new Array(64).fill(0.5), target: new Array(64).fill(0) };
		const net = validateNetwork({ layers, init: 'glorot_uniform', loss: 'mse', samples: new Array(256).fill(sample) });
		expect(net.layers.length).toBe(11);
		expect(net.samples.length).toBe(256);
	});

	it('does not let keys such as __proto__ or constructor through', () => {
		expect(() => validateNetwork(JSON.parse('{"__proto__": {"x": 1}, "layers": []}'))).toThrow('__proto__: unknown key (allowed: title, description, layers, loss, samples, optimizer, rounding, init, style, sheet, seed, exercise, $schema)');
		const file = courseFile();
		file.layers[1].constructor = 1;
		expect(() => validateNetwork(file)).toThrow('layers[1].constructor: unknown key (allowed: size, activation, weights, biases, names, weightNames, biasNames, trainableWeights, trainableBiases, regularizer, biasRegularizer, activityRegularizer, batchNorm, dropout, init, alphas)');
	});

	it('reads null as an absent optional key, except that null biases mean no bias even where weights are drawn', () => {
		const file = courseFile();
		Object.assign(file, { title: null, seed: null, init: null, optimizer: null, rounding: null });
		Object.assign(file.layers[0], { names: null });
		Object.assign(file.layers[1], { names: null, weightNames: null, biasNames: null, regularizer: null, trainableWeights: null, alphas: null, init: null });
		file.layers[2].activation = { name: 'elu', alpha: null };
		const net = validateNetwork(file);
		expect(net.title).toBeNull();
		expect(net.seed).toBe(1);
		expect(net.optimizer.learningRate).toBe(0.1);
		expect(net.rounding).toBeNull();
		expect(net.input.names).toBeNull();
		expect(net.layers[0]).toMatchObject({ names: null, weightNames: null, biasNames: null, regularizer: null, trainableWeights: true, alphas: null });
		expect(net.layers[1].activation).toEqual({ name: 'elu', alpha: 1 });
		const drawn = single({ weights: null, init: 'zeros', biases: null });
		expect(drawn.layers[0].weights).toEqual([[0, 0], [0, 0]]);
		expect(drawn.layers[0].biases).toBeNull();
	});

	it('does not share arrays with the input object', () => {
		const file = courseFile();
		const net = validateNetwork(file);
		file.layers[1].weights[0][0] = 99;
		file.samples[0].input[0] = 99;
		expect(net.layers[0].weights[0][0]).toBe(0.2);
		expect(net.samples[0].input[0]).toBe(0.5);
	});
});

describe('sizes past what Backstep holds (#19)', () => {
	const file = (sizes: number[]) => ({
		layers: sizes.map((size, l) => (l === 0 ? { size } : { size, activation: 'relu' })),
		loss: 'mse',
		init: 'glorot_uniform',
		samples: [{ input: Array(sizes[0]).fill(0), target: Array(sizes[sizes.length - 1]).fill(0) }]
	});

	it('refuses a layer of 10^300 neurons at once, before drawing anything', () => {
		expect(() => validateNetwork(file([2, 1e300, 1]), { engine: 'fast' })).toThrow('layers[1].size: 1e+300 neurons, more than the 100,000 a layer may have');
	});

	it('refuses two 100,000-wide layers (10^10 weights) before drawing them', () => {
		const t = Date.now();
		expect(() => validateNetwork(file([2, 100_000, 100_000, 1]), { engine: 'fast' })).toThrow(
			'layers[2].size: the network would have over 50,000,000 parameters, the most Backstep holds'
		);
		expect(Date.now() - t).toBeLessThan(1000);
	});

	it('still holds the course’s largest model', () => {
		expect(validateNetwork(file([784, 300, 200, 100, 10]), { engine: 'fast' }).layers.map((l) => l.size)).toEqual([300, 200, 100, 10]);
	});
});
