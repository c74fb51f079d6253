import { describe, expect, it } from 'vitest';
import { typedArrayKernels } from '../../../src/lib/fast/kernels/typedarray';
import { blockEdgeProblems, oddProblems, oneRowProblems, worstError } from './gemm-check';

describe('typedArrayKernels', () => {
	it('f64 gemm matches the naive product to 1e-12 for every transpose, odd sizes, accumulate on and off', () => {
		expect(worstError(typedArrayKernels('f64'), oddProblems(1, 8), 2)).toBeLessThan(1e-12);
	});

	it('f64 gemm matches the naive product to 1e-12 across packing-block edges', () => {
		expect(worstError(typedArrayKernels('f64'), blockEdgeProblems(), 3)).toBeLessThan(1e-12);
	});

	it('f64 gemm matches the naive product to 1e-12 for one-row products (m = 1), n and k up to 37', () => {
		expect(worstError(typedArrayKernels('f64'), oneRowProblems(7, 10), 8)).toBeLessThan(1e-12);
	});

	it('f32 gemm matches the naive product to 1e-5 relative for every transpose and odd sizes', () => {
		expect(worstError(typedArrayKernels('f32'), oddProblems(4, 8), 5)).toBeLessThan(1e-5);
	});

	it('f32 gemm matches the naive product to 1e-5 relative across packing-block edges', () => {
		expect(worstError(typedArrayKernels('f32'), blockEdgeProblems(), 6)).toBeLessThan(1e-5);
	});

	it('gemm without accumulate overwrites whatever C held, and k = 0 gives zeros', () => {
		const K = typedArrayKernels('f64');
		const C = new Float64Array([7, 7, 7, 7]);
		K.gemm(false, false, 2, 2, 0, new Float64Array(0), new Float64Array(0), C, false);
		expect([...C]).toEqual([0, 0, 0, 0]);
	});

	it('gemm computes a hand-worked 2×3·3×2 product and its transposes', () => {
		const K = typedArrayKernels('f64');
		const A = new Float64Array([1, 2, 3, 4, 5, 6]); // 2×3
		const B = new Float64Array([7, 8, 9, 10, 11, 12]); // 3×2
		const C = new Float64Array(4);
		K.gemm(false, false, 2, 2, 3, A, B, C, false);
		expect([...C]).toEqual([58, 64, 139, 154]);
		// Aᵀ (3×2 stored as 2×3) · Bᵀ (2×3 stored as 3×2) is 3×3: (AᵀBᵀ)ᵢⱼ = Σ_p A[p][i]·B[j][p]
		const D = new Float64Array(9);
		K.gemm(true, true, 3, 3, 2, A, B, D, false);
		expect([...D]).toEqual([39, 49, 59, 54, 68, 82, 69, 87, 105]);
	});

	it('names itself by precision and allocates zeroed arrays of that type', () => {
		const f32 = typedArrayKernels('f32');
		const f64 = typedArrayKernels('f64');
		expect([f32.name, f32.precision, f64.name, f64.precision]).toEqual(['typedarray-f32', 'f32', 'typedarray-f64', 'f64']);
		expect(f32.alloc(3)).toEqual(new Float32Array(3));
		expect(f64.alloc(2)).toEqual(new Float64Array(2));
	});
});
