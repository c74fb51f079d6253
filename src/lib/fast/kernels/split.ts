// Cutting one product C = op(A)·op(B) into two independent parts for two threads: by rows of C
// (each part reads its rows of op(A) and all of op(B)) or by columns (all of op(A), its columns
// of op(B)). Each part packs the operand it reads whole again, so the cut goes across the
// dimension that makes that copy the smaller one: rows when op(B) (k×n) is smaller than op(A)
// (m×k), i.e. n < m. The parts write disjoint parts of C, so they need no synchronisation beyond
// "both done", and each number of C is summed in the same order as by the whole product.

import { SGD_UPDATE, type Epilogue } from './epilogue';

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
	/** With an epilogue's flag (epilogue.ts): what it needs besides the part; kept whole by the cuts. */
	epilogue?: Epilogue;
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
 * W += Gᵀ·A (transposed A, accumulating: a weight update folded into the backward pass). It is cut
 * by rows of W, the neurons whose z each thread computes in the forward pass (a cut by columns of
 * Z), so each thread keeps writing and reading its own rows of W. Cut by columns of W, as the
 * smaller packing would have it, a quarter of every W crossed between the cores twice a step:
 * 3.4% slower at batch 64 when crossing is dear (alternating blocks), no faster when it is cheap.
 * An SGD_UPDATE never by columns: its epilogue scales, in place, the columns of G its part reads.
 */
const isWeightUpdate = (job: GemmJob) => (job.flags & 5) === 5 || (job.flags & SGD_UPDATE) !== 0;

/** Register tiles: 4 rows × 8 columns (WebAssembly), 4 × 4 (typed arrays). Cuts fall on multiples. */
const ROWS = 4;
const COLUMNS = 8;

/** Where to cut `total` so the second part has about `share` of it: a multiple of `q`, both parts non-empty. */
function cut(total: number, q: number, share: number): number {
	const first = Math.round((total * (1 - share)) / q) * q;
	return Math.min(Math.max(first, q), Math.floor((total - 1) / q) * q);
}

/**
 * Two parts of a product worth splitting (at least `minMacs` multiply-adds), or null: the first for
 * this thread, the second, about `share` of the work, for the helper.
 */
export function splitJob(job: GemmJob, minMacs: number, unit = 4, share = 0.5): [GemmJob, GemmJob] | null {
	if (job.m * job.n * job.k < minMacs) return null;
	const rowsFit = job.m >= 2 * ROWS;
	const columnsFit = job.n >= 4 * COLUMNS;
	if (rowsFit && (job.n < job.m || !columnsFit || isWeightUpdate(job))) {
		const r = cut(job.m, ROWS, share);
		return [rowsOf(job, 0, r, unit), rowsOf(job, r, job.m, unit)];
	}
	if (columnsFit && !(job.flags & SGD_UPDATE)) {
		const c = cut(job.n, COLUMNS, share);
		return [columnsOf(job, 0, c, unit), columnsOf(job, c, job.n, unit)];
	}
	return null;
}
