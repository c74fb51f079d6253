// A product's epilogue on two threads: for a hidden relu layer, Z = A·Wᵀ is followed by z += b and
// a = max(z, 0). Done by the training thread over the whole of Z after the product, it read the part
// of Z the helper had just written and wrote the lines of A the helper had read: on two threads it
// took 26 µs a step at batch 64 (10 on one) and 350 µs at 256 (44), in the slow state. So each
// thread adds the bias and applies relu to the part of Z it computed, while its lines are its own.

import type { GemmJob } from './split';
import type { GemmExports } from './wasm';

/** The flag of a product followed by bias and relu (bits 0–2: transposes, accumulate; 3: gather). */
export const BIAS_RELU = 16;

/** Where the epilogue's other arrays are: A's offset minus Z's, the biases, and Z's start (byte offsets). */
export interface BiasReluEpilogue {
	aDelta: number;
	bias: number;
	c0: number;
}

/**
 * z += b, a = relu(z) over a part of a product (its rows and columns of C = Z); the part's first
 * column, counted from Z's start, says where its biases begin. True when every z is finite.
 */
export function biasReluPart(exports: GemmExports, job: GemmJob, e: BiasReluEpilogue): boolean {
	const column = ((job.c - e.c0) >> 2) % job.ldc;
	return exports.biasRelu(job.c, job.c + e.aDelta, e.bias + 4 * column, job.m, job.n, job.ldc) === 1;
}
