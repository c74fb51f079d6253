// The course's perceptron trained to the end: one neuron with a sign (or step) output, updated a
// whole epoch at a time by the perceptron rule (docs/maths.md)
//   ŷ_k = sign(w · x_k),   w ← w + η · (1/N) Σ_k (y_k − ŷ_k) x_k
// (the bias a weight on a constant input 1), until every sample is classified (then every error is
// 0 and the rule no longer moves w) or an epoch limit is reached — which is all that can happen when
// no line separates the classes (XOR). Each update is the engine's: the activation's f and the
// perceptron optimizer's step with g = −(1/N) Σ_k (y_k − ŷ_k) x_k.

import { activationOp, optimizerOp } from '../ops';
import type { Network } from '../spec/types';

/** One update: the weights it started from, what they predicted, and what the rule made of it. */
export interface PerceptronEpoch {
	/** 1-based. */
	epoch: number;
	/** Parameters before the update: the weights into the neuron, then its bias if it has one. */
	params: number[];
	/** z_k = w · x_k (+ b) per sample. */
	z: number[];
	/** ŷ_k per sample. */
	predictions: number[];
	/** y_k − ŷ_k per sample. */
	errors: number[];
	/** How many samples ŷ_k ≠ y_k. */
	misclassified: number;
	/** η · (1/N) Σ_k (y_k − ŷ_k) x_k per parameter (x = 1 for the bias). */
	delta: number[];
	/** Parameters after the update. */
	next: number[];
}

export interface PerceptronRun {
	epochs: PerceptronEpoch[];
	/** 'converged': the last parameters classify every sample; 'limit': maxEpochs updates and still not. */
	outcome: 'converged' | 'limit';
	/** Parameters after the last update (the start if no update was needed). */
	final: number[];
	/** Predictions of the final parameters. */
	finalPredictions: number[];
}

/** Refuses networks this page cannot run: it needs one layer of one sign/step neuron. */
export function perceptronProblem(net: Network): string | null {
	if (net.layers.length !== 1) return 'the perceptron has one layer (inputs straight to one output)';
	const layer = net.layers[0];
	if (layer.size !== 1) return 'the perceptron has one output neuron';
	if (layer.activation.name !== 'sign' && layer.activation.name !== 'step') return 'the perceptron uses a sign or step output';
	return null;
}

/** The neuron's parameters in order: weights w_1…w_n, then the bias if the layer has one. */
export function paramsOf(net: Network): number[] {
	const layer = net.layers[0];
	const b = layer.biases;
	return b === null ? [...layer.weights[0]] : [...layer.weights[0], typeof b === 'number' ? b : b[0]];
}

/** The network with its parameters replaced (same order as `paramsOf`). */
export function networkAt(net: Network, params: number[]): Network {
	const layer = net.layers[0];
	const n = layer.weights[0].length;
	const biases = layer.biases === null ? null : typeof layer.biases === 'number' ? params[n] : [params[n]];
	return { ...net, layers: [{ ...layer, weights: [params.slice(0, n)], biases }] };
}

/** ŷ_k and z_k of every sample under `params`. */
export function predict(net: Network, params: number[]): { z: number[]; predictions: number[] } {
	const layer = net.layers[0];
	const act = activationOp(layer.activation.name);
	const n = layer.weights[0].length;
	const z = net.samples.map((s) => s.input.reduce((acc, x, i) => acc + params[i] * x, layer.biases === null ? 0 : params[n]));
	return { z, predictions: z.map((v) => act.f(v, layer.activation)) };
}

