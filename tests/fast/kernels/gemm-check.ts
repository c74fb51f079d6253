// Shared by the kernel tests: a naive reference product and a checker that runs a kernel on
// seeded random problems and returns the worst error, scaled by Σ|a|·|b| (+|C₀|) per entry, the
// natural bound of a floating-point dot product.

import type { Kernels } from '../../../src/lib/fast/kernels/types';

/** mulberry32: a small seeded generator, so every test draw is reproducible. */
export function seededRandom(seed: number) {
	let s = seed >>> 0;
	const next = (): number => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return { next, int: (n: number) => Math.floor(next() * n) };
}

export interface Problem {
	transA: boolean;
	transB: boolean;
	m: number;
	n: number;
	k: number;
	accumulate: boolean;
}

/** Σ_p op(A)(i,p)·op(B)(p,j) (+ C₀) and its scale Σ|·|, in double, straight from the definition. */
export function naiveGemm(pr: Problem, A: ArrayLike<number>, B: ArrayLike<number>, C0: ArrayLike<number>) {
	const { transA, transB, m, n, k, accumulate } = pr;
	const value = new Float64Array(m * n);
	const scale = new Float64Array(m * n);
	for (let i = 0; i < m; i++) {
		for (let j = 0; j < n; j++) {
			let s = accumulate ? C0[i * n + j] : 0;
			let t = Math.abs(s);
			for (let p = 0; p < k; p++) {
				const a = transA ? A[p * m + i] : A[i * k + p];
				const b = transB ? B[j * k + p] : B[p * n + j];
				s += a * b;
				t += Math.abs(a * b);
			}
			value[i * n + j] = s;
			scale[i * n + j] = t;
		}
	}
	return { value, scale };
}

/**
 * The worst scaled error of kernels.gemm over the problems (fresh arrays from kernels.alloc), with
 * that share of A's entries set to exactly 0 (as ReLU outputs and digits' pixels are).
 */
export function worstError(kernels: Kernels, problems: Problem[], seed: number, zeros = 0): number {
	const rng = seededRandom(seed);
	let need = 0;
	for (const { m, n, k } of problems) need += m * k + k * n + m * n + 12;
	kernels.reserve(need);
	let worst = 0;
	for (const pr of problems) {
		const { m, n, k } = pr;
		const A = kernels.alloc(m * k);
		const B = kernels.alloc(k * n);
		const C = kernels.alloc(m * n);
		for (let i = 0; i < A.length; i++) A[i] = rng.next() < zeros ? 0 : rng.next() * 2 - 1;
		for (let i = 0; i < B.length; i++) B[i] = rng.next() * 2 - 1;
		for (let i = 0; i < C.length; i++) C[i] = rng.next() * 2 - 1;
		const C0 = C.slice();
		const ref = naiveGemm(pr, A, B, C0);
		kernels.gemm(pr.transA, pr.transB, m, n, k, A, B, C, pr.accumulate);
		for (let i = 0; i < m * n; i++) {
			const err = Math.abs(C[i] - ref.value[i]) / Math.max(ref.scale[i], 1e-300);
			if (!(err <= worst)) worst = Number.isNaN(err) ? Infinity : err;
		}
	}
	return worst;
}

/** Every transpose combination × accumulate on/off, with sizes 1..37 drawn from the seed. */
export function oddProblems(seed: number, perCase: number): Problem[] {
	const rng = seededRandom(seed);
	const out: Problem[] = [];
	for (const transA of [false, true])
		for (const transB of [false, true])
			for (const accumulate of [false, true])
				for (let t = 0; t < perCase; t++) {
					out.push({ transA, transB, accumulate, m: 1 + rng.int(37), n: 1 + rng.int(37), k: 1 + rng.int(37) });
				}
	return out;
}

/** One row of C (batch 1, the matrix–vector path): every transpose, n and k from 1 to 37. */
export function oneRowProblems(seed: number, perCase: number): Problem[] {
	return oddProblems(seed, perCase).map((p) => ({ ...p, m: 1 }));
}

/** Sizes that cross every block edge of the packed kernels (KC = 256, MC = 128, NC = 512). */
export function blockEdgeProblems(): Problem[] {
	const out: Problem[] = [];
	for (const transA of [false, true])
		for (const transB of [false, true]) out.push({ transA, transB, accumulate: transA, m: 131, n: 517, k: 261 });
	return out;
}
