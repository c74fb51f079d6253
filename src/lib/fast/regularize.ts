// Regularisation and gradient clipping, as Keras applies them.
//   L1/L2 on a layer's weights (not biases): E += l1 Σ|w| + l2 Σ w²,  ∂/∂w = l1 sign(w) + 2 l2 w.
//   clipnorm, per tensor: g ← g · c / max(‖g‖₂, c);  clipvalue: g ← min(max(g, −c), c).
//   Keras lets only one of them be set; clipnorm wins here when both are.

import type { Optimizer } from '../engine/spec/types';
import type { FloatArray } from './kernels/types';
import type { Model } from './model';
import type { Gradients } from './network';

export function regularizationLoss(model: Model): number {
	let total = 0;
	model.spec.layers.forEach((l, k) => {
		if (!l.l1 && !l.l2) return;
		const W = model.W[k];
		let abs = 0;
		let sq = 0;
		for (let i = 0; i < W.length; i++) {
			abs += Math.abs(W[i]);
			sq += W[i] * W[i];
		}
		total += l.l1 * abs + l.l2 * sq;
	});
	return total;
}

export function addRegularizationGradient(model: Model, grads: Gradients): void {
	model.spec.layers.forEach((l, k) => {
		if (!l.l1 && !l.l2) return;
		const W = model.W[k];
		const dW = grads.W[k];
		for (let i = 0; i < W.length; i++) dW[i] += l.l1 * Math.sign(W[i]) + 2 * l.l2 * W[i];
	});
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
	for (const tensors of [grads.W, grads.b, grads.alpha]) for (const g of tensors) if (g) clipTensor(g, opt);
}

/** ‖∂E/∂W_l‖₂ per layer, the training page's gradient-flow view. */
export function gradientNorms(grads: Gradients): number[] {
	return grads.W.map((g) => {
		let sq = 0;
		for (let i = 0; i < g.length; i++) sq += g[i] * g[i];
		return Math.sqrt(sq);
	});
}
