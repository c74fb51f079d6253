// The matrix kernels' interface: the training path talks to every kernel (WebAssembly SIMD, relaxed
// SIMD, cache-blocked typed arrays) only through this.

export type FloatArray = Float32Array | Float64Array;

/**
 * The elementwise loops of a training step that the kernels run in their own code: WebAssembly SIMD
 * for the wasm kernels, plain loops (vector-typed.ts) for the typed-array ones. Same results either
 * way, in the arrays' precision.
 */
export interface VectorOps<T extends FloatArray = FloatArray> {
	/** Z[r][j] += b[j], then A = Z > 0 ? Z : 0 (NaN gives 0), over rows × cols; false when some z is NaN or ±∞. */
	biasRelu(Z: T, A: T, b: T, rows: number, cols: number): boolean;
	/** δ = G ⊙ relu′(Z): G = 0 wherever Z > 0 fails, over n numbers. */
	reluMask(Z: T, G: T, n: number): void;
	/** G *= s over n numbers. */
	scale(G: T, n: number, s: number): void;
	/** db[j] = Σ_r G[r][j] (db[j] += … when add), rows added in order. */
	columnSums(G: T, rows: number, cols: number, db: T, add: boolean): void;
}

export interface Kernels<T extends FloatArray = FloatArray> {
	readonly name: string; // 'wasm-relaxed-simd' | 'wasm-simd' | 'typedarray-f32' | 'typedarray-f64'
	readonly precision: 'f32' | 'f64';
	/** Reserve room for `elements` numbers in total before any alloc (WebAssembly kernels size their memory once, so views never detach). */
	reserve(elements: number): void;
	/** A zeroed array of n numbers, living where gemm can read it fast (inside WebAssembly memory for the wasm kernels). */
	alloc(n: number): T;
	/** C(m×n) = op(A)·op(B) (+ C when accumulate), all row-major; op(X) = Xᵀ when the flag is set. A, B, C come from alloc (or any array for the typed-array kernels). */
	gemm(transA: boolean, transB: boolean, m: number, n: number, k: number, A: T, B: T, C: T, accumulate: boolean): void;
	readonly vec: VectorOps<T>;
	/**
	 * Two-thread WebAssembly kernels only: Z (rows × n) = A (rows × k) · Wᵀ (W: n × k), then z += b and
	 * out = max(z, 0) as vec.biasRelu, each thread over the part of Z it computed; false when some z is
	 * NaN or ±∞. The same numbers as gemm then vec.biasRelu.
	 */
	gemmBiasRelu?(A: T, W: T, Z: T, out: T, b: T, rows: number, n: number, k: number): boolean;
	/**
	 * Two-thread WebAssembly kernels only: plain SGD's step folded into the backward pass, each thread
	 * over its own neurons: G (rows × out) *= s, W (out × inSize) += Gᵀ·input, b += Σ_rows G. The same
	 * numbers as vec.scale, gemm accumulating and vec.columnSums adding.
	 */
	sgdUpdate?(G: T, input: T, W: T, b: T, rows: number, out: number, inSize: number, s: number): void;
	/**
	 * Two-thread kernels only: copies rows order[0 … rows) of `src` (rows of n numbers) into the first
	 * rows of `dst`, half on each thread. src, dst and order (a Uint32Array on an alloc'd array's bytes)
	 * must live in the kernels' memory.
	 */
	gatherRows?(src: T, order: Uint32Array, rows: number, n: number, dst: T): void;
}
