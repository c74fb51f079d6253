// Batch normalisation's two modes in the fast path: training normalises by the batch's statistics and
// moves the moving ones once per step; test time (evaluate, predict, the inference pass) uses the
// moving ones, so each row's output is its own. Both against the independent reference.

import { describe, expect, it } from 'vitest';
import { compileCustom } from '../../src/lib/engine/ops/activations/custom-compiler';
import type { Network } from '../../src/lib/engine/spec/types';
import type { Dataset } from '../../src/lib/fast/datasets/types';
import { toyDataset } from '../../src/lib/fast/datasets/toy';
import { forward } from '../../src/lib/fast/forward';
import { forwardRows } from '../../src/lib/fast/inference';
import { cellPoint, evaluateGrid } from '../../src/lib/fast/grid';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { createModel, fromConfig, modelElements, paramsFromNetwork, specFromNetwork } from '../../src/lib/fast/model';
import { createPass, passElements } from '../../src/lib/fast/network';
import { sourceFromNetwork, Trainer } from '../../src/lib/fast/train';
import { BN_ACTIVATIONS, randomBnNetwork, referenceForward } from './batch-norm-reference';

/** A float64 pass over the file's samples, loaded into X. */
function passOf(net: Network) {
	const kernels = typedArrayKernels('f64');
	const spec = specFromNetwork(net);
	const options = { maxBatch: net.samples.length, custom: compileCustom };
	kernels.reserve(modelElements(spec) + passElements(spec, options));
	const p = createPass(kernels, createModel(kernels, spec, paramsFromNetwork(net)), options);
	net.samples.forEach((s, r) => p.X.set(s.input, r * spec.inputSize));
	return p;
}

/** The file's samples as a data set. */
function samplesOf(net: Network): Dataset {
	return {
		name: 'samples',
		count: net.samples.length,
		inputSize: net.input.size,
		targetSize: net.samples[0].target.length,
		inputs: Float64Array.from(net.samples.flatMap((s) => s.input)),
		targets: Float64Array.from(net.samples.flatMap((s) => s.target))
	};
}

const expectClose = (actual: ArrayLike<number>, expected: number[], digits = 12) => {
	expect(actual.length).toBeGreaterThanOrEqual(expected.length);
	expected.forEach((x, i) => expect(actual[i]).toBeCloseTo(x, digits));
};

describe('forward with batch normalisation', () => {
	it('training (batch statistics) and test time (moving statistics) give the reference’s outputs', () => {
		for (let s = 0; s < 48; s++) {
			const net = randomBnNetwork(300 + s, { activation: BN_ACTIVATIONS[s % BN_ACTIVATIONS.length], loss: 'mse', samples: 2 + (s % 5) });
			const rows = net.samples.length;
			for (const training of [true, false]) {
				const p = passOf(net);
				forward(p, rows, training, null);
				referenceForward(net, training).outputs.forEach((a, k) => expectClose(p.A[k].subarray(0, rows * net.layers[k].size), a.flat()));
			}
		}
	});

	it('test time: a row’s output does not depend on the rows beside it; training: it does', () => {
		const net = randomBnNetwork(41, { activation: 'tanh', loss: 'mse', samples: 5, hidden: 2 });
		const params = paramsFromNetwork(net);
		const acts = net.layers.map((l) => l.activation);
		const norms = specFromNetwork(net).layers.map((l) => l.batchNorm);
		const all = forwardRows(acts, params, Float64Array.from(net.samples.flatMap((x) => x.input)), 5, net.input.size, norms);
		const last = net.layers.length - 1;
		const m = net.layers[last].size;
		net.samples.forEach((sample, r) => {
			const alone = forwardRows(acts, params, Float64Array.from(sample.input), 1, net.input.size, norms);
			expectClose(alone[last], Array.from(all[last].subarray(r * m, (r + 1) * m)), 14);
		});
		const trainingOutputs = referenceForward(net, true).outputs[last];
		expect(trainingOutputs[0]).not.toEqual(Array.from(all[last].subarray(0, m)));
		expect(() => forwardRows(acts, params, all[0], 1, net.input.size)).toThrow("layer 1: batch normalisation's tensors without its momentum and epsilon");
	});

	it('the decision grid of /train is the test-time output at each cell', () => {
		const net = randomBnNetwork(12, { activation: 'relu', loss: 'half_sse', samples: 3, hidden: 2 });
		net.input.size = 2;
		net.layers[0].weights = net.layers[0].weights.map((w) => [w[0] ?? 0.3, w[1] ?? -0.7]);
		const grid = evaluateGrid(net.layers.map((l) => l.activation), ['x1', 'x2'], paramsFromNetwork(net), 4, -2, 2, net.layers.map((l) => l.batchNorm));
		const last = net.layers.length - 1;
		for (const [row, col] of [[0, 0], [1, 3], [3, 2]]) {
			const expected = referenceForward(net, false, [cellPoint(4, -2, 2, row, col)]).outputs[last][0];
			expected.forEach((a, j) => expect(grid.neurons[last][j][row * 4 + col]).toBeCloseTo(a, 12));
		}
	});
});

