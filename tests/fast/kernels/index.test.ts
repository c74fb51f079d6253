import { describe, expect, it } from 'vitest';
import { availableKernels, bestKernels, kernelsByName } from '../../../src/lib/fast/kernels/index';
import { wasmSupported } from '../../../src/lib/fast/kernels/wasm';

describe('bestKernels', () => {
	it('picks relaxed SIMD if it validates, else plain SIMD, for float32', () => {
		const expected = wasmSupported('wasm-relaxed-simd') ? 'wasm-relaxed-simd' : 'wasm-simd';
		expect(bestKernels('f32').name).toBe(expected);
		expect(availableKernels('f32').at(-1)).toBe('typedarray-f32');
	});

	it('always runs float64 on the typed-array kernel', () => {
		expect(bestKernels('f64').name).toBe('typedarray-f64');
		expect(availableKernels('f64')).toEqual(['typedarray-f64']);
	});

	it('kernelsByName refuses a variant the runtime cannot run', () => {
		if (!wasmSupported('wasm-relaxed-simd')) {
			expect(() => kernelsByName('wasm-relaxed-simd')).toThrow('wasm-relaxed-simd is not supported by this runtime');
		} else {
			expect(kernelsByName('wasm-relaxed-simd').name).toBe('wasm-relaxed-simd');
		}
	});
});
