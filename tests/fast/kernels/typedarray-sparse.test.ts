import { describe, expect, it } from 'vitest';
import { typedArrayKernels } from '../../../src/lib/fast/kernels/typedarray';
import { gemmSparseTyped } from '../../../src/lib/fast/kernels/typedarray-sparse';
import { blockEdgeProblems, oddProblems, oneRowProblems, worstError, type Problem } from './gemm-check';

// The typed-array kernels' gemm multiplies only A's nonzeros when A has many zeros: every shape must
// still give the product, and the listed path must really be the one taken where it should be.

/** Shapes large enough for the listed path (8+ rows), every transpose. */
function listedProblems(): Problem[] {
	const out: Problem[] = [];
	for (const transB of [false, true])
		for (const accumulate of [false, true]) {
			out.push({ transA: false, transB, accumulate, m: 64, n: 300, k: 200 });
			out.push({ transA: false, transB, accumulate, m: 9, n: 13, k: 7 });
			out.push({ transA: true, transB, accumulate, m: 33, n: 21, k: 17 });
		}
	return out;
}

describe('typed-array gemm over the nonzeros of A', () => {
	for (const zeros of [0.5, 0.7, 0.8, 0.97]) {
		it(`f64 matches the naive product to 1e-12 with ${zeros * 100}% of A zero: odd sizes, block edges, one row, listed sizes`, () => {
			const K = typedArrayKernels('f64');
			expect(worstError(K, oddProblems(61, 6), 62, zeros)).toBeLessThan(1e-12);
			expect(worstError(K, blockEdgeProblems(), 63, zeros)).toBeLessThan(1e-12);
			expect(worstError(K, oneRowProblems(64, 8), 65, zeros)).toBeLessThan(1e-12);
			expect(worstError(K, listedProblems(), 66, zeros)).toBeLessThan(1e-12);
		});

		it(`f32 matches the naive product to 1e-5 relative with ${zeros * 100}% of A zero`, () => {
			expect(worstError(typedArrayKernels('f32'), [...oddProblems(67, 4), ...listedProblems()], 68, zeros)).toBeLessThan(1e-5);
		});
	}

	it('lists op(A) where it pays (a fifth nonzero, A transposed or not) and declines (C untouched) where gemm is the faster', () => {
		const sparse = (n: number, every: number) => Float64Array.from({ length: n }, (_, i) => (i % every === 0 ? 1 + (i % 7) : 0));
		const C = new Float64Array(64 * 10);
		const B = new Float64Array(200 * 10).fill(1);
		expect(gemmSparseTyped(false, false, 64, 10, 200, sparse(64 * 200, 5), B, C, false)).toBe(true);
		expect(gemmSparseTyped(true, false, 64, 10, 200, sparse(64 * 200, 5), B, C, false)).toBe(true);
		C.fill(3);
		// 2–7 rows, half nonzero (a ReLU layer's), dense in the first row, dense after it, nothing to multiply.
		expect(gemmSparseTyped(false, false, 4, 10, 200, sparse(4 * 200, 5), B, C, false)).toBe(false);
		expect(gemmSparseTyped(false, false, 64, 10, 200, sparse(64 * 200, 2), B, C, false)).toBe(false);
		expect(gemmSparseTyped(false, false, 64, 10, 200, new Float64Array(64 * 200).fill(1), B, C, false)).toBe(false);
		const lateDense = sparse(64 * 200, 5).map((v, i) => (i >= 200 ? 1 : v));
		expect(gemmSparseTyped(false, false, 64, 10, 200, lateDense, B, C, false)).toBe(false);
		expect(gemmSparseTyped(false, false, 64, 10, 0, new Float64Array(0), new Float64Array(0), C, false)).toBe(false);
		expect(C.every((x) => x === 3)).toBe(true);
	});

	it('a NaN in A still reaches C; a zero of A meeting an infinity of B gives 0 there (documented)', () => {
		const K = typedArrayKernels('f64');
		const m = 8, n = 8, k = 8;
		const A = new Float64Array(m * k);
		A[0] = NaN; // row 0
		A[k + 1] = 2; // row 1 reads B's row 1
		const B = new Float64Array(k * n).fill(1);
		B[3 * n] = Infinity; // row 3 of B meets only zeros of A
		const C = new Float64Array(m * n);
		K.gemm(false, false, m, n, k, A, B, C, false);
		expect(Number.isNaN(C[0])).toBe(true);
		expect(C[n]).toBe(2);
		expect(C[2 * n]).toBe(0);
	});
});
