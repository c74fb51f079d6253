// Batched forward and backward passes of a dense MLP on typed arrays.
//   forward:  Z_l = A_{l-1} · W_lᵀ + b_l,  A_l = f_l(Z_l)   (A_0 = X; inverted dropout on hidden A_l)
//   backward: δ_L = ∂E/∂Z_L (mean over the batch),  ∂E/∂W_l = δ_lᵀ · A_{l-1},  ∂E/∂b_l = Σ_rows δ_l,
//             ∂E/∂A_{l-1} = δ_l · W_l,  δ_{l-1} = ∂E/∂A_{l-1} ⊙ f′(Z_{l-1})
// Every matrix product goes through the kernels' gemm.

import { batchActivation, preluAlphaGradient, type BatchActivation, type ScalarFn } from './activations';
import { compileCustom } from '../engine/ops/activations/custom';
import type { FloatArray, Kernels } from './kernels/types';
import { combinedGradient, lossGradient, lossSum } from './losses';
import { biasLength, hasAlpha, type Model, type ModelSpec } from './model';
import type { Rng } from '../engine/spec/random';
import type { LayerTensors } from './tensors';

export interface NetworkOptions {
	/** The largest batch a pass will see (evaluation runs in chunks of it). */
	maxBatch: number;
	/** Dropout rate per layer (index = layer − 1); the output layer's is ignored. */
	dropout?: number[];
	/** Compiles a custom activation's expression into f and f′ (default: the engine's compileCustom). */
	custom?: (expression: string) => ScalarFn;
}

/** ∂E/∂W, ∂E/∂b and ∂E/∂α of each layer (∂E/∂α only for prelu). */
export type Gradients<T extends FloatArray = FloatArray> = LayerTensors<T>;

export interface Pass<T extends FloatArray = FloatArray> {
	kernels: Kernels<T>;
	model: Model<T>;
	maxBatch: number;
	/** The batch's inputs (rows × inputSize) and targets (rows × outputSize). */
	X: T;
	Y: T;
	Z: T[];
	A: T[];
	/** ∂E/∂A_l, turned into δ_l in place during backward. */
	G: T[];
	/** Per layer: whether the last forward pass already found every z finite (as it added the biases). */
	finiteZ: boolean[];
	/** Dropout: the output D_l = A_l ⊙ M_l / (1 − p) read by the next layer, and the mask M_l of 0s and 1s. */
	D: (T | null)[];
	mask: (Uint8Array | null)[];
	dropout: number[];
	grads: Gradients<T>;
	/**
	 * Plain SGD folded into the backward pass for the layers marked: W ← W − η δᵀ A_{l−1} as one gemm
	 * accumulating into W (and b ← b − η Σ δ), with no ∂E/∂W written. Null: gradients as usual.
	 */
	fused: { lr: number; layers: boolean[] } | null;
	train: BatchActivation[];
	test: BatchActivation[];
}

/** Numbers a pass allocates from the kernels, for Kernels.reserve (besides the model's own). */
export function passElements(spec: ModelSpec, options: NetworkOptions): number {
	const B = options.maxBatch;
	const L = spec.layers.length;
	let n = B * (spec.inputSize + spec.layers[L - 1].outSize);
	spec.layers.forEach((l, k) => {
		n += 3 * B * l.outSize + l.inSize * l.outSize + biasLength(l) + (hasAlpha(l) ? l.outSize : 0);
		if ((options.dropout?.[k] ?? 0) > 0 && k < L - 1) n += B * l.outSize;
	});
	return n;
}

export function createPass<T extends FloatArray>(kernels: Kernels<T>, model: Model<T>, options: NetworkOptions): Pass<T> {
	const B = options.maxBatch;
	const { layers } = model.spec;
	const L = layers.length;
	const dropout = layers.map((_, k) => (k < L - 1 ? (options.dropout?.[k] ?? 0) : 0));
	const compiled = (k: number) => {
		const act = layers[k].activation;
		return act.name === 'custom' ? (options.custom ?? compileCustom)(act.expression ?? '') : undefined;
	};
	return {
		kernels,
		model,
		maxBatch: B,
		X: kernels.alloc(B * model.spec.inputSize),
		Y: kernels.alloc(B * layers[L - 1].outSize),
		Z: layers.map((l) => kernels.alloc(B * l.outSize)),
		A: layers.map((l) => kernels.alloc(B * l.outSize)),
		G: layers.map((l) => kernels.alloc(B * l.outSize)),
		finiteZ: layers.map(() => false),
		D: layers.map((l, k) => (dropout[k] > 0 ? kernels.alloc(B * l.outSize) : null)),
		mask: layers.map((l, k) => (dropout[k] > 0 ? new Uint8Array(B * l.outSize) : null)),
		dropout,
		grads: {
			W: layers.map((l) => kernels.alloc(l.inSize * l.outSize)),
			b: layers.map((l) => kernels.alloc(biasLength(l))),
			alpha: layers.map((l) => (l.activation.name === 'prelu' ? kernels.alloc(l.outSize) : null))
		},
		fused: null,
		train: layers.map((l, k) => batchActivation(l.activation, true, compiled(k))),
		test: layers.map((l, k) => batchActivation(l.activation, false, compiled(k)))
	};
}

