// Seeded random networks in the validated form, covering every activation, loss and optimizer, for
// the property tests that hold the fast path against the exact engine.

import { Rng } from '../../src/lib/engine/spec/random';
import type { Activation, ActivationName, DenseLayer, LossName, Network, Optimizer, OptimizerName, Sample } from '../../src/lib/engine/spec/types';
import { optimizerWithDefaults } from '../../src/lib/fast/optimizer-defaults';

export const HIDDEN_ACTIVATIONS: ActivationName[] = [
	'linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'prelu', 'elu', 'softplus', 'swish', 'rrelu', 'custom', 'step', 'sign'
];
export const CUSTOM_EXPRESSIONS = ['x / (1 + abs(x))', 'x^3 / 3 - x', 'tanh(x) + 0.1 * x', 'log(1 + exp(x)) - 0.5'];

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)];

export function randomActivation(rng: Rng, name: ActivationName): Activation {
	switch (name) {
		case 'leaky_relu':
			return { name, alpha: rng.uniformIn(0.01, 0.3) };
		case 'elu':
			return { name, alpha: rng.uniformIn(0.5, 1.5) };
		case 'prelu':
			return { name, alpha: 0.25 };
		case 'rrelu':
			return { name, lower: 1 / 8, upper: 1 / 3 };
		case 'custom':
			return { name, expression: pick(rng, CUSTOM_EXPRESSIONS) };
		default:
			return { name };
	}
}

export interface RandomNetworkOptions {
	activation?: ActivationName;
	output?: ActivationName;
	loss?: LossName;
	optimizer?: OptimizerName;
	/** Sample count (default 1–4). */
	samples?: number;
	/** Add dropout, bias and activity penalties (#17), drawn from a stream of their own. */
	extras?: boolean;
	/** Batch-normalise most hidden layers (#17; not prelu ones), with drawn γ, β and moving statistics. */
	batchNorm?: boolean;
}

function randomOptimizer(rng: Rng, type: OptimizerName): Optimizer {
	const opt = optimizerWithDefaults({ type, learningRate: rng.uniformIn(0.01, 0.5) });
	if (type === 'sgd' || type === 'rmsprop') opt.momentum = rng.uniform() < 0.5 ? 0 : rng.uniformIn(0.1, 0.9);
	if (type === 'sgd') opt.nesterov = rng.uniform() < 0.5;
	if (type === 'rmsprop') opt.centered = rng.uniform() < 0.5;
	if (type === 'rmsprop' || type === 'adadelta') opt.rho = rng.uniformIn(0.8, 0.99);
	if (type === 'adam' || type === 'adamw' || type === 'adamax' || type === 'nadam') {
		opt.beta1 = rng.uniformIn(0.8, 0.95);
		opt.beta2 = rng.uniformIn(0.9, 0.9999);
	}
	if (type === 'adamw') opt.weightDecay = rng.uniformIn(0.001, 0.1);
	if (type === 'adagrad') opt.initialAccumulatorValue = rng.uniformIn(0.01, 0.5);
	if (type !== 'perceptron') {
		const clip = rng.uniform();
		if (clip < 0.15) opt.clipnorm = rng.uniformIn(0.01, 1);
		else if (clip < 0.3) opt.clipvalue = rng.uniformIn(0.01, 0.2);
	}
	return opt;
}

function randomTarget(rng: Rng, loss: LossName, size: number): Sample['target'] {
	switch (loss) {
		case 'categorical_crossentropy':
		case 'sparse_categorical_crossentropy': {
			const t = new Array<number>(size).fill(0);
			t[rng.int(size)] = 1;
			return t;
		}
		case 'binary_crossentropy':
			return Array.from({ length: size }, () => (rng.uniform() < 0.5 ? rng.int(2) : rng.uniform()));
		case 'hinge':
			return Array.from({ length: size }, () => (rng.uniform() < 0.5 ? -1 : 1));
		default:
			return Array.from({ length: size }, () => rng.uniformIn(-1, 1));
	}
}

