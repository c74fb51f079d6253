// The matrix kernels' interface: the training path talks to every kernel (WebAssembly SIMD, relaxed
// SIMD, cache-blocked typed arrays) only through this.

export type FloatArray = Float32Array | Float64Array;

export interface Kernels<T extends FloatArray = FloatArray> {
	readonly name: string; // 'wasm-relaxed-simd' | 'wasm-simd' | 'typedarray-f32' | 'typedarray-f64'
	readonly precision: 'f32' | 'f64';
	/** Reserve room for `elements` numbers in total before any alloc (WebAssembly kernels size their memory once, so views never detach). */
	reserve(elements: number): void;
	/** A zeroed array of n numbers, living where gemm can read it fast (inside WebAssembly memory for the wasm kernels). */
	alloc(n: number): T;
	/** C(m×n) = op(A)·op(B) (+ C when accumulate), all row-major; op(X) = Xᵀ when the flag is set. A, B, C come from alloc (or any array for the typed-array kernels). */
	gemm(transA: boolean, transB: boolean, m: number, n: number, k: number, A: T, B: T, C: T, accumulate: boolean): void;
}
