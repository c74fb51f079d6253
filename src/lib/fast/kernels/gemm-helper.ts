// The second thread of the two-thread kernels: it serves its part of each product on the shared
// memory, with the same WebAssembly module (threads.ts) or the typed-array gemm (threads-typed.ts).
// Jobs pass through a control block in that memory: the calling thread writes the arguments and
// bumps SEQ; the helper claims the job (TAKEN = SEQ, by compare-and-swap), computes, writes how long
// it took and sets DONE = SEQ. A job the helper has not claimed by the time the calling thread is
// done with its own part, the calling thread claims and computes itself: a helper that is not
// running (its core taken by another process) is never waited for.
// Waiting is a short spin (a product follows the last within microseconds during a training step,
// and waking a sleeping thread costs tens of them), then Atomics.wait, which gives the core away:
// a thread spinning on a busy machine would take the core its partner needs.

import { EPILOGUES, runPart, type Epilogue } from './epilogue';
import { GATHER, gatherViews, runGather } from './gather';
import type { GemmJob } from './split';
import { gemmBest } from './typedarray';
import type { FloatArray } from './types';
import { compiled, type GemmExports, type WasmVariant } from './wasm';

/** Int32s of the control block: 16 of them, float64 slots (see HELPER_MS), then the epilogue's (EPILOGUE). */
export const CONTROL_INTS = 48;
export const SEQ = 0;
export const DONE = 1;
export const READY = 2;
export const STOP = 3;
/** flags, m, n, k, a, lda, b, ldb, c, ldc */
export const ARGS = 4;
const TAKEN = 14;
/** A product's epilogue: delta, bias, origin (epilogue.ts), then whether the helper's part was finite. */
const EPILOGUE = 32;
export const EPILOGUE_FINITE = 35;

/** Float64 slot (counted from the 17th Int32) where the helper writes its last job's milliseconds. */
const HELPER_MS = 0;
/** Float64 slot of the epilogue's scale. */
const EPILOGUE_SCALE = 1;
/** How long the helper polls for the next job before it sleeps, and the caller for the helper's end. */
const HELPER_SPIN_MS = 0.5;
const CALLER_SPIN_MS = 0.25;
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

const slotViews = new WeakMap<Int32Array, Float64Array>();

/** The control block's float64 slots (one view per block: hand-offs read and write them every product). */
function slotsOf(ctl: Int32Array): Float64Array {
	let slots = slotViews.get(ctl);
	if (!slots) slotViews.set(ctl, (slots = new Float64Array(ctl.buffer, ctl.byteOffset + 64, 8)));
	return slots;
}

/** Polls ctl[index] while it equals `value`, for at most `ms`; returns what it last read. */
function spinWhile(ctl: Int32Array, index: number, value: number, ms: number): number {
	let now = Atomics.load(ctl, index);
	const end = performance.now() + ms;
	while (now === value) {
		for (let i = 0; i < 64 && now === value; i++) now = Atomics.load(ctl, index);
		if (performance.now() > end) break;
	}
	return now;
}

