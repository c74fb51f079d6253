// The elementwise work around a product, done on two threads by each thread over its own part of it.
// Done by the training thread over the whole result after the product, it read the part the helper
// had just written and wrote lines the helper had read: the bias and relu after a hidden layer's
// forward product took 26 µs a step at batch 64 (10 on one thread) and 350 µs at 256 (44), in the
// slow state. Two kinds, each a flag of the product's job:
//   BIAS_RELU   Z = A·Wᵀ, then z += b and a = max(z, 0) (a hidden relu layer's forward pass);
//   SGD_UPDATE  first δ ← −η δ over the part's neurons, then W += δᵀ·A_prev, then b += Σ_rows δ
//               (plain SGD's update folded into the backward pass; cut by rows of W only, so that
//               each thread scales and sums only the columns of δ it reads: split.ts). Against the
//               training thread scaling all of δ and summing it into b: +1.1% at batch 64, +2.3% at
//               256 (alternating blocks).
// The backward pass's relu′ mask, done the same way after ∂E/∂A = δ·W, was no faster (alternating
// blocks: −1.4% at batch 64, −0.1% at 256; tried again with a written over z and every cut of a
// layer's neurons at the same place: no change with the cores close, −2% to −3% with them far), so
// it stays on the training thread.

import type { GemmJob } from './split';
import type { GemmExports } from './wasm';

/** The flags of a product's epilogue (bits 0–2: transposes, accumulate; 3: gather). */
export const BIAS_RELU = 16;
export const SGD_UPDATE = 32;
export const EPILOGUES = BIAS_RELU | SGD_UPDATE;

/** What an epilogue needs besides its part of the product: byte offsets, kept whole by the cuts. */
export interface Epilogue {
	/** BIAS_RELU: A's offset minus C's (Z's). */
	delta: number;
	/** Where the biases start (BIAS_RELU, SGD_UPDATE). */
	bias: number;
	/** Where the whole product's C (BIAS_RELU) or A = δ (SGD_UPDATE) starts: a part's offset from it says which biases are its. */
	origin: number;
	/** SGD_UPDATE: the factor −η. */
	scale: number;
}

/**
 * One part of a product with its epilogue: `gemm` computes the part's product. True when every z is
 * finite (BIAS_RELU; always true for the others).
 */
export function runPart(exports: GemmExports, job: GemmJob, e: Epilogue, gemm: (job: GemmJob) => void): boolean {
	if (job.flags & SGD_UPDATE) {
		// op(A) = δᵀ: the part's rows are columns of δ (batch × neurons, lda numbers a row).
		exports.scale(job.a, job.k, job.m, job.lda, e.scale);
		gemm(job);
		exports.columnSums(job.a, job.k, job.m, job.lda, e.bias + (job.a - e.origin), 1);
		return true;
	}
	gemm(job);
	if (job.flags & BIAS_RELU) {
		const column = ((job.c - e.origin) >> 2) % job.ldc;
		return exports.biasRelu(job.c, job.c + e.delta, e.bias + 4 * column, job.m, job.n, job.ldc) === 1;
	}
	return true;
}
