// Transfer learning on the digits (fast/transfer.ts): subsets by class, the three ways of learning
// 5–9 from a few images measured epoch by epoch, run in slices with the same result as straight
// through, and the frozen layers left as the base network learnt them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDigits } from '../../src/lib/fast/datasets/digits';
import { disposeKernels } from '../../src/lib/fast/kernels/index';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { classSubset, TransferRun, type TransferOptions } from '../../src/lib/fast/transfer';

const digits = decodeDigits(new Uint8Array(readFileSync(new URL('../../static/data/digits.bin', import.meta.url))));
const SMALL: TransferOptions = { hidden: [16, 8], baseEpochs: 1, headEpochs: 4, perClass: 5, seed: 3, learningRate: 0.1 };
const labelOf = (d: { targetSize: number; targets: ArrayLike<number> }, r: number) => Array.from({ length: d.targetSize }, (_, j) => d.targets[r * d.targetSize + j]).indexOf(1);

describe('classSubset', () => {
	it('keeps the rows of the classes asked, one-hot over them, at most perClass of each', () => {
		const few = classSubset(digits.train, [5, 6, 7, 8, 9], 5, 'few');
		expect([few.count, few.targetSize, few.inputSize]).toEqual([25, 5, 784]);
		const counts = [0, 0, 0, 0, 0];
		for (let r = 0; r < few.count; r++) counts[labelOf(few, r)]++;
		expect(counts).toEqual([5, 5, 5, 5, 5]);
		// the subset keeps the data's order: its first 5 is the training set's first 5
		const first = Array.from({ length: digits.train.count }, (_, r) => r).find((r) => labelOf(digits.train, r) === 5)!;
		const five = Array.from({ length: few.count }, (_, r) => r).find((r) => labelOf(few, r) === 0)!;
		expect(Array.from(few.inputs.subarray(five * 784, five * 784 + 784))).toEqual(Array.from(digits.train.inputs.subarray(first * 784, first * 784 + 784)));
		const all = classSubset(digits.test, [0, 1, 2, 3, 4], null, 'test');
		expect(all.count).toBeGreaterThan(900);
	});
});

describe('TransferRun', () => {
	const make = () => new TransferRun(() => typedArrayKernels('f64'), disposeKernels, digits, SMALL);

	it('measures the frozen, fine-tuned and scratch networks on every test image of 5–9 after each epoch', () => {
		const run = make();
		expect(run.advance()).toBe(true);
		const r = run.result;
		expect(run.phase).toBe('done');
		expect(run.progress).toBe(1);
		expect(r.fewCount).toBe(25);
		expect(r.baseAccuracy).toBeGreaterThan(0.8);
		for (const curve of Object.values(r.curves)) {
			expect(curve).toHaveLength(4);
			for (const a of curve) expect(a).toBeGreaterThanOrEqual(0), expect(a).toBeLessThanOrEqual(1);
		}
		// learning from 25 images beats chance (20%) in every way
		for (const curve of Object.values(r.curves)) expect(curve.at(-1)).toBeGreaterThan(0.25);
		// the frozen and the fine-tuned heads start from the same network: their first epoch differs only by what the lower layers learnt
		expect(r.curves.frozen).not.toEqual(r.curves.scratch);
	});

	it('gives the same numbers in slices as straight through', () => {
		const whole = make();
		whole.advance();
		const sliced = make();
		let slices = 0;
		while (!sliced.advance(performance.now() + 2)) slices++;
		expect(slices).toBeGreaterThan(3);
		expect(sliced.phase).toBe('done');
		expect(sliced.result).toEqual(whole.result);
	});
});
