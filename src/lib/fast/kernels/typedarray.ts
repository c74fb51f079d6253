// The plain typed-array kernel: the fallback where WebAssembly SIMD is missing, and the exact
// Float64 path. C = op(A)·op(B) (+ C), computed GotoBLAS-style: k is cut into blocks of KC, op(B)
// into column blocks of NC and op(A) into row blocks of MC; each block is copied ("packed") into
// Float64 panels laid out in the order the inner loop reads them, so the inner loop runs over
// contiguous memory whatever the transpose flags, and a 4×4 tile of C stays in registers while
// it sums a(i,p)·b(p,j) over p.
// A full panel is packed depth by depth, its four lines read side by side, so the panel is
// written in order (and a row-major operand read along its rows); only panels cut short by the
// matrix's edge are packed line by line, zero-padded.
//
// Packing into Float64Array for both precisions keeps the inner loop monomorphic (one array
// type) and sums float32 inputs in double before the single rounding on store.
// Where A has many zeros (digits' pixels, ReLU outputs), the kernels' gemm multiplies only its
// nonzeros instead (typedarray-sparse.ts); gemmStrided is the packed product alone.

import { gemmSparseTyped } from './typedarray-sparse';
import type { FloatArray, Kernels } from './types';
import { typedVectorOps } from './vector-typed';

const MR = 4; // rows of a register tile
const NR = 4; // columns of a register tile
const KC = 256; // depth of a packed block: a 4×KC panel of A and of B is 8 KB each, in L1
const MC = 128; // rows of A per packed block
const NC = 512; // columns of B per packed block: KC×NC doubles = 1 MB, in L2

/** Workspace for the packed panels, shared by every call (the kernel is not re-entrant). */
const Ap = new Float64Array(MC * KC);
const Bp = new Float64Array(KC * NC);

/** Panels of MR rows of op(A)[i0.., p0..]: Ap[(panel·kc + p)·MR + r], zero rows past mc. lda: A's stored row length. */
function packA(transA: boolean, A: FloatArray, lda: number, i0: number, mc: number, p0: number, kc: number): void {
	const ap = Ap;
	for (let ip = 0; ip < mc; ip += MR) {
		const base = ip * kc;
		if (ip + MR > mc) {
			packEdge(ap, transA, A, lda, i0 + ip, mc - ip, MR, p0, kc, base);
		} else if (transA) {
			// op(A)(i, p) = A[p][i], A stored k×m: the panel's MR entries at depth p are adjacent in A
			for (let p = 0, o = base, s = p0 * lda + i0 + ip; p < kc; p++, o += MR, s += lda) {
				ap[o] = A[s];
				ap[o + 1] = A[s + 1];
				ap[o + 2] = A[s + 2];
				ap[o + 3] = A[s + 3];
			}
		} else {
			// four rows of A read side by side, the panel written in order
			const r0 = (i0 + ip) * lda + p0, r1 = r0 + lda, r2 = r1 + lda, r3 = r2 + lda;
			for (let p = 0, o = base; p < kc; p++, o += MR) {
				ap[o] = A[r0 + p];
				ap[o + 1] = A[r1 + p];
				ap[o + 2] = A[r2 + p];
				ap[o + 3] = A[r3 + p];
			}
		}
	}
}

/**
 * A panel cut short by the edge of the matrix: `lines` (< width) lines of the operand from
 * `first` (rows of op(A), or columns of op(B)), zeros after them. `across`: the lines are the
 * stored matrix's columns (stride `ld` along the depth p); otherwise its rows (`ld` apart).
 */
function packEdge(
	panel: Float64Array, across: boolean, X: FloatArray, ld: number,
	first: number, lines: number, width: number, p0: number, kc: number, base: number
): void {
	for (let r = 0; r < width; r++) {
		if (r >= lines) {
			for (let p = 0; p < kc; p++) panel[base + p * width + r] = 0;
		} else if (across) {
			for (let p = 0; p < kc; p++) panel[base + p * width + r] = X[(p0 + p) * ld + first + r];
		} else {
			const row = (first + r) * ld + p0;
			for (let p = 0; p < kc; p++) panel[base + p * width + r] = X[row + p];
		}
	}
}