function computeFor(init: HelperInit): { ctl: Int32Array; compute: Compute } {
	if (init.kind === 'wasm') {
		const instance = new WebAssembly.Instance(compiled(init.variant, true), { env: { memory: init.memory } });
		const exports = instance.exports as unknown as GemmExports;
		const buffer = init.memory.buffer; // sized once: never replaced
		const ctl = new Int32Array(buffer, init.control, CONTROL_INTS);
		const views = gatherViews(buffer);
		const slots = slotsOf(ctl);
		const gemm = (j: GemmJob) => exports.gemm(j.flags & 7, j.m, j.n, j.k, j.a, j.lda, j.b, j.ldb, j.c, j.ldc, init.workspace);
		return {
			ctl,
			compute: (flags, m, n, k, a, lda, b, ldb, c, ldc) => {
				if (!(flags & (GATHER | EPILOGUES))) return exports.gemm(flags & 7, m, n, k, a, lda, b, ldb, c, ldc, init.workspace);
				const job = { flags, m, n, k, a, lda, b, ldb, c, ldc };
				if (flags & GATHER) return runGather(views, job);
				const e: Epilogue = { delta: Atomics.load(ctl, EPILOGUE), bias: Atomics.load(ctl, EPILOGUE + 1), origin: Atomics.load(ctl, EPILOGUE + 2), scale: slots[EPILOGUE_SCALE] };
				Atomics.store(ctl, EPILOGUE_FINITE, runPart(exports, job, e, gemm) ? 1 : 0);
			}
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
	const slots = slotsOf(ctl);
	let seen = Atomics.load(ctl, SEQ); // read before READY, so no job can slip in between
	Atomics.store(ctl, READY, 1);
	Atomics.notify(ctl, READY);
	for (;;) {
		const seq = spinWhile(ctl, SEQ, seen, HELPER_SPIN_MS);
		if (seq === seen) {
			Atomics.wait(ctl, SEQ, seen);
			continue;
		}
		seen = seq;
		if (Atomics.load(ctl, STOP)) return;
		if (Atomics.compareExchange(ctl, TAKEN, seq - 1, seq) !== seq - 1) continue; // the caller took it
		const x = (i: number) => Atomics.load(ctl, ARGS + i);
		const start = performance.now();
		compute(x(0), x(1), x(2), x(3), x(4), x(5), x(6), x(7), x(8), x(9));
		slots[HELPER_MS] = performance.now() - start; // published by the store of DONE below
		Atomics.store(ctl, DONE, seq);
		Atomics.notify(ctl, DONE);
	}
}

/** How a shared product went, in milliseconds from the hand-off. */
export interface HandOffTimes {
	/** This thread's part. */
	mine: number;
	/** The helper's part as this thread met it: until it was seen done if this thread waited for it, else the helper's own compute time. */
	theirs: number;
	/** The whole product. */
	total: number;
	/** Whether this thread computed the helper's part too (the helper had not started it). */
	taken: boolean;
}

/**
 * The calling thread's side: hand `theirs` to the helper as job number `seq` (one more than the
 * last), run `mine`, then run `theirsHere` if the helper has not started its part, else wait for it
 * (spinning a little, then sleeping). Throws if the helper stops answering.
 */
export function handOff(ctl: Int32Array, seq: number, theirs: GemmJob, mine: () => void, theirsHere: () => void, name: string): HandOffTimes {
	const args = [theirs.flags, theirs.m, theirs.n, theirs.k, theirs.a, theirs.lda, theirs.b, theirs.ldb, theirs.c, theirs.ldc];
	for (let i = 0; i < args.length; i++) Atomics.store(ctl, ARGS + i, args[i]);
	const e = theirs.epilogue;
	if (e) {
		[e.delta, e.bias, e.origin].forEach((x, i) => Atomics.store(ctl, EPILOGUE + i, x));
		slotsOf(ctl)[EPILOGUE_SCALE] = e.scale; // published by the store of SEQ below
		Atomics.store(ctl, EPILOGUE_FINITE, 1); // stays 1 if this thread takes the part back
	}
	const start = performance.now();
	Atomics.store(ctl, SEQ, seq);
	Atomics.notify(ctl, SEQ);
	mine();
	const mineEnd = performance.now();
	let done = Atomics.load(ctl, DONE);
	if (done !== seq && Atomics.compareExchange(ctl, TAKEN, seq - 1, seq) === seq - 1) {
		theirsHere();
		const end = performance.now();
		return { mine: mineEnd - start, theirs: end - mineEnd, total: end - start, taken: true };
	}
	const waited = done !== seq;
	if (waited) done = spinWhile(ctl, DONE, done, CALLER_SPIN_MS);
	while (done !== seq) {
		Atomics.wait(ctl, DONE, done, 50);
		done = Atomics.load(ctl, DONE);
		if (done !== seq && performance.now() - mineEnd > TIMEOUT_MS) throw new Error(`${name}: the helper thread stopped answering`);
	}
	const end = performance.now();
	return { mine: mineEnd - start, theirs: waited ? end - start : slotsOf(ctl)[HELPER_MS], total: end - start, taken: false };
}

/** Asks a helper to stop (it returns from serveGemm); the caller then ends its thread. */
export function stopHelper(ctl: Int32Array): void {
	Atomics.store(ctl, STOP, 1);
	Atomics.store(ctl, SEQ, Atomics.load(ctl, SEQ) + 1);
	Atomics.notify(ctl, SEQ);
}
