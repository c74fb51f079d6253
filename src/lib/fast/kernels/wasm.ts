// The WebAssembly SIMD kernels (float32 only): one WebAssembly.Memory sized once by reserve(),
// a bump allocator handing out Float32Array views into it, and gemm called with byte offsets.
// The binaries are assembled from gemm.wat by scripts/build-wasm.mjs.

import type { Kernels, VectorOps } from './types';
import { relaxedSimd, relaxedSimdShared, simd, simdShared } from './wasm-binaries.generated';

export type WasmVariant = 'wasm-relaxed-simd' | 'wasm-simd';

const PAGE = 65536;
const ALIGN = 16; // bytes: every array starts on a v128 boundary
const SLACK = 64 * 1024; // bytes of room for alignment padding between arrays

function decode(base64: string): Uint8Array<ArrayBuffer> {
	const text = atob(base64);
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
	return bytes;
}

/** The assembled module; `shared` imports a shared memory (the two-thread kernels). */
export function wasmBinary(variant: WasmVariant, shared = false): Uint8Array<ArrayBuffer> {
	if (shared) return decode(variant === 'wasm-relaxed-simd' ? relaxedSimdShared : simdShared);
	return decode(variant === 'wasm-relaxed-simd' ? relaxedSimd : simd);
}

const support = new Map<WasmVariant, boolean>();

/** Whether this runtime accepts the variant's instructions (relaxed SIMD: Chromium yes, Node 20 only with --experimental-wasm-relaxed-simd). */
export function wasmSupported(variant: WasmVariant): boolean {
	let ok = support.get(variant);
	if (ok === undefined) {
		try {
			ok = typeof WebAssembly === 'object' && WebAssembly.validate(wasmBinary(variant));
		} catch {
			ok = false;
		}
		support.set(variant, ok);
	}
	return ok;
}

const modules = new Map<string, WebAssembly.Module>();

export function compiled(variant: WasmVariant, shared = false): WebAssembly.Module {
	const key = `${variant}${shared ? ' shared' : ''}`;
	let module = modules.get(key);
	if (!module) {
		module = new WebAssembly.Module(wasmBinary(variant, shared));
		modules.set(key, module);
	}
	return module;
}

/** The module's exports; pointers are byte offsets, lda/ldb/ldc numbers per stored row. */
export interface GemmExports {
	gemm(flags: number, m: number, n: number, k: number, a: number, lda: number, b: number, ldb: number, c: number, ldc: number, ws: number): void;
	workspaceBytes(): number;
	/** Z and A stored `ld` numbers a row (cols for whole matrices). */
	biasRelu(z: number, a: number, b: number, rows: number, cols: number, ld: number): number;
	reluMask(z: number, g: number, n: number): void;
	/** G (and db's columns) a part of a matrix stored `ld` numbers a row, as for biasRelu. */
	scale(g: number, rows: number, cols: number, ld: number, s: number): void;
	columnSums(g: number, rows: number, cols: number, ld: number, db: number, add: number): void;
}

/** VectorOps on a module instance (vector.wat); `at` gives an array's byte offset in its memory, or throws. */
export function wasmVectorOps(exports: () => GemmExports, at: (x: Float32Array, what: string) => number): VectorOps<Float32Array> {
	return {
		biasRelu: (Z, A, b, rows, cols) => exports().biasRelu(at(Z, 'Z'), at(A, 'A'), at(b, 'b'), rows, cols, cols) === 1,
		reluMask: (Z, G, n) => exports().reluMask(at(Z, 'Z'), at(G, 'G'), n),
		scale: (G, n, s) => exports().scale(at(G, 'G'), 1, n, n, s),
		columnSums: (G, rows, cols, db, add) => exports().columnSums(at(G, 'G'), rows, cols, cols, at(db, 'db'), add ? 1 : 0)
	};
}

let wsBytesCache = 0;

/** Bytes of packing workspace one gemm call needs (the module says). */
export function workspaceBytes(): number {
	if (!wsBytesCache) {
		const probe = new WebAssembly.Instance(compiled('wasm-simd'), { env: { memory: new WebAssembly.Memory({ initial: 1 }) } });
		wsBytesCache = (probe.exports as unknown as GemmExports).workspaceBytes();
	}
	return wsBytesCache;
}

/** Float32 kernels running the given WebAssembly variant (check wasmSupported first). */
export function wasmKernels(variant: WasmVariant): Kernels<Float32Array> {
	const module = compiled(variant);
	let memory: WebAssembly.Memory | null = null;
	let exports: GemmExports | null = null;
	let workspace = 0; // byte offset of gemm's packing workspace, at the start of memory
	let next = 0; // bump pointer, bytes
	let capacity = 0; // bytes

	const inMemory = (x: Float32Array, what: string): number => {
		if (!memory || x.buffer !== memory.buffer) {
			throw new Error(`${variant} gemm: ${what} was not allocated by these kernels`);
		}
		return x.byteOffset;
	};

	return {
		name: variant,
		precision: 'f32',
		reserve(elements: number) {
			if (!Number.isInteger(elements) || elements < 0) throw new Error(`${variant} reserve: bad size ${elements}`);
			if (memory) {
				// Memory is sized once (growing it would detach every view handed out).
				if (next + elements * 4 <= capacity) return;
				throw new Error(`${variant} reserve: memory is sized once; reserve everything before the first alloc`);
			}
			const wsBytes = workspaceBytes();
			const bytes = wsBytes + elements * 4 + SLACK;
			memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE) });
			exports = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as GemmExports;
			workspace = 0;
			next = Math.ceil(wsBytes / ALIGN) * ALIGN;
			capacity = memory.buffer.byteLength;
		},
		alloc(n: number) {
			if (!memory) throw new Error(`${variant} alloc: call reserve(elements) first`);
			const start = Math.ceil(next / ALIGN) * ALIGN;
			if (start + n * 4 > capacity) {
				throw new Error(`${variant} alloc: ${n} numbers exceed the reserved memory (${capacity} bytes)`);
			}
			next = start + n * 4;
			return new Float32Array(memory.buffer, start, n); // fresh memory is zero; nothing is freed
		},
		gemm(transA, transB, m, n, k, A, B, C, accumulate) {
			const a = inMemory(A, 'A');
			const b = inMemory(B, 'B');
			const c = inMemory(C, 'C');
			const flags = (transA ? 1 : 0) | (transB ? 2 : 0) | (accumulate ? 4 : 0);
			exports!.gemm(flags, m, n, k, a, transA ? m : k, b, transB ? k : n, c, n, workspace);
		},
		vec: wasmVectorOps(() => exports!, inMemory)
	};
}
