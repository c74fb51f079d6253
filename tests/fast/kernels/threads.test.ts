import { afterAll, describe, expect, it } from 'vitest';
import { bestKernels, disposeKernels, helperStarted } from '../../../src/lib/fast/kernels/index';
import { spawnNodeHelper } from '../../../src/lib/fast/kernels/node-helper';
import { sharedMemorySupported, threadedKernels, type ThreadedKernels } from '../../../src/lib/fast/kernels/threads';
import { CONTROL_INTS, handOff } from '../../../src/lib/fast/kernels/gemm-helper';
import { oddProblems, seededRandom, worstError, type Problem } from './gemm-check';
import { wasmKernels } from '../../../src/lib/fast/kernels/wasm';

const opened: ThreadedKernels[] = [];
afterAll(() => opened.forEach((k) => k.dispose()));

/** Kernels with a helper up; `elements` is their memory, sized once (every round of a test allocates afresh). */
async function readyKernels(elements = 2_000_000): Promise<ThreadedKernels> {
	const K = threadedKernels('wasm-simd', spawnNodeHelper, { adapt: false });
	opened.push(K);
	K.reserve(elements);
	await helperStarted(K, 20_000);
	return K;
}

describe('threadedKernels (two threads on a shared memory)', () => {
	it('Node can share WebAssembly memory', () => {
		expect(sharedMemorySupported()).toBe(true);
	});

	it('the helper thread comes up and large products split between the threads match the naive product', async () => {
		const K = await readyKernels();
		expect(K.helperReady()).toBe(true);
		// Sizes large enough to be split (≥ 2^18 multiply-adds), every transpose, by rows and by columns.
		const problems: Problem[] = [];
		for (const transA of [false, true])
			for (const transB of [false, true]) {
				problems.push({ transA, transB, accumulate: transA, m: 45, n: 77, k: 81 });
				problems.push({ transA, transB, accumulate: !transA, m: 1, n: 600, k: 450 });
			}
		expect(worstError(K, problems, 51)).toBeLessThan(1e-5);
		expect(K.splits()).toBe(problems.length);
	});

	it('the helper, once awake, computes its parts (a sleeping one may be slower to wake than this thread is with its own part, which then takes it back)', async () => {
		// Up to 400 rounds of two products (27,000 numbers a round) on a busy machine: room for all of them.
		const K = await readyKernels(12_000_000);
		const problems: Problem[] = [false, true].map((transA) => ({ transA, transB: !transA, accumulate: transA, m: 45, n: 77, k: 81 }));
		for (let round = 0; round < 400 && K.splits() - K.balance().taken < 8; round++) expect(worstError(K, problems, 60 + round)).toBeLessThan(1e-5);
		expect(K.splits() - K.balance().taken).toBeGreaterThanOrEqual(8);
	});

	it('gathers rows of a data set in its memory by an order, half of them on the helper', async () => {
		const K = await readyKernels();
		const [count, n, rows] = [300, 97, 200];
		const src = K.alloc(count * n);
		for (let i = 0; i < src.length; i++) src[i] = Math.fround(Math.sin(i) * 1000);
		const slots = K.alloc(count);
		const order = new Uint32Array(slots.buffer, slots.byteOffset, count);
		for (let i = 0; i < count; i++) order[i] = (i * 7919) % count; // a permutation (7919 is prime)
		const dst = K.alloc(rows * n);
		// Until the helper has copied its half of 5 batches: bursts of gathers, so that it is awake (one
		// asleep wakes later than this thread is done with its own half, which then copies the other).
		for (let round = 0; round < 100 && K.gathers() - K.balance().taken < 5; round++) {
			const from = (round * 13) % (count - rows);
			for (let burst = 0; burst < 20; burst++) {
				dst.fill(NaN);
				K.gatherRows!(src, order.subarray(from, from + rows), rows, n, dst);
			}
			for (let r = 0; r < rows; r++) expect(Array.from(dst.subarray(r * n, (r + 1) * n))).toEqual(Array.from(src.subarray(order[from + r] * n, (order[from + r] + 1) * n)));
		}
		expect(K.gathers() - K.balance().taken).toBeGreaterThanOrEqual(5);
		expect(() => K.gatherRows!(src, new Uint32Array(rows), rows, n, dst)).toThrow(/order was not allocated/);
	});

	it('takes back a part the helper has not started: with no helper serving, both parts run on the calling thread', () => {
		const ctl = new Int32Array(new SharedArrayBuffer(CONTROL_INTS * 4));
		const ran: string[] = [];
		const job = { flags: 0, m: 8, n: 8, k: 8, a: 0, lda: 8, b: 0, ldb: 8, c: 0, ldc: 8 };
		for (let seq = 1; seq <= 3; seq++) {
			const times = handOff(ctl, seq, job, () => ran.push(`mine ${seq}`), () => ran.push(`theirs ${seq}`), 'test');
			expect(times.taken).toBe(true);
		}
		expect(ran).toEqual(['mine 1', 'theirs 1', 'mine 2', 'theirs 2', 'mine 3', 'theirs 3']);
	});

	it('small products (run on one thread) match the naive product for every transpose', async () => {
		const K = await readyKernels();
		expect(worstError(K, oddProblems(52, 4), 53)).toBeLessThan(1e-5);
		expect(K.splits()).toBe(0);
	});

	it('after dispose the kernels still compute, on one thread', async () => {
		const K = await readyKernels();
		K.dispose();
		expect(K.helperReady()).toBe(false);
		expect(worstError(K, [{ transA: false, transB: true, accumulate: false, m: 40, n: 64, k: 64 }], 54)).toBeLessThan(1e-5);
	});

	it('bestKernels takes two threads when given a helper: WebAssembly for float32, typed arrays for float64', () => {
		const f32 = bestKernels('f32', { threads: spawnNodeHelper });
		expect(f32.name).toBe('wasm-simd-2threads');
		disposeKernels(f32);
		const f64 = bestKernels('f64', { threads: spawnNodeHelper });
		expect(f64.name).toBe('typedarray-f64-2threads');
		disposeKernels(f64);
		expect(bestKernels('f64').name).toBe('typedarray-f64');
	});
});