/** Panels of NR columns of op(B)[p0.., j0..]: Bp[(panel·kc + p)·NR + c], zero columns past nc. ldb: B's stored row length. */
function packB(transB: boolean, B: FloatArray, ldb: number, p0: number, kc: number, j0: number, nc: number): void {
	const bp = Bp;
	for (let jp = 0; jp < nc; jp += NR) {
		const base = jp * kc;
		if (jp + NR > nc) {
			packEdge(bp, !transB, B, ldb, j0 + jp, nc - jp, NR, p0, kc, base);
		} else if (transB) {
			// op(B)(p, j) = B[j][p], B stored n×k: four rows of B read side by side
			const r0 = (j0 + jp) * ldb + p0, r1 = r0 + ldb, r2 = r1 + ldb, r3 = r2 + ldb;
			for (let p = 0, o = base; p < kc; p++, o += NR) {
				bp[o] = B[r0 + p];
				bp[o + 1] = B[r1 + p];
				bp[o + 2] = B[r2 + p];
				bp[o + 3] = B[r3 + p];
			}
		} else {
			// the panel's NR entries at depth p are adjacent in row p of B
			for (let p = 0, o = base, s = p0 * ldb + j0 + jp; p < kc; p++, o += NR, s += ldb) {
				bp[o] = B[s];
				bp[o + 1] = B[s + 1];
				bp[o + 2] = B[s + 2];
				bp[o + 3] = B[s + 3];
			}
		}
	}
}

/** C[i0+r][j0+c] += Σ_p Ap(r,p)·Bp(p,c) for every 4×4 tile of the packed block. */
function macroKernel(mc: number, nc: number, kc: number, C: FloatArray, n: number, i0: number, j0: number): void {
	const ap = Ap; // locals, not module bindings, in the hot loop: measurably faster in V8
	const bp = Bp;
	for (let jp = 0; jp < nc; jp += NR) {
		const bBase = jp * kc;
		const cols = nc - jp < NR ? nc - jp : NR;
		for (let ip = 0; ip < mc; ip += MR) {
			const aBase = ip * kc;
			let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
			let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
			let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
			let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
			// `| 0` keeps the index arithmetic in int32, so V8 drops its overflow checks (a few per cent).
			for (let a = aBase, b = bBase, end = (aBase + kc * MR) | 0; a < end; a = (a + MR) | 0, b = (b + NR) | 0) {
				const a0 = ap[a], a1 = ap[(a + 1) | 0], a2 = ap[(a + 2) | 0], a3 = ap[(a + 3) | 0];
				const b0 = bp[b], b1 = bp[(b + 1) | 0], b2 = bp[(b + 2) | 0], b3 = bp[(b + 3) | 0];
				c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
				c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
				c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
				c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
			}
			const rows = mc - ip < MR ? mc - ip : MR;
			const c0 = (i0 + ip) * n + j0 + jp;
			if (rows === MR && cols === NR) {
				addRow(C, c0, c00, c01, c02, c03);
				addRow(C, c0 + n, c10, c11, c12, c13);
				addRow(C, c0 + 2 * n, c20, c21, c22, c23);
				addRow(C, c0 + 3 * n, c30, c31, c32, c33);
			} else {
				addPart(C, c0, cols, c00, c01, c02, c03);
				if (rows > 1) addPart(C, c0 + n, cols, c10, c11, c12, c13);
				if (rows > 2) addPart(C, c0 + 2 * n, cols, c20, c21, c22, c23);
				if (rows > 3) addPart(C, c0 + 3 * n, cols, c30, c31, c32, c33);
			}
		}
	}
}

function addRow(C: FloatArray, o: number, x0: number, x1: number, x2: number, x3: number): void {
	C[o] += x0;
	C[o + 1] += x1;
	C[o + 2] += x2;
	C[o + 3] += x3;
}

function addPart(C: FloatArray, o: number, cols: number, x0: number, x1: number, x2: number, x3: number): void {
	C[o] += x0;
	if (cols > 1) C[o + 1] += x1;
	if (cols > 2) C[o + 2] += x2;
	if (cols > 3) C[o + 3] += x3;
}

/**
 * One row of C (batch 1), where packing would cost as much as the product: with B transposed
 * (stored n×k) each C[j] is the dot product of a with row j of B; otherwise C += a[p]·(row p of B)
 * for each p, which runs along rows of B. op(A) has one row, stored contiguously either way.
 */
