// Seeded random network files across every differentiable activation and every loss, and their
// translation into the independent reference implementation.

import type { Network } from '../../../src/lib/engine/spec/types';
import type { RefNet } from './reference';
import { drawDropoutMask } from '../../../src/lib/engine/spec/init';

export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const HIDDEN = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'prelu', 'elu', 'softplus', 'swish', 'rrelu', 'custom'];
export const CUSTOM: Record<string, (x: number) => number> = {
	'x / (1 + abs(x))': (x) => x / (1 + Math.abs(x)),
	'sin(x) + x^3 / 10': (x) => Math.sin(x) + x ** 3 / 10,
	'log(1 + exp(2 * x)) / 2': (x) => Math.log(1 + Math.exp(2 * x)) / 2
};
export const LOSSES = ['half_sse', 'sse', 'mse', 'mae', 'binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'hinge'];

/** Layers with the features of #17 (dropout, bias and activity penalties), drawn from a stream of their own. */
export function randomNetworkJson(seed: number, loss = LOSSES[seed % LOSSES.length], extras = false) {
	const r = rng(seed);
	const r2 = rng(seed * 7919 + 17);
	const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
	const u = (lo: number, hi: number) => lo + (hi - lo) * r();
	const depth = 1 + Math.floor(r() * 3);
	const sizes = [1 + Math.floor(r() * 3)];
	for (let l = 0; l < depth; l++) sizes.push(1 + Math.floor(r() * 4));
	const out = sizes.length - 1;
	if (loss === 'categorical_crossentropy' || loss === 'sparse_categorical_crossentropy') sizes[out] = Math.max(2, sizes[out]);
	const layers: Record<string, unknown>[] = [{ size: sizes[0] }];
	for (let l = 1; l <= depth; l++) {
		let activation: unknown = pick(HIDDEN);
		if (l === out) {
			if (loss.includes('categorical')) activation = r() < 0.8 ? 'softmax' : 'sigmoid';
			else if (loss === 'binary_crossentropy') activation = 'sigmoid';
			else if (r() < 0.15) activation = 'softmax';
		}
		if (activation === 'custom') activation = { name: 'custom', expression: pick(Object.keys(CUSTOM)) };
		else if (activation === 'leaky_relu') activation = { name: 'leaky_relu', alpha: u(0.01, 0.3) };
		else if (activation === 'elu') activation = { name: 'elu', alpha: u(0.5, 1.5) };
		const weights = Array.from({ length: sizes[l] }, () => Array.from({ length: sizes[l - 1] }, () => u(-1.5, 1.5)));
		const layer: Record<string, unknown> = { size: sizes[l], activation, weights };
		const b = r();
		if (b < 0.4) layer.biases = Array.from({ length: sizes[l] }, () => u(-1, 1));
		else if (b < 0.55) layer.biases = u(-1, 1);
		if (r() < 0.2) layer.regularizer = { l1: r() < 0.5 ? u(0, 0.05) : 0, l2: u(0, 0.05) };
		if (extras) addExtras(layer, l === out, r2);
		layers.push(layer);
	}
	const nSamples = 1 + Math.floor(r() * 3);
	const n = sizes[out];
	const samples = Array.from({ length: nSamples }, () => {
		const input = Array.from({ length: sizes[0] }, () => u(-2, 2));
		let target: unknown;
		if (loss === 'sparse_categorical_crossentropy') target = Math.floor(r() * n);
		else if (loss === 'categorical_crossentropy') {
			const c = Math.floor(r() * n);
			target = Array.from({ length: n }, (_, j) => (j === c ? 1 : 0));
		} else if (loss === 'binary_crossentropy') target = Array.from({ length: n }, () => (r() < 0.5 ? 0 : 1));
		else if (loss === 'hinge') target = Array.from({ length: n }, () => (r() < 0.5 ? -1 : 1));
		else target = Array.from({ length: n }, () => u(-1, 1));
		return { input, target };
	});
	if (extras) {
		// A given mask has a row per sample or one row for all.
		for (const layer of layers) {
			const d = layer.dropout as { rate: number; mask?: number[][] } | undefined;
			if (d?.mask && d.mask.length > 1) d.mask = d.mask.slice(0, nSamples);
			if (d?.mask && d.mask.length < nSamples) d.mask = d.mask.slice(0, 1);
		}
	}
	return { layers, loss, samples, optimizer: { type: 'sgd', learningRate: 0.1 }, seed };
}

function addExtras(layer: Record<string, unknown>, output: boolean, r: () => number): void {
	const u = (lo: number, hi: number) => lo + (hi - lo) * r();
	const reg = () => ({ l1: r() < 0.5 ? u(0, 0.05) : 0, l2: u(0, 0.05) });
	if (layer.biases !== undefined && r() < 0.4) layer.biasRegularizer = reg();
	if (output) return;
	// Keras penalises the output before dropout, which the trace does not name: one or the other.
	if (r() < 0.4) layer.activityRegularizer = reg();
	else if (r() < 0.7) {
		const rate = [0.2, 0.25, 0.5][Math.floor(r() * 3)];
		const size = layer.size as number;
		layer.dropout =
			r() < 0.5
				? rate
				: { rate, mask: Array.from({ length: r() < 0.3 ? 1 : 3 }, () => Array.from({ length: size }, () => (r() < 1 - rate ? 1 : 0))) };
	}
}

export function toReference(net: Network): RefNet {
	return {
		layers: net.layers.map((layer, index) => ({
			act: layer.activation.name,
			alpha:
				layer.alphas ??
				(layer.activation.alpha !== undefined ? Array(layer.size).fill(layer.activation.alpha) : undefined),
			expression: layer.activation.expression ? CUSTOM[layer.activation.expression] : undefined,
			W: layer.weights.map((row) => row.slice()),
			b: Array.isArray(layer.biases) ? layer.biases.slice() : layer.biases,
			...(layer.dropout ? { dropout: { rate: layer.dropout.rate, mask: maskOf(net, index) } } : {}),
			...(layer.biasRegularizer ? { biasReg: layer.biasRegularizer } : {}),
			...(layer.activityRegularizer ? { activityReg: layer.activityRegularizer } : {})
		})),
		loss: net.loss,
		samples: net.samples.map((s) => ({ x: s.input, y: s.target })),
		reg: net.layers.map((layer) => layer.regularizer ?? { l1: 0, l2: 0 })
	};
}

/** Layer `index`'s mask as rows per sample: given (one row repeated), or drawn as the file's seed draws it. */
function maskOf(net: Network, index: number): number[][] {
	const d = net.layers[index].dropout!;
	const N = net.samples.length;
	if (d.mask) return Array.from({ length: N }, (_, s) => d.mask![d.mask!.length === 1 ? 0 : s]);
	return drawDropoutMask(d.rate, net.layers[index].size, N, net.seed, index + 1);
}
