// Two-thread typed-array kernels (the fallback without WebAssembly SIMD, and the exact Float64
// path): every array in one SharedArrayBuffer, this thread plus a helper thread (serveGemm) each
// computing part of every large product with the typed-array gemm (share.ts). Same rules as threads.ts:
// shared memory, off the browser's main thread, one thread until the helper is ready.

import { CONTROL_INTS, READY, runTypedJob, stopHelper } from './gemm-helper';
import { createSharer } from './share';
import type { GemmJob } from './split';
import type { HelperHandle, SpawnHelper, ThreadedKernels, ThreadOptions } from './threads';
import type { FloatArray } from './types';
import { typedVectorOps } from './vector-typed';

/** Products below this many multiply-adds run on one thread (about 15 µs of work at this kernel's speed). */
export const MIN_SPLIT_MACS_TYPED = 1 << 16;

export function threadedTypedKernels(precision: 'f32', spawn: SpawnHelper, options?: ThreadOptions): ThreadedKernels<Float32Array>;
export function threadedTypedKernels(precision: 'f64', spawn: SpawnHelper, options?: ThreadOptions): ThreadedKernels<Float64Array>;
export function threadedTypedKernels(precision: 'f32' | 'f64', spawn: SpawnHelper, options?: ThreadOptions): ThreadedKernels<FloatArray>;
export function threadedTypedKernels(precision: 'f32' | 'f64', spawn: SpawnHelper, options: ThreadOptions = {}): ThreadedKernels<FloatArray> {
	const name = `typedarray-${precision}-2threads`;
	const bytes = precision === 'f32' ? 4 : 8;
	/** n numbers from byte `at` of the buffer (all of it from `at` when n is omitted). */
	const view = (at: number, n?: number): FloatArray =>
		precision === 'f32' ? new Float32Array(buffer!, at, n) : new Float64Array(buffer!, at, n);
	let buffer: SharedArrayBuffer | null = null;
	let ctl: Int32Array | null = null;
	let helper: HelperHandle | null = null;
	let next = 0; // numbers handed out, counted from the buffer's start (the control block included)
	let disposed = false;
	let splits = 0;

	const offset = (x: FloatArray, what: string): number => {
		if (!buffer || x.buffer !== buffer) throw new Error(`${name} gemm: ${what} was not allocated by these kernels`);
		return x.byteOffset / bytes;
	};
	const ready = () => !disposed && ctl !== null && Atomics.load(ctl, READY) === 1;
	const sharer = createSharer({ name, minMacs: MIN_SPLIT_MACS_TYPED, unit: 1, serving: () => (ready() ? ctl : null), adapt: options.adapt, idleCores: () => helper?.idleCores?.() ?? NaN });
	const all = () => view(0);
	const run = (j: GemmJob, whole: FloatArray) => runTypedJob(whole, j.flags, j.m, j.n, j.k, j.a, j.lda, j.b, j.ldb, j.c, j.ldc);

	return {
		name,
		precision,
		reserve(elements: number) {
			if (!Number.isInteger(elements) || elements < 0) throw new Error(`${name} reserve: bad size ${elements}`);
			if (buffer) {
				if ((next + elements) * bytes <= buffer.byteLength) return;
				throw new Error(`${name} reserve: memory is sized once; reserve everything before the first alloc`);
			}
			next = Math.ceil((CONTROL_INTS * 4) / bytes);
			buffer = new SharedArrayBuffer((next + elements) * bytes);
			ctl = new Int32Array(buffer, 0, CONTROL_INTS);
			helper = spawn({ kind: 'typed', precision, buffer, control: 0 });
		},
		alloc(n: number) {
			if (!buffer) throw new Error(`${name} alloc: call reserve(elements) first`);
			if ((next + n) * bytes > buffer.byteLength) throw new Error(`${name} alloc: ${n} numbers exceed the reserved memory (${buffer.byteLength} bytes)`);
			const array = view(next * bytes, n);
			next += n;
			return array;
		},
		gemm(transA, transB, m, n, k, A, B, C, accumulate) {
			const job: GemmJob = {
				flags: (transA ? 1 : 0) | (transB ? 2 : 0) | (accumulate ? 4 : 0),
				m, n, k,
				a: offset(A, 'A'), lda: transA ? m : k,
				b: offset(B, 'B'), ldb: transB ? k : n,
				c: offset(C, 'C'), ldc: n
			};
			const whole = all();
			if (sharer.run(job, (j) => run(j, whole))) splits++;
		},
		vec: typedVectorOps,
		helperReady: ready,
		splits: () => splits,
		gathers: () => 0,
		balance: () => sharer.stats(),
		dispose() {
			if (disposed) return;
			disposed = true;
			if (ctl) stopHelper(ctl);
			helper?.terminate();
			helper = null;
		}
	};
}
