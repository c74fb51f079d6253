// An independent plain-JS reference for networks with batch normalisation, written from docs/maths.md
// (nothing from src/lib/fast): the forward pass over all the samples at once, layer by layer,
//   z = W a + b;  with batchNorm (training): μ, σ² (biased) over the samples, ẑ = (z − μ)/√(σ² + ε),
//   z̃ = γ ẑ + β (test time: the moving mean and variance for μ and σ²);  a = f(z̃)
// and the loss E = (1/N) Σ_k E_k + the kernel and bias penalties. Plus seeded random networks with it.

import { compileCustom } from '../../src/lib/engine/ops/activations/custom-compiler';
import { Rng } from '../../src/lib/engine/spec/random';
import type { Activation, ActivationName, DenseLayer, LossName, Network } from '../../src/lib/engine/spec/types';
// Only to fill in the optimizer's defaults; the reference's maths uses nothing from the fast path.
import { optimizerWithDefaults } from '../../src/lib/fast/optimizer-defaults';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** f applied to one layer's net inputs of one sample (softmax reads the whole row). */
function activate(act: Activation, z: number[], alphas: number[] | null, training: boolean): number[] {
	const a = act.alpha;
	switch (act.name) {
		case 'softmax': {
			const m = Math.max(...z);
			const e = z.map((x) => Math.exp(x - m));
			const s = e.reduce((p, q) => p + q, 0);
			return e.map((x) => x / s);
		}
		case 'custom': {
			const fn = compileCustom(act.expression ?? '');
			return z.map((x) => fn.f(x));
		}
		default:
			return z.map((x, j) => {
				switch (act.name) {
					case 'linear': return x;
					case 'sigmoid': return sigmoid(x);
					case 'tanh': return Math.tanh(x);
					case 'relu': return Math.max(0, x);
					case 'leaky_relu': return x >= 0 ? x : (a ?? 0.01) * x;
					case 'prelu': return x >= 0 ? x : alphas![j] * x;
					case 'rrelu': return x >= 0 ? x : (training ? alphas![j] : ((act.lower ?? 1 / 8) + (act.upper ?? 1 / 3)) / 2) * x;
					case 'elu': return x > 0 ? x : (a ?? 1) * (Math.exp(x) - 1);
					case 'softplus': return Math.log(1 + Math.exp(x));
					case 'swish': return x * sigmoid(x);
					case 'step': return x >= 0 ? 1 : 0;
					case 'sign': return Math.sign(x);
					default: throw new Error(`no reference for ${act.name}`);
				}
			});
	}
}

/** One sample's loss E_k (Keras's clipping of probabilities to [1e-7, 1 − 1e-7]). */
function sampleLoss(loss: LossName, a: number[], y: number[]): number {
	const clip = (p: number) => Math.min(Math.max(p, 1e-7), 1 - 1e-7);
	const n = a.length;
	const sum = (f: (aj: number, yj: number) => number) => a.reduce((s, aj, j) => s + f(aj, y[j]), 0);
	switch (loss) {
		case 'half_sse': return sum((p, t) => (t - p) ** 2) / 2;
		case 'sse': return sum((p, t) => (t - p) ** 2);
		case 'mse': return sum((p, t) => (t - p) ** 2) / n;
		case 'binary_crossentropy': return -sum((p, t) => t * Math.log(clip(p)) + (1 - t) * Math.log(1 - clip(p))) / n;
		case 'categorical_crossentropy': return -sum((p, t) => (t ? t * Math.log(clip(p)) : 0));
		default: throw new Error(`no reference for ${loss}`);
	}
}

export interface ReferenceForward {
	/** Each layer's outputs, [layer][sample][neuron]. */
	outputs: number[][][];
	/** Each batch-normalised layer's batch mean and variance (training), [layer][neuron]. */
	mean: (number[] | null)[];
	variance: (number[] | null)[];
}

/** The forward pass over every sample of the file, training (batch statistics) or at test time. */
export function referenceForward(net: Network, training: boolean, inputs = net.samples.map((s) => s.input)): ReferenceForward {
	let a = inputs;
	const out: ReferenceForward = { outputs: [], mean: [], variance: [] };
	for (const layer of net.layers) {
		const bias = (j: number) => (layer.biases === null ? 0 : typeof layer.biases === 'number' ? layer.biases : layer.biases[j]);
		let z = a.map((x) => layer.weights.map((w, j) => w.reduce((s, wi, i) => s + wi * x[i], 0) + bias(j)));
		const bn = layer.batchNorm;
		let mean: number[] | null = null;
		let variance: number[] | null = null;
		if (bn) {
			const N = z.length;
			const mu = layer.weights.map((_, j) => z.reduce((s, row) => s + row[j], 0) / N);
			const v = layer.weights.map((_, j) => z.reduce((s, row) => s + (row[j] - mu[j]) ** 2, 0) / N);
			[mean, variance] = [mu, v];
			const [m, s2] = training ? [mu, v] : [bn.movingMean, bn.movingVariance];
			z = z.map((row) => row.map((x, j) => (bn.gamma[j] * (x - m[j])) / Math.sqrt(s2[j] + bn.epsilon) + bn.beta[j]));
		}
		a = z.map((row) => activate(layer.activation, row, layer.alphas, training));
		out.outputs.push(a);
		out.mean.push(mean);
		out.variance.push(variance);
	}
	return out;
}

