// Classifying with a snapshot: a hand-worked 2-2-3 softmax network, agreement with the trainer's own
// batched forward pass (its loss on a data set) on a seeded random network, and argmax.

import { describe, expect, it } from 'vitest';
import { argmax, classifyRows, createClassifier, predict } from '../../src/lib/fast/predict';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { Trainer } from '../../src/lib/fast/train';
import type { Dataset } from '../../src/lib/fast/datasets/types';
import { Rng } from '../../src/lib/engine/spec/random';
import { bestKernels } from '../../src/lib/fast/kernels/index';
import { fromConfig, paramsFromNetwork } from '../../src/lib/fast/model';
import { validateNetwork } from '../../src/lib/engine/spec/validate';

describe('predict', () => {
	it('gives the softmax of W₂ relu(W₁x + b₁) + b₂ worked by hand', () => {
		// x = (1, 2); W₁ = [[1, −1], [0.5, 0.5]], b₁ = (0, −1) → z₁ = (−1, 0.5), a₁ = (0, 0.5)
		// W₂ = [[1, 0], [0, 2], [0, 0]], b₂ = (0, 0, 1) → z₂ = (0, 1, 1)
		// softmax(0, 1, 1) = (1, e, e) / (1 + 2e)
		const c = createClassifier(2, [{ name: 'relu' }, { name: 'softmax' }], {
			W: [Float64Array.of(1, -1, 0.5, 0.5), Float64Array.of(1, 0, 0, 2, 0, 0)],
			b: [Float64Array.of(0, -1), Float64Array.of(0, 0, 1)],
			alpha: [null, null]
		});
		const p = predict(c, [1, 2]);
		const e = Math.E;
		expect(c.sizes).toEqual([2, 2, 3]);
		expect(p[0]).toBeCloseTo(1 / (1 + 2 * e), 12);
		expect(p[1]).toBeCloseTo(e / (1 + 2 * e), 12);
		expect(p[2]).toBeCloseTo(e / (1 + 2 * e), 12);
	});

	it('rejects weights that do not fit the layer sizes', () => {
		expect(() =>
			createClassifier(3, [{ name: 'softmax' }], { W: [Float64Array.of(1, 2, 3, 4)], b: [new Float64Array(1)], alpha: [null] })
		).toThrow(/do not fit 3 inputs/);
	});

	it('agrees with the trainer’s batched forward pass on a seeded 6-5-4-3 network (cross-entropy of its probabilities)', () => {
		const rng = new Rng(11, 1);
		const count = 40;
		const inputs = Float64Array.from({ length: count * 6 }, () => rng.uniformIn(-1, 1));
		const labels = Array.from({ length: count }, (_, r) => r % 3);
		const targets = new Float64Array(count * 3);
		labels.forEach((c, r) => (targets[r * 3 + c] = 1));
		const data: Dataset = { name: 'random', count, inputSize: 6, targetSize: 3, inputs, targets };
		const source = fromConfig({ sizes: [6, 5, 4, 3], activations: ['tanh', 'relu', 'softmax'], loss: 'categorical_crossentropy', seed: 4 });
		const trainer = new Trainer(typedArrayKernels('f64'), source, data, { epochs: 1, batchSize: 8, seed: 2, learningRate: 0.3 });
		trainer.run(3); // move the weights away from their initial values
		const snap = trainer.snapshot();
		const c = createClassifier(6, source.spec.layers.map((l) => l.activation), snap);
		let loss = 0;
		let correct = 0;
		const preds = new Uint8Array(count);
		classifyRows(c, inputs, 0, count, preds);
		for (let r = 0; r < count; r++) {
			const p = predict(c, inputs, r * 6);
			expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
			loss -= Math.log(p[labels[r]]);
			if (preds[r] === labels[r]) correct++;
			expect(preds[r]).toBe(argmax(p));
		}
		const ev = trainer.evaluate(data);
		expect(loss / count).toBeCloseTo(ev.loss, 9);
		expect(correct / count).toBeCloseTo(ev.accuracy!, 12);
	});
});

describe('argmax', () => {
	it('returns the index of the largest value, the first of ties', () => {
		expect(argmax([0.1, 0.7, 0.2])).toBe(1);
		expect(argmax([3, 5, 5, 1])).toBe(1);
		expect(argmax([-2])).toBe(0);
	});
});

describe('a classifier on the WebAssembly kernels (single precision)', () => {
	// The worker classifies a run's test rows this way (worker/handler.ts): it must give the classes
	// and probabilities of the double-precision classifier, to float32's precision.
	const cases = [
		{ name: 'a 20-16-12-5 tanh–relu–softmax network', file: { layers: [{ size: 20 }, { size: 16, activation: 'tanh' }, { size: 12, activation: 'relu' }, { size: 5, activation: 'softmax' }], loss: 'categorical_crossentropy', init: 'glorot_uniform', seed: 5 } },
		{ name: 'a batch-normalised 20-9-4 elu–softmax network', file: { layers: [{ size: 20 }, { size: 9, activation: 'elu', batchNorm: { epsilon: 0.01 } }, { size: 4, activation: 'softmax' }], loss: 'categorical_crossentropy', init: 'he_normal', seed: 6 } }
	];
	for (const { name, file } of cases) {
		it(`agrees with the double-precision one on ${name}, over 600 rows (batches of 256 and a short one)`, () => {
			const net = validateNetwork(file, { engine: 'fast' });
			if (net.layers[0].batchNorm) net.layers[0].batchNorm.movingMean = Array.from({ length: 9 }, (_, j) => 0.1 * j - 0.4);
			const acts = net.layers.map((l) => l.activation);
			const norms = net.layers.map((l) => l.batchNorm);
			const params = paramsFromNetwork(net);
			const rng = new Rng(21, 1);
			const count = 600;
			const inputs = Float32Array.from({ length: count * 20 }, () => rng.uniformIn(-2, 2));
			const exact = createClassifier(20, acts, params, norms);
			const fast = createClassifier(20, acts, params, norms, bestKernels('f32'));
			expect(fast.pass.kernels.name).toMatch(/^wasm/);
			const classes = [new Uint8Array(count), new Uint8Array(count)];
			classifyRows(exact, inputs, 0, count, classes[0]);
			classifyRows(fast, inputs, 0, count, classes[1]);
			let gaps = 0;
			for (let r = 0; r < count; r++) {
				const p = predict(exact, inputs, r * 20);
				const q = predict(fast, inputs, r * 20);
				for (let j = 0; j < p.length; j++) expect(Math.abs(q[j] - p[j])).toBeLessThan(1e-5);
				const sorted = [...p].sort((a, b) => b - a);
				if (sorted[0] - sorted[1] > 1e-5) {
					gaps++;
					expect(classes[1][r], `row ${r}`).toBe(classes[0][r]);
				}
			}
			expect(gaps).toBeGreaterThan(590); // the classes were compared on (nearly) every row
		});
	}
});
