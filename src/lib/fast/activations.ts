// Every activation of docs/maths.md over a batch: A = f(Z) elementwise (softmax row by row), and the
// backward rule δ = ∂E/∂A ⊙ f′(Z) (softmax: δ_j = a_j (g_j − Σ_k g_k a_k), its Jacobian applied).
// Rows are samples, columns neurons; `alpha[j]` is neuron j's slope for prelu and rrelu.

import type { Activation } from '../engine/spec/types';
import type { FloatArray } from './kernels/types';

/** A scalar function and its derivative, e.g. a compiled custom expression. */
export interface ScalarFn {
	f(x: number): number;
	df(x: number): number;
}

export interface BatchActivation {
	forward(Z: FloatArray, A: FloatArray, rows: number, cols: number, alpha: FloatArray | null): void;
	/** G holds ∂E/∂A on entry and δ = ∂E/∂Z on return. */
	backward(Z: FloatArray, A: FloatArray, G: FloatArray, rows: number, cols: number, alpha: FloatArray | null): void;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

/** Elementwise activation from f(x, slope) and f′(x, a, slope); the slope is fixed or per neuron. */
function elementwise(
	f: (x: number, alpha: number) => number,
	df: (x: number, a: number, alpha: number) => number,
	slope: number | 'per-neuron'
): BatchActivation {
	if (slope !== 'per-neuron')
		return {
			forward(Z, A, rows, cols) {
				for (let i = 0, n = rows * cols; i < n; i++) A[i] = f(Z[i], slope);
			},
			backward(Z, A, G, rows, cols) {
				for (let i = 0, n = rows * cols; i < n; i++) G[i] *= df(Z[i], A[i], slope);
			}
		};
	return {
		forward(Z, A, rows, cols, alpha) {
			for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < cols; j++, i++) A[i] = f(Z[i], alpha![j]);
		},
		backward(Z, A, G, rows, cols, alpha) {
			for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < cols; j++, i++) G[i] *= df(Z[i], A[i], alpha![j]);
		}
	};
}

const fixed = (value: number) => value;
const perNeuron = 'per-neuron';

// The common activations get loops of their own: a shared loop calling a different f for each
// activation is a megamorphic call that the JIT cannot inline.
const linear: BatchActivation = {
	forward(Z, A, rows, cols) {
		A.set(Z.subarray(0, rows * cols));
	},
	backward() {}
};

const relu: BatchActivation = {
	forward(Z, A, rows, cols) {
		for (let i = 0, n = rows * cols; i < n; i++) A[i] = Z[i] > 0 ? Z[i] : 0;
	},
	// relu′(0) = 0 (docs/maths.md).
	backward(Z, _A, G, rows, cols) {
		for (let i = 0, n = rows * cols; i < n; i++) if (!(Z[i] > 0)) G[i] = 0;
	}
};

const sigmoidBatch: BatchActivation = {
	forward(Z, A, rows, cols) {
		for (let i = 0, n = rows * cols; i < n; i++) A[i] = 1 / (1 + Math.exp(-Z[i]));
	},
	// σ′ = σ (1 − σ).
	backward(_Z, A, G, rows, cols) {
		for (let i = 0, n = rows * cols; i < n; i++) G[i] *= A[i] * (1 - A[i]);
	}
};

const tanh: BatchActivation = {
	forward(Z, A, rows, cols) {
		for (let i = 0, n = rows * cols; i < n; i++) A[i] = Math.tanh(Z[i]);
	},
	// tanh′ = 1 − tanh².
	backward(_Z, A, G, rows, cols) {
		for (let i = 0, n = rows * cols; i < n; i++) G[i] *= 1 - A[i] * A[i];
	}
};

const softmax: BatchActivation = {
	forward(Z, A, rows, cols) {
		for (let r = 0; r < rows; r++) {
			const o = r * cols;
			let max = -Infinity;
			for (let j = 0; j < cols; j++) max = Math.max(max, Z[o + j]);
			let sum = 0;
			for (let j = 0; j < cols; j++) sum += A[o + j] = Math.exp(Z[o + j] - max);
			for (let j = 0; j < cols; j++) A[o + j] /= sum;
		}
	},
	backward(_Z, A, G, rows, cols) {
		for (let r = 0; r < rows; r++) {
			const o = r * cols;
			let dot = 0;
			for (let j = 0; j < cols; j++) dot += G[o + j] * A[o + j];
			for (let j = 0; j < cols; j++) G[o + j] = A[o + j] * (G[o + j] - dot);
		}
	}
};

/**
 * The batch rule for `act`. `training` matters only for rrelu (the drawn slopes while training, their
 * mean (lower + upper) / 2 at test time). `custom` is the compiled expression for `custom`.
 */
export function batchActivation(act: Activation, training: boolean, custom?: ScalarFn): BatchActivation {
	const a = act.alpha;
	switch (act.name) {
		case 'linear':
			return linear;
		case 'sigmoid':
			return sigmoidBatch;
		case 'tanh':
			return tanh;
		case 'relu':
			return relu;
		case 'leaky_relu':
			// leaky_relu′(0) = 1 (docs/maths.md).
			return elementwise((x, s) => (x >= 0 ? x : s * x), (x, _y, s) => (x >= 0 ? 1 : s), fixed(a ?? 0.01));
		case 'prelu':
			return elementwise((x, s) => (x >= 0 ? x : s * x), (x, _y, s) => (x >= 0 ? 1 : s), perNeuron);
		case 'rrelu': {
			const mean = ((act.lower ?? 1 / 8) + (act.upper ?? 1 / 3)) / 2;
			return elementwise((x, s) => (x >= 0 ? x : s * x), (x, _y, s) => (x >= 0 ? 1 : s), training ? perNeuron : fixed(mean));
		}
		case 'elu':
			// f = α(eˣ − 1) for x < 0, so f′ = α eˣ = f + α there.
			return elementwise((x, s) => (x > 0 ? x : s * Math.expm1(x)), (x, _y, s) => (x > 0 ? 1 : s * Math.exp(x)), fixed(a ?? 1));
		case 'softplus':
			return elementwise(softplus, (x) => sigmoid(x), fixed(0));
		case 'swish':
			// (x σ(x))′ = σ(x) + x σ(x)(1 − σ(x)).
			return elementwise(
				(x) => x * sigmoid(x),
				(x) => {
					const s = sigmoid(x);
					return s + x * s * (1 - s);
				},
				fixed(0)
			);
		case 'step':
			return elementwise((x) => (x >= 0 ? 1 : 0), () => 0, fixed(0));
		case 'sign':
			return elementwise((x) => (x > 0 ? 1 : x < 0 ? -1 : 0), () => 0, fixed(0));
		case 'softmax':
			return softmax;
		case 'custom': {
			if (!custom) throw new Error('custom activation without a compiled expression');
			const fn = custom;
			return elementwise((x) => fn.f(x), (x) => fn.df(x), fixed(0));
		}
	}
}

/** ∂E/∂α_j for prelu: Σ over the batch of ∂E/∂a · ∂a/∂α, where ∂a/∂α = z for z < 0 and 0 otherwise. */
export function preluAlphaGradient(Z: FloatArray, G: FloatArray, rows: number, cols: number, out: FloatArray): void {
	out.fill(0);
	for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < cols; j++, i++) if (Z[i] < 0) out[j] += G[i] * Z[i];
}
