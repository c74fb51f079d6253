// One training step on a batch already in the pass's X and Y: forward, loss (+ L1/L2), backward,
// L1/L2 on the gradients; then (applyUpdate) clipping, Keras's decoupled weight decay and the
// optimizer's update. NaN and infinity are caught where they first appear (see computeGradients).

import type { Optimizer } from '../engine/spec/types';
import type { FloatArray } from './kernels/types';
import type { Model } from './model';
import type { LayerTensors } from './tensors';
import { forward, zOf } from './forward';
import { backward, batchLossSum, type Pass } from './network';
import { firstNonFinite, trouble, type NumericalTrouble, type Quantity } from './numerics';
import { VECTOR_OPTIMIZERS, type VectorOptimizer } from './optimizers/index';
import type { MatrixShape } from './optimizers/types';
import type { Rng } from '../engine/spec/random';
import { activityLoss, addRegularizationGradient, clipGradients, regularizationLoss } from './regularize';

/** The optimizer's state: per tensor (W, b, alpha, γ, β of each layer), one array per slot. */
export interface OptimizerState {
	rule: VectorOptimizer;
	W: FloatArray[][];
	b: FloatArray[][];
	alpha: (FloatArray[] | null)[];
	gamma: (FloatArray[] | null)[];
	beta: (FloatArray[] | null)[];
}

export function createOptimizerState(model: Model, opt: Optimizer): OptimizerState {
	const rule = VECTOR_OPTIMIZERS[opt.type];
	const initial = rule.slots(opt);
	const make = (n: number) =>
		initial.map((v) => {
			const a = model.W[0] instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
			return a.fill(v);
		});
	return {
		rule,
		W: model.W.map((w) => make(w.length)),
		b: model.b.map((b) => make(b.length)),
		alpha: model.alpha.map((a, k) => (a && model.spec.layers[k].activation.name === 'prelu' ? make(a.length) : null)),
		gamma: model.spec.layers.map((l) => (l.batchNorm ? make(l.outSize) : null)),
		beta: model.spec.layers.map((l) => (l.batchNorm ? make(l.outSize) : null))
	};
}

export interface StepResult {
	/** Mean loss over the batch plus the regularisation terms, before the update. */
	loss: number;
	trouble: NumericalTrouble | null;
}

function check(a: FloatArray, n: number, step: number, layer: number | null, q: Quantity): NumericalTrouble | null {
	const bad = firstNonFinite(a, n);
	return bad === null ? null : trouble(step, layer, q, bad);
}

/**
 * Where a NaN or infinity that reached the parameters came from: the update of step `step` wrote it,
 * so the gradients of that step (still in p.grads, looked at from the output back, as computed) are
 * blamed first, then the parameters themselves. Null while every parameter is finite.
 */
export function parameterTrouble(p: Pass, step: number): NumericalTrouble | null {
	const m = p.model;
	const L = m.W.length;
	// Each layer's tensors with the quantity a NaN in them, or in their gradients, is reported as.
	const named = (t: LayerTensors, k: number, d: '' | 'dE/d'): [FloatArray | null | undefined, Quantity][] => [
		[t.W[k], `${d}W`],
		[t.b[k], `${d}b`],
		[t.alpha[k], `${d}alpha`],
		[t.gamma?.[k], `${d}gamma`],
		[t.beta?.[k], `${d}beta`]
	];
	const first = (t: LayerTensors, k: number, d: '' | 'dE/d') => {
		for (const [a, q] of named(t, k, d)) {
			const bad = a ? check(a, a.length, step, k + 1, q) : null;
			if (bad) return bad;
		}
		return null;
	};
	let broken = false;
	for (let k = 0; k < L && !broken; k++) broken = first(m, k, '') !== null;
	if (!broken) return null;
	for (let k = L - 1; k >= 0; k--) {
		const t = first(p.grads, k, 'dE/d');
		if (t) return t;
	}
	for (let k = 0; k < L; k++) {
		const t = first(m, k, '');
		if (t) return t;
	}
	return null;
}

