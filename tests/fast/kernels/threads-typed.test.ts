import { afterAll, describe, expect, it } from 'vitest';
import { helperStarted } from '../../../src/lib/fast/kernels/index';
import { spawnNodeHelper } from '../../../src/lib/fast/kernels/node-helper';
import type { ThreadedKernels } from '../../../src/lib/fast/kernels/threads';
import { threadedTypedKernels } from '../../../src/lib/fast/kernels/threads-typed';
import type { FloatArray } from '../../../src/lib/fast/kernels/types';
import { oddProblems, worstError, type Problem } from './gemm-check';

const opened: ThreadedKernels<FloatArray>[] = [];
afterAll(() => opened.forEach((k) => k.dispose()));

async function readyKernels(precision: 'f32' | 'f64'): Promise<ThreadedKernels<FloatArray>> {
	const K = threadedTypedKernels(precision, spawnNodeHelper, { adapt: false });
	opened.push(K);
	K.reserve(8_000_000);
	await helperStarted(K, 20_000);
	return K;
}

/** Large enough to be split (≥ 2^16 multiply-adds): by rows (m ≥ 8) and by columns (m = 1, 4), every transpose. */
function splitProblems(): Problem[] {
	const out: Problem[] = [];
	for (const transA of [false, true])
		for (const transB of [false, true]) {
			out.push({ transA, transB, accumulate: transA, m: 45, n: 77, k: 81 });
			out.push({ transA, transB, accumulate: !transA, m: 1, n: 600, k: 450 });
			out.push({ transA, transB, accumulate: transB, m: 4, n: 130, k: 300 });
		}
	return out;
}

describe('threadedTypedKernels (typed-array gemm on two threads over a SharedArrayBuffer)', () => {
	it('float64: the helper comes up, split products match the naive product to 1e-12, dense and with ReLU-like zeros', async () => {
		const K = await readyKernels('f64');
		expect(K.helperReady()).toBe(true);
		expect(K.name).toBe('typedarray-f64-2threads');
		const problems = splitProblems();
		expect(worstError(K, problems, 81)).toBeLessThan(1e-12);
		expect(worstError(K, problems, 82, 0.6)).toBeLessThan(1e-12);
		expect(K.splits()).toBe(2 * problems.length);
	});

	it('float32: split and small products match the naive product to 1e-5 relative', async () => {
		const K = await readyKernels('f32');
		expect(worstError(K, [...splitProblems(), ...oddProblems(83, 3)], 84)).toBeLessThan(1e-5);
		expect(K.splits()).toBe(splitProblems().length);
	});

	it('after dispose it still computes, on one thread; arrays from elsewhere are refused', async () => {
		const K = await readyKernels('f64');
		K.dispose();
		expect(K.helperReady()).toBe(false);
		expect(worstError(K, splitProblems(), 85)).toBeLessThan(1e-12);
		expect(K.splits()).toBe(0);
		expect(() => K.gemm(false, false, 1, 1, 1, new Float64Array(1), K.alloc(1), K.alloc(1), false)).toThrow(/not allocated by these kernels/);
	});
});
