// Training-only behaviour: inverted dropout (seeded masks, kept units scaled by 1/(1 − p), nothing
// dropped at test time) and rrelu (the drawn slopes while training, their mean at test time).

import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/lib/engine/spec/random';
import { toyDataset } from '../../src/lib/fast/datasets/toy';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { createModel, fromConfig } from '../../src/lib/fast/model';
import { predict } from '../../src/lib/fast/metrics';
import { forward } from '../../src/lib/fast/forward';
import { batchLossSum, createPass } from '../../src/lib/fast/network';
import { computeGradients } from '../../src/lib/fast/step';
import { sourceFromNetwork, Trainer } from '../../src/lib/fast/train';
import { validateNetwork } from '../../src/lib/engine/spec/validate';

describe('dropout', () => {
	it('zeroes about p of the hidden outputs while training and scales the rest by 1/(1 − p)', () => {
		const kernels = typedArrayKernels('f64');
		const { spec, params } = fromConfig({ sizes: [2, 200, 1], activations: ['relu', 'linear'], loss: 'mse', seed: 2 });
		const model = createModel(kernels, spec, params);
		const p = createPass(kernels, model, { maxBatch: 10, dropout: [0.25] });
		p.X.set(Array.from({ length: 20 }, (_, i) => Math.sin(i)));
		forward(p, 10, true, new Rng(1));
		const A = p.A[0];
		const D = p.D[0]!;
		let dropped = 0;
		for (let i = 0; i < 2000; i++) {
			if (p.mask[0]![i] === 0) dropped++;
			else expect(D[i]).toBeCloseTo(A[i] / 0.75, 12);
		}
		expect(dropped / 2000).toBeGreaterThan(0.2);
		expect(dropped / 2000).toBeLessThan(0.3);
	});

	it('backpropagates through the mask: gradients match finite differences under the same mask', () => {
		const kernels = typedArrayKernels('f64');
		const { spec, params } = fromConfig({ sizes: [3, 6, 5, 2], activations: ['tanh', 'sigmoid', 'linear'], loss: 'mse', seed: 5 });
		const model = createModel(kernels, spec, params);
		const p = createPass(kernels, model, { maxBatch: 4, dropout: [0.3, 0.5] });
		p.X.set(Array.from({ length: 12 }, (_, i) => Math.cos(3 * i)));
		p.Y.set(Array.from({ length: 8 }, (_, i) => Math.sin(i)));
		const lossAt = () => {
			forward(p, 4, true, new Rng(11));
			return batchLossSum(p, 4) / 4;
		};
		computeGradients(p, 4, 1, new Rng(11));
		const grads = p.grads.W.map((g) => Float64Array.from(g));
		const h = 1e-6;
		let checked = 0;
		model.W.forEach((W, k) =>
			W.forEach((w, i) => {
				W[i] = w + h;
				const up = lossAt();
				W[i] = w - h;
				const down = lossAt();
				W[i] = w;
				expect(Math.abs((up - down) / (2 * h) - grads[k][i])).toBeLessThan(1e-7);
				checked++;
			})
		);
		expect(checked).toBe(3 * 6 + 6 * 5 + 5 * 2);
		// Some units really were dropped.
		expect(p.mask[0]!.includes(0) && p.mask[1]!.includes(0)).toBe(true);
	});

	it('is seeded, leaves evaluation untouched, and still learns xor', () => {
		const config = fromConfig({ sizes: [2, 32, 1], activations: ['tanh', 'sigmoid'], loss: 'binary_crossentropy', seed: 4, optimizer: { type: 'adam', learningRate: 0.02 } });
		const data = toyDataset('xor', { count: 300, seed: 1 });
		const run = () => {
			const t = new Trainer(typedArrayKernels('f64'), config, data, { epochs: 40, batchSize: 16, dropout: [0.2], seed: 6 });
			t.run();
			return t;
		};
		const a = run();
		expect(a.history.map((r) => r.loss)).toEqual(run().history.map((r) => r.loss));
		const test = a.evaluate(data);
		expect(test.accuracy).toBeGreaterThan(0.95);
		expect(a.evaluate(data)).toEqual(test);
	});

	it("trains a network file with its own layers' rates, drawing masks per batch", () => {
		const net = validateNetwork({
			layers: [{ size: 2 }, { size: 8, activation: 'tanh', init: 'glorot_uniform', dropout: { rate: 0.5, mask: [1, 0, 1, 0, 1, 0, 1, 0] } }, { size: 1, activation: 'sigmoid', init: 'glorot_uniform' }],
			loss: 'binary_crossentropy',
			samples: [{ input: [0, 1], target: [1] }]
		});
		const t = new Trainer(typedArrayKernels('f64'), sourceFromNetwork(net), toyDataset('xor', { count: 64, seed: 1 }), { epochs: 1, batchSize: 16, seed: 2 });
		t.run();
		expect(t.pass.dropout).toEqual([0.5, 0]);
		expect(Array.from(t.pass.mask[0]!.subarray(0, 16 * 8))).not.toEqual(Array.from({ length: 16 * 8 }, (_, i) => (i % 8) % 2 === 0 ? 1 : 0));
	});
});

describe('rrelu', () => {
	it('uses each neuron’s drawn slope while training and (lower + upper)/2 at test time', () => {
		const kernels = typedArrayKernels('f64');
		const { spec, params } = fromConfig({ sizes: [1, 3, 3], activations: [{ name: 'rrelu', lower: 0.1, upper: 0.3 }, 'linear'], loss: 'mse', seed: 3 });
		params.W[0] = Float64Array.of(1, 1, 1);
		params.b[0] = new Float64Array(3);
		const slopes = Array.from(params.alpha[0]!);
		expect(slopes.every((s) => s >= 0.1 && s < 0.3)).toBe(true);
		const model = createModel(kernels, spec, params);
		const p = createPass(kernels, model, { maxBatch: 1 });
		p.X[0] = -2;
		forward(p, 1, true, null);
		expect(Array.from(p.A[0])).toEqual(slopes.map((s) => -2 * s));
		predict(p, Float64Array.of(-2), 1);
		expect(Array.from(p.A[0]).map((x) => x / -2)).toEqual([0.2, 0.2, 0.2].map((m) => expect.closeTo(m, 12)));
	});
});
