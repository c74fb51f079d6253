// Gathering a batch's rows on two threads: the data set copied once into the kernels' shared memory,
// each thread copies half of the batch's rows into X. Copied by the training thread alone, the
// batch took 27 µs a step at batch 64 on one thread but 100 µs on two, 115 and 400 µs at batch 256
// (this machine, two cores in the slow state, see docs/architecture): the helper's cache holds the
// lines of X it read in the last step, and writing them on this thread waits for each to cross.
// A gather is a job of the helper's control block like a product, told apart by a flag.

import type { GemmJob } from './split';

/** The flag of a gather job (products use bits 0–2: transposes and accumulate). */
export const GATHER = 8;

/** Batches of fewer numbers are copied on one thread (about 10 µs of copying). */
export const MIN_GATHER_NUMBERS = 1 << 14;

/**
 * A gather in the control block's terms, all offsets in bytes of the shared memory: rows `m` of `n`
 * numbers each; row r comes from src (`a`) row order[r], the order's Uint32 at `b`, and goes to row r
 * of dst (`c`).
 */
export function gatherJob(src: number, order: number, rows: number, n: number, dst: number): GemmJob {
	return { flags: GATHER, m: rows, n, k: 0, a: src, lda: n, b: order, ldb: 0, c: dst, ldc: n };
}

/** Rows [r0, r1) of a gather. */
function part(job: GemmJob, r0: number, r1: number): GemmJob {
	return { ...job, m: r1 - r0, b: job.b + 4 * r0, c: job.c + 4 * r0 * job.ldc };
}

/** The gather's two halves (this thread's first), or null when it is small enough for one thread. */
export function gatherParts(job: GemmJob): [GemmJob, GemmJob] | null {
	if (job.m < 2 || job.m * job.n < MIN_GATHER_NUMBERS) return null;
	const half = job.m >> 1;
	return [part(job, 0, half), part(job, half, job.m)];
}

/** The shared memory as float32 numbers and as row indices (made once: a gather runs every step). */
export interface GatherViews {
	numbers: Float32Array;
	indices: Uint32Array;
}

export const gatherViews = (buffer: ArrayBufferLike): GatherViews => ({ numbers: new Float32Array(buffer), indices: new Uint32Array(buffer) });

/** Runs a gather on the shared memory. */
export function runGather({ numbers, indices }: GatherViews, job: GemmJob): void {
	const order = job.b >> 2;
	const src = job.a >> 2;
	const dst = job.c >> 2;
	for (let r = 0; r < job.m; r++) {
		const from = src + indices[order + r] * job.lda;
		numbers.copyWithin(dst + r * job.ldc, from, from + job.n);
	}
}
