// The second thread of the two-thread kernels: it serves one half of each product on the shared
// memory, with the same WebAssembly module (threads.ts) or the typed-array gemm (threads-typed.ts).
// Jobs pass through a control block of Int32s in that memory: the calling thread writes the
// arguments and bumps SEQ; the helper computes and sets DONE = SEQ.

import type { GemmJob } from './split';
import { gemmBest } from './typedarray';
import type { FloatArray } from './types';
import { compiled, type GemmExports, type WasmVariant } from './wasm';

export const CONTROL_INTS = 16;
export const SEQ = 0;
export const DONE = 1;
export const READY = 2;
export const STOP = 3;
/** flags, m, n, k, a, lda, b, ldb, c, ldc */
export const ARGS = 4;

/** How many times a thread polls before it sleeps in Atomics.wait (some tens of microseconds). */
export const SPIN = 20_000;
/** Give up on a helper that has not answered for this long. */
const TIMEOUT_MS = 10_000;

export type HelperInit =
	| {
			kind: 'wasm';
			variant: WasmVariant;
			memory: WebAssembly.Memory;
			/** Byte offsets of the control block and of this thread's packing workspace. */
			control: number;
			workspace: number;
	  }
	| {
			kind: 'typed';
			precision: 'f32' | 'f64';
			/** The shared numbers; job offsets count numbers of the precision from its start. */
			buffer: SharedArrayBuffer;
			/** Byte offset of the control block. */
			control: number;
	  };

/** One job of the typed-array kernels on `all`, the shared numbers its offsets count from. */
export function runTypedJob(all: FloatArray, flags: number, m: number, n: number, k: number, a: number, lda: number, b: number, ldb: number, c: number, ldc: number): void {
	gemmBest((flags & 1) !== 0, (flags & 2) !== 0, m, n, k, all.subarray(a), lda, all.subarray(b), ldb, all.subarray(c), ldc, (flags & 4) !== 0);
}

type Compute = (flags: number, m: number, n: number, k: number, a: number, lda: number, b: number, ldb: number, c: number, ldc: number) => void;

function computeFor(init: HelperInit): { ctl: Int32Array; compute: Compute } {
	if (init.kind === 'wasm') {
		const instance = new WebAssembly.Instance(compiled(init.variant, true), { env: { memory: init.memory } });
		const gemm = (instance.exports as unknown as GemmExports).gemm;
		return {
			ctl: new Int32Array(init.memory.buffer, init.control, CONTROL_INTS),
			compute: (flags, m, n, k, a, lda, b, ldb, c, ldc) => gemm(flags, m, n, k, a, lda, b, ldb, c, ldc, init.workspace)
		};
	}
	const all = init.precision === 'f32' ? new Float32Array(init.buffer) : new Float64Array(init.buffer);
	return {
		ctl: new Int32Array(init.buffer, init.control, CONTROL_INTS),
		compute: (flags, m, n, k, a, lda, b, ldb, c, ldc) => runTypedJob(all, flags, m, n, k, a, lda, b, ldb, c, ldc)
	};
}

/** Serve jobs until STOP (never returns otherwise; the thread is dedicated). */
export function serveGemm(init: HelperInit): void {
	const { ctl, compute } = computeFor(init);
	let seen = Atomics.load(ctl, SEQ); // read before READY, so no job can slip in between
	Atomics.store(ctl, READY, 1);
	Atomics.notify(ctl, READY);
	for (;;) {
		let seq = Atomics.load(ctl, SEQ);
		for (let i = 0; seq === seen && i < SPIN; i++) seq = Atomics.load(ctl, SEQ);
		if (seq === seen) {
			Atomics.wait(ctl, SEQ, seen);
			continue;
		}
		seen = seq;
		if (Atomics.load(ctl, STOP)) return;
		const x = (i: number) => Atomics.load(ctl, ARGS + i);
		compute(x(0), x(1), x(2), x(3), x(4), x(5), x(6), x(7), x(8), x(9));
		Atomics.store(ctl, DONE, seq);
		Atomics.notify(ctl, DONE);
	}
}

/**
 * The calling thread's side: hand `theirs` to the helper as job number `seq`, run `mine`, then wait
 * for the helper (spinning a little, then sleeping). Throws if the helper stops answering.
 */
export function handOff(ctl: Int32Array, seq: number, theirs: GemmJob, mine: () => void, name: string): void {
	const args = [theirs.flags, theirs.m, theirs.n, theirs.k, theirs.a, theirs.lda, theirs.b, theirs.ldb, theirs.c, theirs.ldc];
	for (let i = 0; i < args.length; i++) Atomics.store(ctl, ARGS + i, args[i]);
	Atomics.store(ctl, SEQ, seq);
	Atomics.notify(ctl, SEQ);
	mine();
	let done = Atomics.load(ctl, DONE);
	for (let i = 0; done !== seq && i < SPIN; i++) done = Atomics.load(ctl, DONE);
	const start = performance.now();
	while (done !== seq) {
		Atomics.wait(ctl, DONE, done, 100);
		done = Atomics.load(ctl, DONE);
		if (done !== seq && performance.now() - start > TIMEOUT_MS) throw new Error(`${name}: the helper thread stopped answering`);
	}
}

/** Asks a helper to stop (it returns from serveGemm); the caller then ends its thread. */
export function stopHelper(ctl: Int32Array, seq: number): void {
	Atomics.store(ctl, STOP, 1);
	Atomics.store(ctl, SEQ, seq);
	Atomics.notify(ctl, SEQ);
}
