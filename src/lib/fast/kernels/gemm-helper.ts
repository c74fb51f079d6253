// The second thread of the two-thread kernels: it runs the same module on the shared memory and
// serves one half of each product. Jobs pass through a control block of Int32s in that memory:
// the main thread writes the arguments and bumps SEQ; the helper computes and sets DONE = SEQ.

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

export interface HelperInit {
	variant: WasmVariant;
	memory: WebAssembly.Memory;
	/** Byte offsets of the control block and of this thread's packing workspace. */
	control: number;
	workspace: number;
}

/** Serve jobs until STOP (never returns otherwise; the thread is dedicated). */
export function serveGemm(init: HelperInit): void {
	const instance = new WebAssembly.Instance(compiled(init.variant, true), { env: { memory: init.memory } });
	const gemm = (instance.exports as unknown as GemmExports).gemm;
	const ctl = new Int32Array(init.memory.buffer, init.control, CONTROL_INTS);
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
		gemm(x(0), x(1), x(2), x(3), x(4), x(5), x(6), x(7), x(8), x(9), init.workspace);
		Atomics.store(ctl, DONE, seq);
		Atomics.notify(ctl, DONE);
	}
}
