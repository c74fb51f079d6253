// A training pass of a dense MLP on typed arrays: the forward pass (forward.ts) and its gradients,
//   backward: δ_L = ∂E/∂Z_L (mean over the batch),  ∂E/∂W_l = δ_lᵀ · A_{l-1},  ∂E/∂b_l = Σ_rows δ_l,
//             ∂E/∂A_{l-1} = δ_l · W_l,  δ_{l-1} = ∂E/∂A_{l-1} ⊙ f′(Z_{l-1})
// With batch normalisation, f′ is taken at z̃ and δ then goes back through it (batch-norm.ts).
// Every matrix product goes through the kernels' gemm.

import { preluAlphaGradient } from './activations';
import { normBackward } from './batch-norm';
import { createForwardPass, forwardElements, inputOf, normParams, type ForwardPass, type NetworkOptions } from './forward';
import type { FloatArray, Kernels } from './kernels/types';
import { combinedGradient, lossGradient, lossSum } from './losses';
import { biasLength, hasAlpha, type Model, type ModelSpec } from './model';
import { addActivityGradient } from './regularize';
import type { LayerTensors } from './tensors';

/** ∂E/∂W, ∂E/∂b, ∂E/∂α (prelu only), ∂E/∂γ and ∂E/∂β (batch normalisation only) of each layer. */
export type Gradients<T extends FloatArray = FloatArray> = LayerTensors<T> & Required<Pick<LayerTensors<T>, 'gamma' | 'beta'>>;

export interface Pass<T extends FloatArray = FloatArray> extends ForwardPass<T> {
	model: Model<T>;
	/** The batch's targets (rows × outputSize). */
	Y: T;
	/** ∂E/∂A_l, turned into δ_l in place during backward. */
	G: T[];
	grads: Gradients<T>;
	/**
	 * Plain SGD folded into the backward pass for the layers marked: W ← W − η δᵀ A_{l−1} as one gemm
	 * accumulating into W (and b ← b − η Σ δ), with no ∂E/∂W written. Null: gradients as usual.
	 */
	fused: { lr: number; layers: boolean[] } | null;
}

/** Numbers a pass allocates from the kernels, for Kernels.reserve (besides the model's own). */
export function passElements(spec: ModelSpec, options: NetworkOptions): number {
	const B = options.maxBatch;
	let n = forwardElements(spec, options) + B * spec.layers[spec.layers.length - 1].outSize;
	for (const l of spec.layers) n += B * l.outSize + l.inSize * l.outSize + biasLength(l) + (hasAlpha(l) ? l.outSize : 0) + (l.batchNorm ? 2 * l.outSize : 0);
	return n;
}

export function createPass<T extends FloatArray>(kernels: Kernels<T>, model: Model<T>, options: NetworkOptions): Pass<T> {
	const B = options.maxBatch;
	const { layers } = model.spec;
	return {
		...createForwardPass(kernels, model, options),
		model,
		Y: kernels.alloc(B * layers[layers.length - 1].outSize),
		G: layers.map((l) => kernels.alloc(B * l.outSize)),
		grads: {
			W: layers.map((l) => kernels.alloc(l.inSize * l.outSize)),
			b: layers.map((l) => kernels.alloc(biasLength(l))),
			alpha: layers.map((l) => (l.activation.name === 'prelu' ? kernels.alloc(l.outSize) : null)),
			gamma: layers.map((l) => (l.batchNorm ? kernels.alloc(l.outSize) : null)),
			beta: layers.map((l) => (l.batchNorm ? kernels.alloc(l.outSize) : null))
		},
		fused: null
	};
}

/** ∂E/∂b = Σ_rows δ (per neuron, or all of it for a shared bias), written to `db` or added to it. */
function biasGradient<T extends FloatArray>(p: Pass<T>, G: T, rows: number, cols: number, bias: ModelSpec['layers'][number]['bias'], db: T, add: boolean): void {
	if (bias === 'none') return;
	if (bias === 'each') return p.kernels.vec.columnSums(G, rows, cols, db, add);
	let sum = 0;
	for (let i = 0, n = rows * cols; i < n; i++) sum += G[i];
	db[0] = add ? db[0] + sum : sum;
}