/**
 * Forward and backward over `rows` rows for step `step`: the loss, and the gradients left in p.grads
 * (with L1/L2, not yet clipped). Every NaN or infinity passes through the next forward pass (NaN·x and
 * ∞·0 are NaN), so the parameters are not scanned at every step: a non-finite z or a is traced back
 * to the previous step's update (parameterTrouble) or, with finite parameters, is an overflow here.
 */
export function computeGradients(p: Pass, rows: number, step: number, rng: Rng | null): StepResult {
	const { layers, optimizer } = p.model.spec;
	forward(p, rows, true, rng);
	for (let k = 0; k < layers.length; k++) {
		const n = rows * layers[k].outSize;
		// A finite z gives a finite a for every built-in activation (softmax subtracts its max); only a
		// custom expression can overflow or leave its domain on its own.
		const t = (p.finiteZ[k] ? null : check(zOf(p, k, rows, true, p.G[k]), n, step, k + 1, 'z')) ?? (layers[k].activation.name === 'custom' ? check(p.A[k], n, step, k + 1, 'a') : null);
		if (t) return { loss: NaN, trouble: parameterTrouble(p, step - 1) ?? t };
	}
	const loss = batchLossSum(p, rows) / rows + regularizationLoss(p.model) + activityLoss(p.model.spec, p.A, rows);
	if (!Number.isFinite(loss)) return { loss, trouble: trouble(step, null, 'E', loss) };
	// The perceptron rule is not a gradient method: no regularisation or clipping of its step.
	const perceptron = optimizer.type === 'perceptron';
	backward(p, rows, true, perceptron);
	if (!perceptron) addRegularizationGradient(p.model, p.grads);
	return { loss, trouble: null };
}

/**
 * Keras's apply_gradients: the gradients clipped (clipnorm per tensor, or clipvalue) in place, then
 * θ ← θ − η λ θ (decoupled weight decay), then the optimizer's rule.
 */
export function applyUpdate(p: Pass, state: OptimizerState, t: number, lr: number): void {
	const { layers, optimizer } = p.model.spec;
	if (optimizer.type !== 'perceptron') clipGradients(p.grads, optimizer);
	const decay = optimizer.type === 'perceptron' ? 0 : optimizer.weightDecay * lr;
	const update = (theta: FloatArray, g: FloatArray, slots: FloatArray[], shape?: MatrixShape) => {
		if (decay) for (let i = 0; i < theta.length; i++) theta[i] -= theta[i] * decay;
		state.rule.update(theta, g, slots, t, lr, optimizer, shape);
	};
	const m = p.model;
	for (let k = 0; k < layers.length; k++) {
		const l = layers[k];
		const fused = p.fused !== null && p.fused.layers[k];
		if (l.trainableWeights && !fused) update(m.W[k], p.grads.W[k], state.W[k], { rows: l.outSize, cols: l.inSize });
		if (l.trainableBiases && l.bias !== 'none' && !fused) update(m.b[k], p.grads.b[k], state.b[k]);
		if (state.alpha[k]) update(m.alpha[k]!, p.grads.alpha[k]!, state.alpha[k]!);
		// Batch normalisation's γ and β, trainable like biases (and updated here even when W and b were fused).
		if (state.gamma[k]) update(m.gamma![k]!, p.grads.gamma[k]!, state.gamma[k]!);
		if (state.beta[k]) update(m.beta![k]!, p.grads.beta[k]!, state.beta[k]!);
	}
}

/**
 * The layers whose update plain SGD (or the perceptron rule) can fold into the backward pass: θ ← θ − η g
 * with no momentum, decay, clipping or L1/L2, weights and biases both trainable. Null when none can.
 */
export function fusableLayers(spec: Pick<Model['spec'], 'layers' | 'optimizer'>): boolean[] | null {
	const o = spec.optimizer;
	const plain =
		o.type === 'perceptron' ||
		(o.type === 'sgd' && !o.momentum && !o.weightDecay && (o.clipnorm === null || !(o.clipnorm > 0)) && (o.clipvalue === null || !(o.clipvalue > 0)));
	if (!plain) return null;
	const layers = spec.layers.map((l) => l.trainableWeights && (l.bias === 'none' || l.trainableBiases) && (o.type === 'perceptron' || (!l.l1 && !l.l2 && !l.biasL1 && !l.biasL2)));
	return layers.some(Boolean) ? layers : null;
}
