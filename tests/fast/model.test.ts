// The model in flat arrays: from a compact config (Keras's initialiser scales), from a Network, and
// back to a Network that the engine reads (the file `train --out` writes).

import { describe, expect, it } from 'vitest';
import { networkToText } from '../../src/lib/engine/spec/encode';
import { parseNetwork } from '../../src/lib/engine/spec/validate';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import type { ActivationName } from '../../src/lib/engine/spec/types';
import { createModel, fromConfig, modelElements, paramsFromNetwork, parameterCount, specFromNetwork, toNetwork } from '../../src/lib/fast/model';
import { randomNetwork } from './random-network';

describe('fromConfig', () => {
	it('builds the course model 784-300-200-100-10 with 316,810 parameters, glorot_uniform within ±√(6/(in+out))', () => {
		const { spec, params } = fromConfig({ sizes: [784, 300, 200, 100, 10], activations: ['relu', 'softmax'], loss: 'sparse_categorical_crossentropy', seed: 1 });
		expect(parameterCount(spec)).toBe(316810);
		expect(spec.layers.map((l) => l.activation.name)).toEqual(['relu', 'relu', 'relu', 'softmax']);
		expect(spec.optimizer).toMatchObject({ type: 'sgd', learningRate: 0.01, momentum: 0 });
		const limit = Math.sqrt(6 / (784 + 300));
		const w = params.W[0];
		expect(w.length).toBe(300 * 784);
		expect(w.every((x) => Math.abs(x) <= limit)).toBe(true);
		// A uniform on [−L, L] has variance L²/3.
		const variance = w.reduce((s, x) => s + x * x, 0) / w.length;
		expect(variance / (limit * limit / 3)).toBeCloseTo(1, 1);
		expect(params.b.map((b) => b.length)).toEqual([300, 200, 100, 10]);
	});

	it('with batchNorm on the hidden layers: γ and β are parameters the optimizer sees (+1,200), the moving statistics memory beside them', () => {
		const config = { sizes: [784, 300, 200, 100, 10], activations: ['relu', 'softmax'] as ActivationName[], loss: 'sparse_categorical_crossentropy' as const, seed: 1 };
		const { spec, params } = fromConfig({ ...config, batchNorm: [true, true, true, false] });
		expect(parameterCount(spec)).toBe(316810 + 1200);
		expect(modelElements(spec)).toBe(316810 + 2400);
		expect(spec.layers.map((l) => l.batchNorm)).toEqual([...new Array(3).fill({ momentum: 0.99, epsilon: 0.001 }), null]);
		expect(Array.from(params.gamma![1]!)).toEqual(new Array(200).fill(1));
		expect(Array.from(params.movingVariance![2]!)).toEqual(new Array(100).fill(1));
		expect(params.beta![3]).toBeNull();
		expect(() => fromConfig({ ...config, batchNorm: [false, false, false, true] })).toThrow('batch normalisation applies to hidden layers; the output layer has none');
	});

	it('is repeatable for a seed', () => {
		const a = fromConfig({ sizes: [3, 4, 2], activations: ['tanh', 'sigmoid'], loss: 'mse', seed: 9 });
		const b = fromConfig({ sizes: [3, 4, 2], activations: ['tanh', 'sigmoid'], loss: 'mse', seed: 9 });
		expect(a.params.W).toEqual(b.params.W);
	});
});

describe('toNetwork', () => {
	it('writes back a network the engine reads with the same parameters', () => {
		for (let s = 0; s < 20; s++) {
			const net = randomNetwork(300 + s);
			const spec = specFromNetwork(net);
			const model = createModel(typedArrayKernels('f64'), spec, paramsFromNetwork(net));
			const again = parseNetwork(networkToText(toNetwork(model, net)));
			expect(again.layers.map((l) => [l.weights, l.biases, l.activation.name])).toEqual(net.layers.map((l) => [l.weights, l.biases, l.activation.name]));
			expect(again.layers.map((l) => l.alphas)).toEqual(net.layers.map((l) => l.alphas));
		}
	});

	it('writes back batch normalisation: momentum, ε, γ, β and the moving statistics, read again unchanged', () => {
		const net = parseNetwork(JSON.stringify({
			layers: [{ size: 2 }, { size: 3, activation: 'tanh', batchNorm: { momentum: 0.9, epsilon: 0.01, gamma: [1, 2, 3], beta: [0.1, 0.2, 0.3], movingMean: [-1, 0, 1], movingVariance: [0.5, 1, 2] } }, { size: 1, activation: 'linear' }],
			init: 'glorot_uniform',
			loss: 'mse',
			samples: [{ input: [0, 0], target: [0] }]
		}));
		const model = createModel(typedArrayKernels('f64'), specFromNetwork(net), paramsFromNetwork(net));
		const again = parseNetwork(networkToText(toNetwork(model, net)));
		expect(again.layers[0].batchNorm).toEqual(net.layers[0].batchNorm);
		expect(again.layers[1].batchNorm).toBeNull();
	});
});