/** E: the mean of the samples' losses plus the kernel and bias penalties, while training. */
export function referenceLoss(net: Network): number {
	const { outputs } = referenceForward(net, true);
	const last = outputs[outputs.length - 1];
	let E = last.reduce((s, a, k) => s + sampleLoss(net.loss, a, net.samples[k].target), 0) / last.length;
	const penalty = (xs: number[], r: { l1: number; l2: number } | null) => (r ? xs.reduce((s, x) => s + r.l1 * Math.abs(x) + r.l2 * x * x, 0) : 0);
	for (const l of net.layers) {
		E += penalty(l.weights.flat(), l.regularizer);
		E += penalty(l.biases === null ? [] : typeof l.biases === 'number' ? [l.biases] : l.biases, l.biasRegularizer);
	}
	return E;
}

/** Every activation but prelu (whose slope the network file does not combine with batch normalisation). */
export const BN_ACTIVATIONS: ActivationName[] = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus', 'swish', 'rrelu', 'custom', 'step', 'sign'];
const OUTPUTS: Partial<Record<LossName, ActivationName[]>> = {
	half_sse: ['linear', 'tanh', 'sigmoid'],
	sse: ['linear', 'tanh'],
	mse: ['linear', 'sigmoid'],
	binary_crossentropy: ['sigmoid'],
	categorical_crossentropy: ['softmax']
};
export const BN_LOSSES = Object.keys(OUTPUTS) as LossName[];

export interface BnNetworkOptions {
	activation: ActivationName;
	loss: LossName;
	samples: number;
	/** Hidden layers (default 1–3). */
	hidden?: number;
}

/** A seeded random network whose hidden layers all have batch normalisation, with random γ, β and moving statistics. */
export function randomBnNetwork(seed: number, o: BnNetworkOptions): Network {
	const rng = new Rng(seed, 91);
	const u = (lo: number, hi: number) => rng.uniformIn(lo, hi);
	const hidden = o.hidden ?? 1 + rng.int(3);
	const outSize = o.loss === 'categorical_crossentropy' ? 2 + rng.int(3) : 1 + rng.int(3);
	const sizes = [1 + rng.int(4), ...Array.from({ length: hidden }, () => 1 + rng.int(4)), outSize];
	const outputs = OUTPUTS[o.loss]!;
	const layers = sizes.slice(1).map((size, k): DenseLayer => {
		const isOutput = k === hidden;
		const name = isOutput ? outputs[rng.int(outputs.length)] : o.activation;
		const activation: Activation =
			name === 'leaky_relu' || name === 'elu' ? { name, alpha: u(0.05, 1.2) } : name === 'custom' ? { name, expression: 'x / (1 + abs(x)) + 0.1 * x' } : { name };
		const vec = (lo: number, hi: number) => Array.from({ length: size }, () => u(lo, hi));
		return {
			size,
			activation,
			weights: Array.from({ length: size }, () => Array.from({ length: sizes[k] }, () => u(-1, 1))),
			biases: rng.uniform() < 0.8 ? vec(-0.5, 0.5) : null,
			names: null,
			weightNames: null,
			biasNames: null,
			trainableWeights: true,
			trainableBiases: true,
			regularizer: rng.uniform() < 0.3 ? { l1: 0, l2: u(0, 0.05) } : null,
			biasRegularizer: null,
			activityRegularizer: null,
			dropout: null,
			batchNorm: isOutput
				? null
				: { momentum: u(0.5, 0.99), epsilon: 10 ** u(-4, -1), gamma: vec(0.5, 1.5), beta: vec(-0.5, 0.5), movingMean: vec(-0.5, 0.5), movingVariance: vec(0.5, 2) },
			alphas: name === 'rrelu' ? vec(1 / 8, 1 / 3) : null
		};
	});
	const target = (): number[] => {
		if (o.loss === 'categorical_crossentropy') {
			const t = new Array<number>(outSize).fill(0);
			t[rng.int(outSize)] = 1;
			return t;
		}
		return Array.from({ length: outSize }, () => (o.loss === 'binary_crossentropy' ? rng.int(2) : u(-1, 1)));
	};
	return {
		title: null,
		input: { size: sizes[0], names: null },
		layers,
		loss: o.loss,
		samples: Array.from({ length: o.samples }, () => ({ input: Array.from({ length: sizes[0] }, () => u(-2, 2)), target: target(), classIndex: null })),
		optimizer: optimizerWithDefaults({ type: 'sgd', learningRate: 0.1 }),
		rounding: null,
		style: 'textbook',
		seed
	};
}
