// Regularisation and gradient clipping, as Keras applies them.
//   L1/L2 on a layer's weights: E += l1 Σ|w| + l2 Σ w²,  ∂/∂w = l1 sign(w) + 2 l2 w; the same on its
//   biases (bias_regularizer); on a hidden layer's outputs (activity_regularizer), the penalty of
//   each row divided by the batch size: E += (1/B) Σ (l1 |a| + l2 a²),  ∂E/∂a += (l1 sign(a) + 2 l2 a)/B.
//   clipnorm, per tensor: g ← g · c / max(‖g‖₂, c);  clipvalue: g ← min(max(g, −c), c).
//   Keras lets only one of them be set; clipnorm wins here when both are.

import type { Optimizer } from '../engine/spec/types';
import type { FloatArray } from './kernels/types';
import type { LayerSpec, Model, ModelSpec } from './model';
import type { Gradients } from './network';

/** l1 Σ|x| + l2 Σx² over the first n numbers of x. */
function penalty(x: FloatArray, n: number, l1: number, l2: number): number {
	let abs = 0;
	let sq = 0;
	for (let i = 0; i < n; i++) {
		abs += Math.abs(x[i]);
		sq += x[i] * x[i];
	}
	return l1 * abs + l2 * sq;
}

/** g += scale · (l1 sign(x) + 2 l2 x) over the first n numbers. */
function addSlope(x: FloatArray, g: FloatArray, n: number, l1: number, l2: number, scale = 1): void {
	for (let i = 0; i < n; i++) g[i] += scale * (l1 * Math.sign(x[i]) + 2 * l2 * x[i]);
}

/** The penalties on weights and biases. */
export function regularizationLoss(model: Model): number {
	let total = 0;
	model.spec.layers.forEach((l, k) => {
		if (l.l1 || l.l2) total += penalty(model.W[k], model.W[k].length, l.l1, l.l2);
		if (l.biasL1 || l.biasL2) total += penalty(model.b[k], model.b[k].length, l.biasL1, l.biasL2);
	});
	return total;
}

export function addRegularizationGradient(model: Model, grads: Gradients): void {
	model.spec.layers.forEach((l, k) => {
		if (l.l1 || l.l2) addSlope(model.W[k], grads.W[k], model.W[k].length, l.l1, l.l2);
		if (l.biasL1 || l.biasL2) addSlope(model.b[k], grads.b[k], model.b[k].length, l.biasL1, l.biasL2);
	});
}

/** The activity penalties of a forward pass over `rows` rows, divided by `rows` as Keras does. */
export function activityLoss(spec: ModelSpec, A: FloatArray[], rows: number): number {
	let total = 0;
	spec.layers.forEach((l, k) => {
		if (l.activityL1 || l.activityL2) total += penalty(A[k], rows * l.outSize, l.activityL1, l.activityL2) / rows;
	});
	return total;
}

/** ∂E/∂A of layer k += the activity penalty's slope at A, divided by `rows`. */
export function addActivityGradient(layer: LayerSpec, A: FloatArray, G: FloatArray, rows: number): void {
	if (layer.activityL1 || layer.activityL2) addSlope(A, G, rows * layer.outSize, layer.activityL1, layer.activityL2, 1 / rows);
}

export function clipTensor(g: FloatArray, opt: Pick<Optimizer, 'clipnorm' | 'clipvalue'>): void {
	if (opt.clipnorm !== null && opt.clipnorm > 0) {
		let sq = 0;
		for (let i = 0; i < g.length; i++) sq += g[i] * g[i];
		const norm = Math.sqrt(sq);
		if (norm > opt.clipnorm) for (let i = 0; i < g.length; i++) g[i] = (g[i] * opt.clipnorm) / norm;
	} else if (opt.clipvalue !== null && opt.clipvalue > 0) {
		const c = opt.clipvalue;
		for (let i = 0; i < g.length; i++) g[i] = g[i] < -c ? -c : g[i] > c ? c : g[i];
	}
}

export function clipGradients(grads: Gradients, opt: Optimizer): void {
	for (const tensors of [grads.W, grads.b, grads.alpha, grads.gamma, grads.beta]) for (const g of tensors) if (g) clipTensor(g, opt);
}

/** ‖∂E/∂W_l‖₂ per layer, the training page's gradient-flow view. */
export function gradientNorms(grads: Gradients): number[] {
	return grads.W.map((g) => {
		let sq = 0;
		for (let i = 0; i < g.length; i++) sq += g[i] * g[i];
		return Math.sqrt(sq);
	});
}
