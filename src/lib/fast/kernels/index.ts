// Choosing the matrix kernels at run time: relaxed SIMD where the runtime validates it, plain
// SIMD otherwise, the cache-blocked typed-array kernel where WebAssembly SIMD is missing.
// Float64 always runs on typed arrays (the exact path).

import type { Kernels } from './types';
import { typedArrayKernels } from './typedarray';
import { sharedMemorySupported, threadedKernels, type SpawnHelper } from './threads';
import { threadedTypedKernels } from './threads-typed';
import { wasmKernels, wasmSupported, type WasmVariant } from './wasm';

export type { FloatArray, Kernels } from './types';
export { typedArrayKernels } from './typedarray';
export { wasmKernels, wasmSupported, type WasmVariant } from './wasm';
export { sharedMemorySupported, threadedKernels, type SpawnHelper, type ThreadedKernels } from './threads';
export { threadedTypedKernels } from './threads-typed';

export type KernelName = 'wasm-relaxed-simd' | 'wasm-simd' | 'typedarray-f32' | 'typedarray-f64';

const WASM_ORDER: WasmVariant[] = ['wasm-relaxed-simd', 'wasm-simd'];

/** The names of every kernel this runtime can run for the precision, fastest first. */
export function availableKernels(precision: 'f32' | 'f64'): KernelName[] {
	if (precision === 'f64') return ['typedarray-f64'];
	return [...WASM_ORDER.filter(wasmSupported), 'typedarray-f32'];
}

/** A fresh kernel instance by name (each wasm instance owns its own memory). */
export function kernelsByName(name: KernelName): Kernels {
	switch (name) {
		case 'wasm-relaxed-simd':
		case 'wasm-simd':
			if (!wasmSupported(name)) throw new Error(`${name} is not supported by this runtime`);
			return wasmKernels(name);
		case 'typedarray-f32':
			return typedArrayKernels('f32');
		case 'typedarray-f64':
			return typedArrayKernels('f64');
	}
}

export interface KernelOptions {
	/**
	 * Starts a helper thread for two-thread kernels (spawnBrowserHelper in a worker of a cross-origin
	 * isolated page, spawnNodeHelper in Node): the WebAssembly ones, or the typed-array ones for
	 * float64 and where WebAssembly SIMD is missing. Used only where memory can be shared; the caller
	 * must not be the browser's main thread (Atomics.wait).
	 */
	threads?: SpawnHelper | null;
}

export function bestKernels(precision: 'f32', options?: KernelOptions): Kernels<Float32Array>;
export function bestKernels(precision: 'f64', options?: KernelOptions): Kernels<Float64Array>;
export function bestKernels(precision: 'f32' | 'f64', options?: KernelOptions): Kernels;
export function bestKernels(precision: 'f32' | 'f64', options: KernelOptions = {}): Kernels {
	const name = availableKernels(precision)[0];
	if (options.threads && (name === 'wasm-relaxed-simd' || name === 'wasm-simd') && sharedMemorySupported()) {
		return threadedKernels(name, options.threads);
	}
	if (options.threads && (name === 'typedarray-f32' || name === 'typedarray-f64') && typeof SharedArrayBuffer === 'function') {
		return threadedTypedKernels(precision, options.threads);
	}
	return kernelsByName(name);
}

/**
 * Resolves once a two-thread instance's helper serves (true), or after `ms` without it (false; it
 * computes on one thread meanwhile). One-thread kernels resolve true at once.
 */
export async function helperStarted(kernels: Kernels, ms: number): Promise<boolean> {
	const ready = (kernels as { helperReady?: () => boolean }).helperReady;
	if (!ready) return true;
	for (const start = Date.now(); !ready() && Date.now() - start < ms; ) await new Promise((r) => setTimeout(r, 10));
	return ready();
}

/**
 * Networks with fewer parameters than this have no product in a training step large enough to
 * split (the course's digit model has 316,810; /train's 2-D networks a few hundred): a helper
 * thread would only wait.
 */
export const MIN_PARAMETERS_FOR_THREADS = 20_000;

/** Ends a kernel instance's helper thread, if it has one. */
export function disposeKernels(kernels: Kernels): void {
	(kernels as { dispose?: () => void }).dispose?.();
}
