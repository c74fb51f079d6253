// Cutting one product C = op(A)·op(B) into two independent halves for two threads: by rows of C
// when there are enough (each half reads its rows of op(A) and all of op(B)), else by columns
// (all of op(A), its columns of op(B)). The halves write disjoint parts of C, so they need no
// synchronisation beyond "both done".

/**
 * One gemm call in the helper's terms: offsets of A, B, C in the shared memory (bytes for the
 * WebAssembly kernels, numbers for the typed-array ones: see `unit` below), lda/ldb/ldc in numbers
 * per stored row.
 */
export interface GemmJob {
	flags: number; // bit 0 transA, bit 1 transB, bit 2 accumulate
	m: number;
	n: number;
	k: number;
	a: number;
	lda: number;
	b: number;
	ldb: number;
	c: number;
	ldc: number;
}

/** Rows [r0, r1) of C: rows of op(A) are rows of A, or columns of A when transposed. `unit`: offset units per number. */
export function rowsOf(job: GemmJob, r0: number, r1: number, unit = 4): GemmJob {
	const transA = (job.flags & 1) !== 0;
	return { ...job, m: r1 - r0, a: job.a + unit * (transA ? r0 : r0 * job.lda), c: job.c + unit * r0 * job.ldc };
}

/** Columns [c0, c1) of C: columns of op(B) are columns of B, or rows of B when transposed. */
export function columnsOf(job: GemmJob, c0: number, c1: number, unit = 4): GemmJob {
	const transB = (job.flags & 2) !== 0;
	return { ...job, n: c1 - c0, b: job.b + unit * (transB ? c0 * job.ldb : c0), c: job.c + unit * c0 };
}

/**
 * Two halves of a product worth splitting (at least `minMacs` multiply-adds), or null. Rows are cut
 * on a multiple of 4 and columns on a multiple of 16, the register tiles' sizes.
 */
export function splitJob(job: GemmJob, minMacs: number, unit = 4): [GemmJob, GemmJob] | null {
	if (job.m * job.n * job.k < minMacs) return null;
	if (job.m >= 8) {
		const r = Math.round(job.m / 8) * 4;
		return [rowsOf(job, 0, r, unit), rowsOf(job, r, job.m, unit)];
	}
	if (job.n >= 32) {
		const c = Math.round(job.n / 32) * 16;
		return [columnsOf(job, 0, c, unit), columnsOf(job, c, job.n, unit)];
	}
	return null;
}
