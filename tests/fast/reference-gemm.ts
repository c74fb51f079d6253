// A naive triple-loop gemm behind the Kernels interface: the reference the fast path's tests use,
// independent of the optimised kernels.

import type { FloatArray, Kernels } from '../../src/lib/fast/kernels/types';
import { typedVectorOps } from '../../src/lib/fast/kernels/vector-typed';

function naiveGemm(transA: boolean, transB: boolean, m: number, n: number, k: number, A: FloatArray, B: FloatArray, C: FloatArray, accumulate: boolean): void {
	for (let i = 0; i < m; i++)
		for (let j = 0; j < n; j++) {
			let s = 0;
			for (let p = 0; p < k; p++) s += (transA ? A[p * m + i] : A[i * k + p]) * (transB ? B[j * k + p] : B[p * n + j]);
			C[i * n + j] = accumulate ? C[i * n + j] + s : s;
		}
}

export function referenceKernels(precision: 'f64'): Kernels<Float64Array>;
export function referenceKernels(precision: 'f32'): Kernels<Float32Array>;
export function referenceKernels(precision: 'f32' | 'f64'): Kernels {
	return {
		name: `reference-${precision}`,
		precision,
		reserve() {},
		alloc: (n: number) => (precision === 'f64' ? new Float64Array(n) : new Float32Array(n)),
		gemm: naiveGemm,
		vec: typedVectorOps
	};
}
