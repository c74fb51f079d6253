// Two-thread float32 kernels: one shared WebAssembly.Memory, this thread plus a helper thread
// (a worker running serveGemm) each computing part of every large product (share.ts: the parts
// follow the threads' speeds, and one thread computes alone while two would be slower). Needs shared memory
// (a cross-origin isolated page, or Node) and must run off the browser's main thread, since it
// waits with Atomics.wait. Until the helper reports ready, and for small products, it computes
// alone — so a helper that is slow to start (a nested worker starts only once its parent yields)
// costs nothing but speed.

import type { BalanceStats } from './balance';
import { BIAS_RELU, runPart, SGD_UPDATE, type Epilogue } from './epilogue';
import { CONTROL_INTS, EPILOGUE_FINITE, READY, stopHelper, type HelperInit } from './gemm-helper';
import { gatherJob, gatherParts, gatherViews, runGather, type GatherViews } from './gather';
import { createSharer } from './share';
import type { GemmJob } from './split';
import type { FloatArray, Kernels } from './types';
import { compiled, wasmVectorOps, workspaceBytes, type GemmExports, type WasmVariant } from './wasm';

export interface HelperHandle {
	terminate(): void;
	/** Idle cores since the previous call (idle-cores.ts; NaN when unknown), where the runtime tells (Node). */
	idleCores?(): number;
}

/** Starts a helper thread that calls serveGemm(init) (browser-helper.ts, node-helper.ts). */
export type SpawnHelper = (init: HelperInit) => HelperHandle;

export interface ThreadedKernels<T extends FloatArray = Float32Array> extends Kernels<T> {
	/** Whether the helper thread is serving (before that, and after dispose, one thread works). */
	helperReady(): boolean;
	/** Products cut in two and handed off so far (balance().taken of them were computed here after all). */
	splits(): number;
	/** Batches cut in two and handed off so far, like splits() (the WebAssembly kernels; 0 for the typed-array ones). */
	gathers(): number;
	/** Whether two threads are in use now, and the speeds that decided it. */
	balance(): BalanceStats;
	/** Stops the helper thread. */
	dispose(): void;
}

const PAGE = 65536;
const ALIGN = 16;
const SLACK = 64 * 1024;
/** Products below this many multiply-adds run on one thread: the hand-off costs microseconds, and
 * the matrix–vector products of batch 1 (235,200 for the course model) are bound by memory. */
export const MIN_SPLIT_MACS = 1 << 18;

/** Whether this runtime can share a WebAssembly memory between threads. */
export function sharedMemorySupported(): boolean {
	try {
		if (typeof SharedArrayBuffer !== 'function') return false;
		return new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }).buffer instanceof SharedArrayBuffer;
	} catch {
		return false;
	}
}

/** Options of the two-thread kernels. */
export interface ThreadOptions {
	/** False: always share large products, even while one thread would be faster (tests of the split products). */
	adapt?: boolean;
}