export function randomNetwork(seed: number, o: RandomNetworkOptions = {}): Network {
	const rng = new Rng(seed, 77);
	const loss = o.loss ?? pick(rng, ['half_sse', 'sse', 'mse', 'mae', 'binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'hinge'] as const);
	const optimizerType = o.optimizer ?? pick(rng, ['sgd', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam'] as const);
	const perceptron = optimizerType === 'perceptron';
	const depth = perceptron ? 1 : 1 + rng.int(3);
	const crossEntropy = loss === 'categorical_crossentropy' || loss === 'sparse_categorical_crossentropy';
	const sizes = [1 + rng.int(4), ...Array.from({ length: depth }, (_, k) => (k === depth - 1 && crossEntropy ? 2 + rng.int(3) : 1 + rng.int(4)))];
	const outputName =
		o.output ??
		(perceptron ? pick(rng, ['step', 'sign'] as const) : crossEntropy ? pick(rng, ['softmax', 'softmax', 'sigmoid'] as const) : loss === 'binary_crossentropy' ? 'sigmoid' : pick(rng, [...HIDDEN_ACTIVATIONS, 'softmax']));
	const layers: DenseLayer[] = [];
	for (let k = 0; k < depth; k++) {
		const size = sizes[k + 1];
		const name = k === depth - 1 ? outputName : (o.activation ?? pick(rng, HIDDEN_ACTIVATIONS));
		const activation = randomActivation(rng, name);
		// A shared bias under softmax has gradient Σ_j δ_j = 0 exactly (softmax is shift-invariant): only rounding
		// noise is left, which Adam-like rules normalise into a full step. Keep such a layer's biases per neuron.
		const degenerate = k === depth - 1 && name === 'softmax';
		const biasKind = degenerate ? rng.uniform() * 0.6 : rng.uniform();
		const alphas =
			name === 'prelu'
				? Array.from({ length: size }, () => rng.uniformIn(0.05, 0.4))
				: name === 'rrelu'
					? Array.from({ length: size }, () => rng.uniformIn(1 / 8, 1 / 3))
					: null;
		layers.push({
			size,
			activation,
			weights: Array.from({ length: size }, () => Array.from({ length: sizes[k] }, () => rng.uniformIn(-1, 1))),
			biases: biasKind < 0.6 ? Array.from({ length: size }, () => rng.uniformIn(-0.5, 0.5)) : biasKind < 0.8 ? rng.uniformIn(-0.5, 0.5) : null,
			names: null,
			weightNames: null,
			biasNames: null,
			trainableWeights: rng.uniform() < 0.9,
			trainableBiases: rng.uniform() < 0.8,
			regularizer: !perceptron && rng.uniform() < 0.3 ? { l1: rng.uniform() < 0.5 ? rng.uniformIn(0, 0.05) : 0, l2: rng.uniformIn(0, 0.05) } : null,
			biasRegularizer: null,
			activityRegularizer: null,
			dropout: null,
			batchNorm: null,
			alphas
		});
	}
	const count = o.samples ?? 1 + rng.int(4);
	if (o.extras && !perceptron) addExtras(layers, count, new Rng(seed, 78));
	if (o.batchNorm && !perceptron) addBatchNorm(layers, new Rng(seed, 79));
	const out = sizes[depth];
	const samples: Sample[] = Array.from({ length: count }, () => {
		const target = randomTarget(rng, loss, out);
		return {
			input: Array.from({ length: sizes[0] }, () => rng.uniformIn(-2, 2)),
			target,
			classIndex: loss === 'sparse_categorical_crossentropy' ? target.indexOf(1) : null
		};
	});
	return {
		title: null,
		input: { size: sizes[0], names: null },
		layers,
		loss,
		samples,
		optimizer: randomOptimizer(rng, optimizerType),
		rounding: null,
		style: 'textbook',
		seed
	};
}

/** Bias penalties anywhere, and on hidden layers an activity penalty or dropout (a mask per sample or one for all). */
function addExtras(layers: DenseLayer[], samples: number, rng: Rng): void {
	const reg = () => ({ l1: rng.uniform() < 0.5 ? rng.uniformIn(0, 0.05) : 0, l2: rng.uniformIn(0, 0.05) });
	layers.forEach((layer, k) => {
		if (layer.biases !== null && rng.uniform() < 0.5) layer.biasRegularizer = reg();
		if (k === layers.length - 1) return;
		const u = rng.uniform();
		if (u < 0.35) layer.activityRegularizer = reg();
		else if (u < 0.85) {
			const rate = pick(rng, [0.2, 0.5, 0.75]);
			const rows = rng.uniform() < 0.3 ? 1 : samples;
			const mask = Array.from({ length: rows }, () => Array.from({ length: layer.size }, () => (rng.uniform() < 1 - rate ? 1 : 0)));
			layer.dropout = { rate, mask: rng.uniform() < 0.3 ? null : mask };
		}
	});
}

function addBatchNorm(layers: DenseLayer[], rng: Rng): void {
	layers.slice(0, -1).forEach((layer) => {
		if (layer.activation.name === 'prelu' || layer.dropout || rng.uniform() < 0.15) return;
		// A bias before batch normalisation has gradient 0 up to rounding, which Adam-like rules turn into
		// a full step of either sign: such a layer has none (Keras's use_bias=False).
		layer.biases = null;
		layer.biasRegularizer = null;
		const n = layer.size;
		const draw = (lo: number, hi: number) => Array.from({ length: n }, () => rng.uniformIn(lo, hi));
		layer.batchNorm = {
			momentum: rng.uniformIn(0.5, 0.99),
			epsilon: rng.uniformIn(1e-3, 0.1),
			gamma: draw(0.5, 1.5),
			beta: draw(-0.5, 0.5),
			movingMean: draw(-1, 1),
			movingVariance: draw(0.5, 2)
		};
	});
}
