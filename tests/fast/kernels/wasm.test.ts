import { describe, expect, it } from 'vitest';
import { wasmKernels, wasmSupported } from '../../../src/lib/fast/kernels/wasm';
import { blockEdgeProblems, oddProblems, oneRowProblems, worstError } from './gemm-check';

describe('wasmKernels("wasm-simd")', () => {
	it('is supported by Node 20 (plain WebAssembly SIMD validates)', () => {
		expect(wasmSupported('wasm-simd')).toBe(true);
	});

	it('gemm matches the naive product to 1e-5 relative for every transpose, odd sizes, accumulate on and off', () => {
		expect(worstError(wasmKernels('wasm-simd'), oddProblems(21, 8), 22)).toBeLessThan(1e-5);
	});

	it('gemm matches the naive product to 1e-5 relative for one-row products (m = 1), n and k up to 37', () => {
		expect(worstError(wasmKernels('wasm-simd'), oneRowProblems(24, 10), 25)).toBeLessThan(1e-5);
	});

	it('gemm matches the naive product to 1e-5 relative across packing-block edges', () => {
		expect(worstError(wasmKernels('wasm-simd'), blockEdgeProblems(), 23)).toBeLessThan(1e-5);
	});

	it('gemm computes a hand-worked product exactly, overwriting C without accumulate', () => {
		const K = wasmKernels('wasm-simd');
		K.reserve(20);
		const A = K.alloc(6);
		const B = K.alloc(6);
		const C = K.alloc(4);
		A.set([1, 2, 3, 4, 5, 6]);
		B.set([7, 8, 9, 10, 11, 12]);
		C.set([100, 100, 100, 100]);
		K.gemm(false, false, 2, 2, 3, A, B, C, false);
		expect([...C]).toEqual([58, 64, 139, 154]);
		K.gemm(false, false, 2, 2, 3, A, B, C, true);
		expect([...C]).toEqual([116, 128, 278, 308]);
	});

	it('alloc hands out zeroed, 16-byte-aligned, non-overlapping views of one memory', () => {
		const K = wasmKernels('wasm-simd');
		K.reserve(100);
		const x = K.alloc(3);
		const y = K.alloc(5);
		expect(x.buffer).toBe(y.buffer);
		expect(x.byteOffset % 16).toBe(0);
		expect(y.byteOffset % 16).toBe(0);
		expect(y.byteOffset).toBeGreaterThanOrEqual(x.byteOffset + 12);
		expect([...y]).toEqual([0, 0, 0, 0, 0]);
	});

	it('alloc before reserve, alloc past the reservation and gemm on a foreign array are errors', () => {
		const K = wasmKernels('wasm-simd');
		expect(() => K.alloc(1)).toThrow('wasm-simd alloc: call reserve(elements) first');
		K.reserve(10);
		expect(() => K.alloc(1_000_000)).toThrow(/exceed the reserved memory/);
		expect(() => K.reserve(1_000_000)).toThrow('wasm-simd reserve: memory is sized once; reserve everything before the first alloc');
		K.reserve(5); // room that is already there is fine
		const C = K.alloc(1);
		expect(() => K.gemm(false, false, 1, 1, 1, new Float32Array(1), C, C, false)).toThrow(
			'wasm-simd gemm: A was not allocated by these kernels'
		);
	});
});