export function threadedKernels(variant: WasmVariant, spawn: SpawnHelper, options: ThreadOptions = {}): ThreadedKernels {
	const name = `${variant}-2threads`;
	let memory: WebAssembly.Memory | null = null;
	let buffer: ArrayBufferLike | null = null;
	let exports: GemmExports | null = null;
	let ctl: Int32Array | null = null;
	let views: GatherViews | null = null;
	let helper: HelperHandle | null = null;
	let wsMain = 0;
	let next = 0;
	let capacity = 0;
	let disposed = false;
	let splits = 0;
	let gathers = 0;

	const offset = (x: Float32Array, what: string): number => {
		if (!buffer || x.buffer !== buffer) throw new Error(`${name} gemm: ${what} was not allocated by these kernels`);
		return x.byteOffset;
	};

	const run = (j: GemmJob) => exports!.gemm(j.flags & 7, j.m, j.n, j.k, j.a, j.lda, j.b, j.ldb, j.c, j.ldc, wsMain);

	const ready = () => !disposed && ctl !== null && Atomics.load(ctl, READY) === 1;
	const sharer = createSharer({ name, minMacs: MIN_SPLIT_MACS, unit: 4, serving: () => (ready() ? ctl : null), adapt: options.adapt, idleCores: () => helper?.idleCores?.() ?? NaN });

	/** A product with its epilogue, each thread over its own part; false when some z is not finite (BIAS_RELU). */
	const withEpilogue = (job: GemmJob & { epilogue: Epilogue }): boolean => {
		let finite = true;
		const handed = sharer.run(job, (j) => {
			finite = runPart(exports!, j, job.epilogue, run) && finite;
		});
		if (handed) splits++;
		return finite && (!handed || Atomics.load(ctl!, EPILOGUE_FINITE) === 1);
	};

	return {
		name,
		precision: 'f32',
		reserve(elements: number) {
			if (memory) {
				if (next + elements * 4 <= capacity) return;
				throw new Error(`${name} reserve: memory is sized once; reserve everything before the first alloc`);
			}
			const ws = Math.ceil(workspaceBytes() / ALIGN) * ALIGN;
			const control = 2 * ws;
			const pages = Math.ceil((control + CONTROL_INTS * 4 + elements * 4 + SLACK) / PAGE);
			memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
			buffer = memory.buffer;
			exports = new WebAssembly.Instance(compiled(variant, true), { env: { memory } }).exports as unknown as GemmExports;
			ctl = new Int32Array(buffer, control, CONTROL_INTS);
			views = gatherViews(buffer);
			wsMain = 0;
			next = control + CONTROL_INTS * 4;
			capacity = buffer.byteLength;
			helper = spawn({ kind: 'wasm', variant, memory, control, workspace: ws });
		},
		alloc(n: number) {
			if (!buffer) throw new Error(`${name} alloc: call reserve(elements) first`);
			const start = Math.ceil(next / ALIGN) * ALIGN;
			if (start + n * 4 > capacity) throw new Error(`${name} alloc: ${n} numbers exceed the reserved memory (${capacity} bytes)`);
			next = start + n * 4;
			return new Float32Array(buffer, start, n);
		},
		gemm(transA, transB, m, n, k, A, B, C, accumulate) {
			const job: GemmJob = {
				flags: (transA ? 1 : 0) | (transB ? 2 : 0) | (accumulate ? 4 : 0),
				m, n, k,
				a: offset(A, 'A'), lda: transA ? m : k,
				b: offset(B, 'B'), ldb: transB ? k : n,
				c: offset(C, 'C'), ldc: n
			};
			if (sharer.run(job, run)) splits++;
		},
		gemmBiasRelu(A, W, Z, out, b, rows, n, k) {
			const c = offset(Z, 'Z');
			const epilogue = { delta: offset(out, 'A') - c, bias: offset(b, 'b'), origin: c, scale: 0 };
			return withEpilogue({ flags: 2 | BIAS_RELU, m: rows, n, k, a: offset(A, 'A'), lda: k, b: offset(W, 'W'), ldb: k, c, ldc: n, epilogue });
		},
		sgdUpdate(G, input, W, b, rows, out, inSize, s) {
			const a = offset(G, 'G');
			const epilogue = { delta: 0, bias: offset(b, 'b'), origin: a, scale: s };
			withEpilogue({ flags: 1 | 4 | SGD_UPDATE, m: out, n: inSize, k: rows, a, lda: out, b: offset(input, 'input'), ldb: inSize, c: offset(W, 'W'), ldc: inSize, epilogue });
		},
		vec: wasmVectorOps(() => exports!, offset), // the other elementwise loops stay on this thread
		gatherRows(src, order, rows, n, dst) {
			if (order.buffer !== buffer) throw new Error(`${name} gatherRows: the order was not allocated by these kernels`);
			const job = gatherJob(offset(src, 'src'), order.byteOffset, rows, n, offset(dst, 'dst'));
			if (sharer.runParts(job, gatherParts(job), (j) => runGather(views!, j))) gathers++;
		},
		gathers: () => gathers,
		helperReady: ready,
		splits: () => splits,
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