/** The input layer k reads: X, the previous layer's output, or its dropped-out version. */
function inputOf<T extends FloatArray>(p: Pass<T>, k: number, training: boolean): T {
	if (k === 0) return p.X;
	return training && p.D[k - 1] ? p.D[k - 1]! : p.A[k - 1];
}

/** Forward pass over the first `rows` rows of X. `rng` draws dropout masks when training. */
export function forward<T extends FloatArray>(p: Pass<T>, rows: number, training: boolean, rng: Rng | null): void {
	const { layers } = p.model.spec;
	for (let k = 0; k < layers.length; k++) {
		const l = layers[k];
		const Z = p.Z[k];
		const out = l.outSize;
		p.kernels.gemm(false, true, rows, out, l.inSize, inputOf(p, k, training), p.model.W[k], Z, false);
		const b = p.model.b[k];
		p.finiteZ[k] = false;
		if (l.bias === 'each' && l.activation.name === 'relu') {
			// The course's hidden layers: z = z + b and a = max(z, 0) in one pass over the batch.
			p.finiteZ[k] = p.kernels.vec.biasRelu(Z, p.A[k], b, rows, out);
		} else {
			if (l.bias === 'each') for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < out; j++, i++) Z[i] += b[j];
			else if (l.bias === 'shared') for (let i = 0, n = rows * out; i < n; i++) Z[i] += b[0];
			(training ? p.train : p.test)[k].forward(Z, p.A[k], rows, out, p.model.alpha[k]);
		}
		const D = p.D[k];
		if (training && D && rng) {
			// Inverted dropout: keep with probability 1 − rate and scale by 1/(1 − rate).
			const M = p.mask[k]!;
			const keep = 1 - p.dropout[k];
			const A = p.A[k];
			for (let i = 0, n = rows * out; i < n; i++) {
				M[i] = rng.uniform() < keep ? 1 : 0;
				D[i] = M[i] ? A[i] / keep : 0;
			}
		}
	}
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
		if (!(k === L - 1 && straight)) {
			const M = training ? p.mask[k] : null;
			if (M) {
				// ∂D/∂A = M / (1 − p).
				const keep = 1 - p.dropout[k];
				for (let i = 0, n = rows * out; i < n; i++) G[i] = M[i] ? G[i] / keep : 0;
			}
			if (l.activation.name === 'prelu') preluAlphaGradient(p.Z[k], G, rows, out, p.grads.alpha[k]!);
			if (l.activation.name === 'relu') p.kernels.vec.reluMask(p.Z[k], G, rows * out);
			else acts[k].backward(p.Z[k], p.A[k], G, rows, out, p.model.alpha[k]);
		}
		const input = inputOf(p, k, training);
		const fused = p.fused && p.fused.layers[k];
		if (fused) {
			// ∂E/∂A_{l−1} reads W before its update; then G ← −η δ, W ← W + Gᵀ A_{l−1}, b ← b + Σ_rows G.
			if (k > 0) p.kernels.gemm(false, false, rows, l.inSize, out, G, p.model.W[k], p.G[k - 1], false);
			p.kernels.vec.scale(G, rows * out, -p.fused!.lr);
			p.kernels.gemm(true, false, out, l.inSize, rows, G, input, p.model.W[k], true);
			biasGradient(p, G, rows, out, l.bias, p.model.b[k], true);
			continue;
		}
		p.kernels.gemm(true, false, out, l.inSize, rows, G, input, p.grads.W[k], false);
		biasGradient(p, G, rows, out, l.bias, p.grads.b[k], false);
		if (k > 0) p.kernels.gemm(false, false, rows, l.inSize, out, G, p.model.W[k], p.G[k - 1], false);
	}
}