/** One epoch's update from `params`. */
export function perceptronEpoch(net: Network, params: number[], epoch: number): PerceptronEpoch {
	const opt = net.optimizer;
	const op = optimizerOp('perceptron');
	const N = net.samples.length;
	const { z, predictions } = predict(net, params);
	const errors = net.samples.map((s, k) => s.target[0] - predictions[k]);
	const n = net.layers[0].weights[0].length;
	const input = (k: number, i: number) => (i < n ? net.samples[k].input[i] : 1);
	const next: number[] = [];
	const delta: number[] = [];
	params.forEach((theta, i) => {
		// g = −(1/N) Σ_k (y_k − ŷ_k) x_ki, so that θ' = θ − η g is the rule.
		const g = -errors.reduce((acc, e, k) => acc + e * input(k, i), 0) / N;
		const theta2 = op.update(theta, g, op.init(opt), epoch, opt).theta;
		next.push(theta2);
		delta.push(theta2 - theta);
	});
	return { epoch, params, z, predictions, errors, misclassified: errors.filter((e) => e !== 0).length, delta, next };
}

/** Updates until every sample is classified, or `maxEpochs` updates. */
export function runPerceptron(net: Network, maxEpochs: number): PerceptronRun {
	const epochs: PerceptronEpoch[] = [];
	let params = paramsOf(net);
	for (let e = 1; e <= maxEpochs; e++) {
		const step = perceptronEpoch(net, params, e);
		if (step.misclassified === 0) break;
		epochs.push(step);
		params = step.next;
	}
	const finalPredictions = predict(net, params).predictions;
	const converged = finalPredictions.every((p, k) => p === net.samples[k].target[0]);
	return { epochs, outcome: converged ? 'converged' : 'limit', final: params, finalPredictions };
}

/**
 * Where the decision boundary z = 0 lies in the plane of two inputs (columns `u` and `v`), with
 * every other input held at its value in the first sample (the constant 1 of the bias column):
 *   a·x_u + b·x_v + c = 0,  a = w_u, b = w_v, c = Σ_{i ≠ u, v} w_i x_i + bias.
 */
export function boundary(net: Network, params: number[], u: number, v: number): { a: number; b: number; c: number } {
	const n = net.layers[0].weights[0].length;
	const first = net.samples[0].input;
	let c = net.layers[0].biases === null ? 0 : params[n];
	for (let i = 0; i < n; i++) if (i !== u && i !== v) c += params[i] * first[i];
	return { a: params[u], b: params[v], c };
}

/** The two inputs to plot: the columns that vary across samples (a constant column is the bias's 1). */
export function plottedInputs(net: Network): [number, number] | null {
	const n = net.input.size;
	const varying: number[] = [];
	for (let i = 0; i < n; i++) if (net.samples.some((s) => s.input[i] !== net.samples[0].input[i])) varying.push(i);
	if (varying.length === 2) return [varying[0], varying[1]];
	if (varying.length < 2 && n >= 2) return n === 2 ? [0, 1] : [n - 2, n - 1];
	return null;
}

/**
 * The part of the line a·u + b·v + c = 0 inside the box [u0, u1] × [v0, v1], as two end points, or
 * null when the line misses the box (or a = b = 0: every point has z = c, no line at all).
 */
export function boundarySegment(
	line: { a: number; b: number; c: number },
	u: [number, number],
	v: [number, number]
): [[number, number], [number, number]] | null {
	const { a, b, c } = line;
	const points: [number, number][] = [];
	const add = (p: [number, number]) => {
		const inside = p[0] >= u[0] - 1e-12 && p[0] <= u[1] + 1e-12 && p[1] >= v[0] - 1e-12 && p[1] <= v[1] + 1e-12;
		if (inside && !points.some((q) => Math.abs(q[0] - p[0]) < 1e-9 && Math.abs(q[1] - p[1]) < 1e-9)) points.push(p);
	};
	// Where the line crosses each side of the box: v = −(a·u + c)/b on the vertical sides, u = −(b·v + c)/a on the others.
	if (b !== 0) for (const x of u) add([x, -(a * x + c) / b]);
	if (a !== 0) for (const y of v) add([-(b * y + c) / a, y]);
	return points.length >= 2 ? [points[0], points[1]] : null;
}