/** Σ over the rows of the per-sample loss against Y (no regularisation). */
export function batchLossSum<T extends FloatArray>(p: Pass<T>, rows: number): number {
	const { layers, loss } = p.model.spec;
	const L = layers.length;
	return lossSum(loss, p.A[L - 1], p.Y, rows, layers[L - 1].outSize);
}

/**
 * Backward pass after `forward(p, rows, training)`: the gradients of the mean loss over the rows.
 * `perceptron`: the output's δ is (ŷ − y)/rows, the course's rule, whatever the activation.
 */
export function backward<T extends FloatArray>(p: Pass<T>, rows: number, training: boolean, perceptron = false): void {
	const { layers, loss } = p.model.spec;
	const L = layers.length;
	const last = layers[L - 1];
	const straight = perceptron || combinedGradient(loss, last.activation.name);
	lossGradient(perceptron ? 'half_sse' : loss, straight, p.A[L - 1], p.Y, p.G[L - 1], rows, last.outSize, 1 / rows);
	const acts = training ? p.train : p.test;
	for (let k = L - 1; k >= 0; k--) {
		const l = layers[k];
		const out = l.outSize;
		const G = p.G[k];
		const norm = p.norm[k];
		// The activation's input: z, or z̃ after batch normalisation.
		const Zin = norm ? norm.Zt : p.Z[k];
		if (k < L - 1) addActivityGradient(l, p.A[k], G, rows);
		if (!(k === L - 1 && straight)) {
			const M = training ? p.mask[k] : null;
			if (M) {
				// ∂D/∂A = M / (1 − p).
				const keep = 1 - p.dropout[k];
				for (let i = 0, n = rows * out; i < n; i++) G[i] = M[i] ? G[i] / keep : 0;
			}
			if (l.activation.name === 'prelu') preluAlphaGradient(Zin, G, rows, out, p.grads.alpha[k]!);
			if (l.activation.name === 'relu') p.kernels.vec.reluMask(Zin, G, rows * out);
			else acts[k].backward(Zin, p.A[k], G, rows, out, p.model.alpha[k]);
		}
		// G is ∂E/∂z̃ here; through the normalisation to ∂E/∂z, with ∂E/∂γ and ∂E/∂β on the way.
		if (norm) normBackward(G, norm, normParams(p.model, k), rows, out, training, p.grads.gamma[k]!, p.grads.beta[k]!);
		const input = inputOf(p, k, training);
		const fused = p.fused && p.fused.layers[k];
		if (fused) {
			// ∂E/∂A_{l−1} reads W before its update; then G ← −η δ, W ← W + Gᵀ A_{l−1}, b ← b + Σ_rows G.
			if (k > 0) p.kernels.gemm(false, false, rows, l.inSize, out, G, p.model.W[k], p.G[k - 1], false);
			// On two threads, each over its own neurons (the same numbers).
			if (p.kernels.sgdUpdate && l.bias === 'each') p.kernels.sgdUpdate(G, input, p.model.W[k], p.model.b[k], rows, out, l.inSize, -p.fused!.lr);
			else {
				p.kernels.vec.scale(G, rows * out, -p.fused!.lr);
				p.kernels.gemm(true, false, out, l.inSize, rows, G, input, p.model.W[k], true);
				biasGradient(p, G, rows, out, l.bias, p.model.b[k], true);
			}
			continue;
		}
		p.kernels.gemm(true, false, out, l.inSize, rows, G, input, p.grads.W[k], false);
		biasGradient(p, G, rows, out, l.bias, p.grads.b[k], false);
		if (k > 0) p.kernels.gemm(false, false, rows, l.inSize, out, G, p.model.W[k], p.G[k - 1], false);
	}
}
