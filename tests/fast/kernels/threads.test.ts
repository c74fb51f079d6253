import { afterAll, describe, expect, it } from 'vitest';
import { bestKernels, disposeKernels, helperStarted } from '../../../src/lib/fast/kernels/index';
import { spawnNodeHelper } from '../../../src/lib/fast/kernels/node-helper';
import { sharedMemorySupported, threadedKernels, type ThreadedKernels } from '../../../src/lib/fast/kernels/threads';
import { oddProblems, worstError, type Problem } from './gemm-check';

const opened: ThreadedKernels[] = [];
afterAll(() => opened.forEach((k) => k.dispose()));

async function readyKernels(): Promise<ThreadedKernels> {
	const K = threadedKernels('wasm-simd', spawnNodeHelper);
	opened.push(K);
	K.reserve(2_000_000);
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
