// The forward pass of a dense MLP on typed arrays, the one used by training, evaluation,
// classifying and the decision-boundary grid:
//   Z_l = A_{l-1} · W_lᵀ + b_l,  A_l = f_l(Z_l)   (A_0 = X; inverted dropout on hidden A_l when training)
// or, with batch normalisation (batch-norm.ts), A_l = f_l(γ_l ẑ_l + β_l) with ẑ_l the normalised Z_l.
// Every matrix product goes through the kernels' gemm.

import { batchActivation, type BatchActivation, type ScalarFn } from './activations';
import { compileCustom } from '../engine/ops/activations/custom-compiler';
import type { FloatArray, Kernels } from './kernels/types';
import type { ModelSpec } from './model';
import type { LayerTensors } from './tensors';
import type { Rng } from '../engine/spec/random';
import { normForward, type NormBuffers, type NormParams } from './batch-norm';

export interface NetworkOptions {
	/** The largest batch a pass will see (evaluation runs in chunks of it). */
	maxBatch: number;
	/** Dropout rate per layer (index = layer − 1); the output layer's is ignored. */
	dropout?: number[];
	/** Compiles a custom activation's expression into f and f′ (default: the engine's compileCustom). */
	custom?: (expression: string) => ScalarFn;
}

/** What a forward pass reads of a model: its layers and their parameters. */
export interface ForwardModel<T extends FloatArray = FloatArray> extends LayerTensors<T> {
	spec: Pick<ModelSpec, 'inputSize' | 'layers'>;
}

export interface ForwardPass<T extends FloatArray = FloatArray> {
	kernels: Kernels<T>;
	model: ForwardModel<T>;
	maxBatch: number;
	/** The batch's inputs (rows × inputSize). */
	X: T;
	Z: T[];
	A: T[];
	/** Per layer: whether the last forward pass already found every z finite (as it added the biases). */
	finiteZ: boolean[];
	/** Dropout: the output D_l = A_l ⊙ M_l / (1 − p) read by the next layer, and the mask M_l of 0s and 1s. */
	D: (T | null)[];
	mask: (Uint8Array | null)[];
	dropout: number[];
	/** The masks were set from outside (a network file's own, one-step.ts) and are not drawn. */
	fixedMask: boolean;
	train: BatchActivation[];
	test: BatchActivation[];
	/** Batch normalisation's z̃, ẑ and statistics per layer (null on a layer without it). */
	norm: (NormBuffers<T> | null)[];
}

/**
 * The course's hidden layers (bias per neuron, relu, no batch normalisation): z + b and max(z, 0) in
 * one pass, a written over z in one array. relu′(z) is read from a (a > 0 exactly where z > 0, NaN
 * included), and a z that is not finite is computed again where it is reported (step.ts). Half the
 * numbers written and read a step: on two threads, half the lines that cross between the cores.
 */
export const reluInPlace = (l: ModelSpec['layers'][number]): boolean => l.bias === 'each' && l.activation.name === 'relu' && !l.batchNorm;

/** Numbers a forward pass allocates from the kernels, for Kernels.reserve. */
export function forwardElements(spec: Pick<ModelSpec, 'inputSize' | 'layers'>, options: NetworkOptions): number {
	const B = options.maxBatch;
	const L = spec.layers.length;
	let n = B * spec.inputSize;
	spec.layers.forEach((l, k) => {
		n += (l.batchNorm ? 4 : reluInPlace(l) ? 1 : 2) * B * l.outSize;
		if ((options.dropout?.[k] ?? 0) > 0 && k < L - 1) n += B * l.outSize;
	});
	return n;
}

export function createForwardPass<T extends FloatArray>(kernels: Kernels<T>, model: ForwardModel<T>, options: NetworkOptions): ForwardPass<T> {
	const B = options.maxBatch;
	const { layers } = model.spec;
	const L = layers.length;
	const dropout = layers.map((_, k) => (k < L - 1 ? (options.dropout?.[k] ?? 0) : 0));
	const compiled = (k: number) => {
		const act = layers[k].activation;
		return act.name === 'custom' ? (options.custom ?? compileCustom)(act.expression ?? '') : undefined;
	};
	const A = layers.map((l) => kernels.alloc(B * l.outSize));
	return {
		kernels,
		model,
		maxBatch: B,
		X: kernels.alloc(B * model.spec.inputSize),
		Z: layers.map((l, k) => (reluInPlace(l) ? A[k] : kernels.alloc(B * l.outSize))),
		A,
		finiteZ: layers.map(() => false),
		D: layers.map((l, k) => (dropout[k] > 0 ? kernels.alloc(B * l.outSize) : null)),
		mask: layers.map((l, k) => (dropout[k] > 0 ? new Uint8Array(B * l.outSize) : null)),
		dropout,
		fixedMask: false,
		train: layers.map((l, k) => batchActivation(l.activation, true, compiled(k))),
		test: layers.map((l, k) => batchActivation(l.activation, false, compiled(k))),
		norm: layers.map((l, k) => {
			if (!l.batchNorm) return null;
			normParams(model, k); // a model without its γ, β and moving statistics fails here, not mid-pass
			const stats = () => new Float64Array(l.outSize);
			return { Zt: kernels.alloc(B * l.outSize), Zhat: kernels.alloc(B * l.outSize), invStd: stats(), mean: stats(), variance: stats() };
		})
	};
}

