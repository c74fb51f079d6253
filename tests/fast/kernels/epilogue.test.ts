// The products with an epilogue on two threads (epilogue.ts): each thread does the elementwise work
// on its own part, and the numbers are those of one thread doing the product and then the loops
// (exactly: same sums in the same order), whether the product is cut by rows or by columns, into
// parts whose widths are not multiples of 4, and when this thread takes the helper's part back.

import { afterAll, describe, expect, it } from 'vitest';
import { helperStarted } from '../../../src/lib/fast/kernels/index';
import { spawnNodeHelper } from '../../../src/lib/fast/kernels/node-helper';
import { threadedKernels, type ThreadedKernels } from '../../../src/lib/fast/kernels/threads';
import { wasmKernels } from '../../../src/lib/fast/kernels/wasm';
import { seededRandom } from './gemm-check';

const opened: ThreadedKernels[] = [];
afterAll(() => opened.forEach((k) => k.dispose()));

async function readyKernels(elements: number): Promise<ThreadedKernels> {
	const K = threadedKernels('wasm-simd', spawnNodeHelper, { adapt: false });
	opened.push(K);
	K.reserve(elements);
	await helperStarted(K, 20_000);
	return K;
}

function oneThread() {
	const one = wasmKernels('wasm-simd');
	one.reserve(2_000_000);
	return one;
}

const helped = (K: ThreadedKernels) => K.splits() - K.balance().taken;

/**
 * Runs `round` until the helper has computed 6 parts of its products, at most 200 times. A round
 * calls `wake` just before the product under test: a small shared product that wakes the helper, so
 * that it is spinning, not asleep, when that product comes (asleep, it wakes later than this thread
 * is done with its own part on a busy machine, and this thread takes the part back); the wake's own
 * parts are not counted.
 */
function untilHelped(K: ThreadedKernels, round: (wake: () => void) => void): void {
	const [A, B, C] = [K.alloc(64 * 72), K.alloc(72 * 64), K.alloc(64 * 64)];
	let woken = 0;
	const wake = () => {
		const before = helped(K);
		K.gemm(false, false, 64, 64, 72, A, B, C, false); // 294,912 multiply-adds: shared
		woken += helped(K) - before;
	};
	const start = helped(K);
	const count = () => helped(K) - start - woken;
	for (let r = 0; r < 200 && count() < 6; r++) round(wake);
	expect(count()).toBeGreaterThanOrEqual(6);
}

const rng = seededRandom(61);
/** Numbers in [−1, 1), a quarter of them exactly 0 (a relu's output). */
const fill = (x: Float32Array) => x.forEach((_, i) => (x[i] = rng.next() < 0.25 ? 0 : rng.next() * 2 - 1));
const same = (x: Float32Array, y: Float32Array) => expect(Array.from(x)).toEqual(Array.from(y));

describe('products with an epilogue, on two threads', () => {
	it('gemmBiasRelu gives what gemm then biasRelu give on one thread, and flags a non-finite z in either part', async () => {
		const K = await readyKernels(4_000_000);
		const one = oneThread();
		// Cut by columns (n ≥ rows), by rows (n < rows), and with parts whose widths are not multiples of 4.
		for (const [rows, n, k] of [[45, 77, 81], [120, 40, 90], [64, 300, 50], [37, 150, 60]]) {
			const [A, W, b] = [K.alloc(rows * k), K.alloc(n * k), K.alloc(n)];
			[A, W, b].forEach(fill);
			const [Z, out] = [K.alloc(rows * n), K.alloc(rows * n)];
			const [A1, W1, b1, Z1, out1] = [A, W, b, Z, out].map((x) => one.alloc(x.length));
			[[A1, A], [W1, W], [b1, b]].forEach(([x, y]) => x.set(y));
			one.gemm(false, true, rows, n, k, A1, W1, Z1, false);
			expect(one.vec.biasRelu(Z1, out1, b1, rows, n)).toBe(true);
			untilHelped(K, (wake) => {
				Z.fill(NaN);
				wake();
				expect(K.gemmBiasRelu!(A, W, Z, out, b, rows, n, k)).toBe(true);
				same(Z, Z1);
				same(out, out1);
				// A NaN weight makes one column of z NaN: the first (this thread's part) or the last (the helper's, when cut by columns).
				for (const j of [0, n - 1]) {
					const keep = W[j * k];
					W[j * k] = NaN;
					expect(K.gemmBiasRelu!(A, W, Z, out, b, rows, n, k)).toBe(false);
					W[j * k] = keep;
				}
				// An infinite input makes one row non-finite: the first or the last (the helper's part when cut by rows).
				for (const r of [0, rows - 1]) {
					const keep = A[r * k];
					A[r * k] = Infinity;
					expect(K.gemmBiasRelu!(A, W, Z, out, b, rows, n, k)).toBe(false);
					A[r * k] = keep;
				}
			});
		}
	});

	it('sgdUpdate gives what scale, gemm accumulating into W and columnSums adding into b give on one thread', async () => {
		const K = await readyKernels(8_000_000);
		const one = oneThread();
		// W (out × inSize) += δᵀ (out × rows) · input (rows × inSize), cut by rows of W only.
		for (const [rows, out, inSize] of [[64, 300, 784], [256, 100, 200], [45, 77, 81], [90, 150, 37]]) {
			const [G, input, W, b] = [K.alloc(rows * out), K.alloc(rows * inSize), K.alloc(out * inSize), K.alloc(out)];
			[G, input, W, b].forEach(fill);
			const [G1, input1, W1, b1] = [G, input, W, b].map((x) => one.alloc(x.length));
			[[G1, G], [input1, input], [W1, W], [b1, b]].forEach(([x, y]) => x.set(y));
			const G0 = Float32Array.from(G);
			const s = -0.0123;
			untilHelped(K, (wake) => {
				one.vec.scale(G1, rows * out, s);
				one.gemm(true, false, out, inSize, rows, G1, input1, W1, true);
				one.vec.columnSums(G1, rows, out, b1, true);
				wake();
				K.sgdUpdate!(G, input, W, b, rows, out, inSize, s);
				same(G, G1);
				same(W, W1);
				same(b, b1);
				// The next round from δ as it was (the update scales it in place).
				G.set(G0);
				G1.set(G0);
			});
		}
	});
});