describe('numerical trouble in a batch-normalised layer', () => {
	it('a NaN weight is caught at the next step, though z is normalised before its activation', () => {
		const source = fromConfig({ sizes: [2, 4, 1], activations: ['relu', 'sigmoid'], loss: 'binary_crossentropy', seed: 3, batchNorm: [true, false] });
		const trainer = new Trainer(typedArrayKernels('f64'), source, toyDataset('xor', { count: 32 }), { epochs: 2, batchSize: 8 });
		trainer.advance();
		trainer.model.W[0][1] = NaN;
		trainer.advance();
		expect(trainer.trouble).toMatchObject({ step: 1, layer: 1, quantity: 'W' });
	});
});

describe('the moving statistics', () => {
	it('full batch with frozen weights: m_t = μ + momentumᵗ (m_0 − μ) exactly, and v likewise', () => {
		const net = randomBnNetwork(77, { activation: 'sigmoid', loss: 'half_sse', samples: 6, hidden: 2 });
		const { mean, variance } = referenceForward(net, true);
		const trainer = new Trainer(typedArrayKernels('f64'), sourceFromNetwork(net), samplesOf(net), { epochs: 40, batchSize: 'full', learningRate: 1e-300, shuffle: false });
		trainer.run();
		expect(trainer.step).toBe(40);
		net.layers.forEach((layer, k) => {
			const bn = layer.batchNorm;
			if (!bn) return;
			const decay = bn.momentum ** 40;
			const m = trainer.model.movingMean![k]!;
			const v = trainer.model.movingVariance![k]!;
			for (let j = 0; j < layer.size; j++) {
				expect(m[j]).toBeCloseTo(mean[k]![j] + decay * (bn.movingMean[j] - mean[k]![j]), 12);
				expect(v[j]).toBeCloseTo(variance[k]![j] + decay * (bn.movingVariance[j] - variance[k]![j]), 12);
			}
		});
	});

	it('mini-batches of 32 with Keras’s momentum 0.99: they approach the data’s mean and variance of z', () => {
		const config = { sizes: [2, 4, 1], activations: ['tanh', 'sigmoid'] as const, loss: 'binary_crossentropy' as const, seed: 3, batchNorm: [true, false] };
		const source = fromConfig({ ...config, activations: [...config.activations] });
		const data = toyDataset('circle', { count: 1024, seed: 2 });
		// A rate of 1e-300 leaves the weights where they are, so z has fixed statistics over the data.
		const trainer = new Trainer(typedArrayKernels('f64'), source, data, { epochs: 60, batchSize: 32, learningRate: 1e-300, seed: 9 });
		trainer.run();
		const W = source.params.W[0];
		for (let j = 0; j < 4; j++) {
			const z = Array.from({ length: data.count }, (_, r) => W[j * 2] * data.inputs[r * 2] + W[j * 2 + 1] * data.inputs[r * 2 + 1]);
			const mu = z.reduce((a, b) => a + b, 0) / z.length;
			const s2 = z.reduce((a, b) => a + (b - mu) ** 2, 0) / z.length;
			// A batch's biased variance has expectation (31/32) σ²; the average of 100 noisy batches stays within a few %.
			expect(Math.abs(trainer.model.movingMean![0]![j] - mu)).toBeLessThan(0.05 * Math.sqrt(s2));
			expect(trainer.model.movingVariance![0]![j] / ((31 / 32) * s2)).toBeGreaterThan(0.9);
			expect(trainer.model.movingVariance![0]![j] / ((31 / 32) * s2)).toBeLessThan(1.1);
		}
	});

	it('after training, evaluation at test time (moving statistics) classifies as well as training did', () => {
		const source = fromConfig({ sizes: [2, 8, 8, 1], activations: ['relu', 'sigmoid'], loss: 'binary_crossentropy', seed: 4, batchNorm: [true, true, false], optimizer: { type: 'adam', learningRate: 0.02 } });
		const data = toyDataset('circle', { count: 400, seed: 5 });
		const trainer = new Trainer(typedArrayKernels('f64'), source, data, { epochs: 30, batchSize: 32, seed: 1 });
		trainer.run();
		expect(trainer.trouble).toBeNull();
		expect(trainer.history.at(-1)!.accuracy).toBeGreaterThan(0.9);
		expect(trainer.evaluate(toyDataset('circle', { count: 400, seed: 6 })).accuracy).toBeGreaterThan(0.9);
		// The trained network carries its γ, β and moving statistics back into the file's form.
		const bn = trainer.toNetwork().layers[0].batchNorm!;
		expect(bn.momentum).toBe(0.99);
		expect(bn.epsilon).toBe(1e-3);
		expect(bn.gamma).not.toEqual(new Array(8).fill(1));
		expect(bn.movingMean).toEqual(Array.from(trainer.model.movingMean![0]!));
	});
});
