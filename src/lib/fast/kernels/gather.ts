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

/** Runs a gather on the shared memory `buffer` (float32 numbers). */
export function runGather(buffer: ArrayBufferLike, job: GemmJob): void {
	const all = new Float32Array(buffer);
	const order = new Uint32Array(buffer, job.b, job.m);
	const src = job.a >> 2;
	const dst = job.c >> 2;
	for (let r = 0; r < job.m; r++) {
		const from = src + order[r] * job.lda;
		all.copyWithin(dst + r * job.ldc, from, from + job.n);
	}
}