function gemvRow(transB: boolean, n: number, k: number, a: FloatArray, B: FloatArray, ldb: number, C: FloatArray): void {
	if (transB) {
		for (let j = 0; j < n; j++) {
			const row = j * ldb;
			let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
			let p = 0;
			for (; p + 3 < k; p += 4) {
				s0 += a[p] * B[row + p];
				s1 += a[p + 1] * B[row + p + 1];
				s2 += a[p + 2] * B[row + p + 2];
				s3 += a[p + 3] * B[row + p + 3];
			}
			for (; p < k; p++) s0 += a[p] * B[row + p];
			C[j] += s0 + s1 + (s2 + s3);
		}
		return;
	}
	for (let p = 0; p < k; p++) {
		const x = a[p];
		const row = p * ldb;
		for (let j = 0; j < n; j++) C[j] += x * B[row + j];
	}
}

/**
 * C(m×n) = op(A)·op(B) (+ C when accumulate), row-major, on any typed arrays, with the stored row
 * lengths of A, B and C given (lda, ldb, ldc), so that a block of rows or columns of a larger
 * product can be computed alone (the two-thread split).
 */
export function gemmStrided(
	transA: boolean, transB: boolean, m: number, n: number, k: number,
	A: FloatArray, lda: number, B: FloatArray, ldb: number, C: FloatArray, ldc: number, accumulate: boolean
): void {
	if (!accumulate) for (let i = 0; i < m; i++) C.fill(0, i * ldc, i * ldc + n);
	if (m === 0 || n === 0) return;
	// One row of op(A) stored contiguously (A not transposed, or transposed with one column).
	if (m === 1 && (!transA || lda === 1)) return gemvRow(transB, n, k, A, B, ldb, C);
	for (let p0 = 0; p0 < k; p0 += KC) {
		const kc = Math.min(KC, k - p0);
		for (let j0 = 0; j0 < n; j0 += NC) {
			const nc = Math.min(NC, n - j0);
			packB(transB, B, ldb, p0, kc, j0, nc);
			for (let i0 = 0; i0 < m; i0 += MC) {
				const mc = Math.min(MC, m - i0);
				packA(transA, A, lda, i0, mc, p0, kc);
				macroKernel(mc, nc, kc, C, ldc, i0, j0);
			}
		}
	}
}

/**
 * gemmStrided, over A's nonzeros alone where A has many zeros and is stored whole (typedarray-
 * sparse.ts): what the typed-array kernels (and their helper thread) run.
 */
export function gemmBest(
	transA: boolean, transB: boolean, m: number, n: number, k: number,
	A: FloatArray, lda: number, B: FloatArray, ldb: number, C: FloatArray, ldc: number, accumulate: boolean
): void {
	const whole = lda === (transA ? m : k) && ldb === (transB ? k : n) && ldc === n;
	if (whole && gemmSparseTyped(transA, transB, m, n, k, A, B, C, accumulate)) return;
	gemmStrided(transA, transB, m, n, k, A, lda, B, ldb, C, ldc, accumulate);
}

function gemm(
	transA: boolean, transB: boolean, m: number, n: number, k: number,
	A: FloatArray, B: FloatArray, C: FloatArray, accumulate: boolean
): void {
	gemmBest(transA, transB, m, n, k, A, transA ? m : k, B, transB ? k : n, C, n, accumulate);
}

export function typedArrayKernels(precision: 'f32'): Kernels<Float32Array>;
export function typedArrayKernels(precision: 'f64'): Kernels<Float64Array>;
export function typedArrayKernels(precision: 'f32' | 'f64'): Kernels<Float32Array> | Kernels<Float64Array>;
export function typedArrayKernels(precision: 'f32' | 'f64'): Kernels<Float32Array> | Kernels<Float64Array> {
	if (precision === 'f32') {
		return {
			name: 'typedarray-f32',
			precision,
			reserve() {},
			alloc: (n: number) => new Float32Array(n),
			gemm,
			vec: typedVectorOps
		};
	}
	return {
		name: 'typedarray-f64',
		precision,
		reserve() {},
		alloc: (n: number) => new Float64Array(n),
		gemm,
		vec: typedVectorOps
	};
}