/** Layer k's γ, β and moving statistics; throws when the model lacks them. */
export function normParams<T extends FloatArray>(model: ForwardModel<T>, k: number): NormParams<T> {
	const [gamma, beta, movingMean, movingVariance] = [model.gamma, model.beta, model.movingMean, model.movingVariance].map((xs) => xs?.[k]);
	if (!gamma || !beta || !movingMean || !movingVariance) throw new Error(`layer ${k + 1}: batch normalisation without its γ, β and moving statistics`);
	return { gamma, beta, movingMean, movingVariance };
}

/** The input layer k reads: X, the previous layer's output, or its dropped-out version. */
export function inputOf<T extends FloatArray>(p: ForwardPass<T>, k: number, training: boolean): T {
	if (k === 0) return p.X;
	return training && p.D[k - 1] ? p.D[k - 1]! : p.A[k - 1];
}

/**
 * Layer k's z over the first `rows` rows after a forward pass: p.Z[k], or where a was written over
 * it (reluInPlace), z computed again into `scratch` (room for as many numbers), the same numbers.
 */
export function zOf<T extends FloatArray>(p: ForwardPass<T>, k: number, rows: number, training: boolean, scratch: T): T {
	if (p.Z[k] !== p.A[k]) return p.Z[k];
	const l = p.model.spec.layers[k];
	p.kernels.gemm(false, true, rows, l.outSize, l.inSize, inputOf(p, k, training), p.model.W[k], scratch, false);
	addBias(scratch, p.model.b[k], rows, l.outSize);
	return scratch;
}

/** Z[r][j] += b[j] over rows × cols. */
function addBias(Z: FloatArray, b: FloatArray, rows: number, cols: number): void {
	for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < cols; j++, i++) Z[i] += b[j];
}

/**
 * Forward pass over the first `rows` rows of X. `rng` draws dropout masks when training; not
 * training (test time), there is no dropout, rrelu uses its mean slope and batch normalisation its
 * moving statistics. Training moves those statistics: one call per training step.
 */
export function forward<T extends FloatArray>(p: ForwardPass<T>, rows: number, training: boolean, rng: Rng | null): void {
	const { layers } = p.model.spec;
	for (let k = 0; k < layers.length; k++) {
		const l = layers[k];
		const Z = p.Z[k];
		const out = l.outSize;
		const input = inputOf(p, k, training);
		const b = p.model.b[k];
		p.finiteZ[k] = false;
		const norm = p.norm[k];
		const K = p.kernels;
		if (reluInPlace(l)) {
			// The course's hidden layers: z = z + b and a = max(z, 0) in one pass over the batch, Z and A
			// one array (on two threads, each over the part it computed).
			if (K.gemmBiasRelu) p.finiteZ[k] = K.gemmBiasRelu(input, p.model.W[k], Z, p.A[k], b, rows, out, l.inSize);
			else {
				K.gemm(false, true, rows, out, l.inSize, input, p.model.W[k], Z, false);
				p.finiteZ[k] = K.vec.biasRelu(Z, p.A[k], b, rows, out);
			}
		} else {
			K.gemm(false, true, rows, out, l.inSize, input, p.model.W[k], Z, false);
			if (l.bias === 'each') addBias(Z, b, rows, out);
			else if (l.bias === 'shared') for (let i = 0, n = rows * out; i < n; i++) Z[i] += b[0];
			if (norm) p.finiteZ[k] = normForward(Z, norm, normParams(p.model, k), l.batchNorm!, rows, out, training);
			(training ? p.train : p.test)[k].forward(norm ? norm.Zt : Z, p.A[k], rows, out, p.model.alpha[k]);
		}
		const D = p.D[k];
		if (training && D && (rng || p.fixedMask)) {
			// Inverted dropout: keep with probability 1 − rate and scale by 1/(1 − rate).
			const M = p.mask[k]!;
			const keep = 1 - p.dropout[k];
			const A = p.A[k];
			for (let i = 0, n = rows * out; i < n; i++) {
				if (!p.fixedMask) M[i] = rng!.uniform() < keep ? 1 : 0;
				D[i] = M[i] ? A[i] / keep : 0;
			}
		}
	}
}
