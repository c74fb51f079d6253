// Every layer's outputs for one drawn digit (the /digits heatmaps): the hand-worked 2-2-3 network's
// hidden ReLU outputs and probabilities, and on the course's 784-300-200-100-10 network agreement
// with the batched inference pass and with predict.

import { describe, expect, it } from 'vitest';
import { createClassifier, layerOutputs, predict } from '../../src/lib/fast/predict';
import { forwardRows } from '../../src/lib/fast/inference';
import { paramsFromNetwork } from '../../src/lib/fast/model';
import { digitsActivations, digitsNetwork } from '../../src/lib/fast/digits-model';
import { Rng } from '../../src/lib/engine/spec/random';

describe('layerOutputs', () => {
	it('gives relu(W₁x + b₁) then the softmax worked by hand', () => {
		const c = createClassifier(2, [{ name: 'relu' }, { name: 'softmax' }], {
			W: [Float64Array.of(1, -1, 0.5, 0.5), Float64Array.of(1, 0, 0, 2, 0, 0)],
			b: [Float64Array.of(0, -1), Float64Array.of(0, 0, 1)],
			alpha: [null, null]
		});
		const [hidden, out] = layerOutputs(c, [1, 2]);
		expect(Array.from(hidden)).toEqual([0, 0.5]);
		expect(out[1]).toBeCloseTo(Math.E / (1 + 2 * Math.E), 12);
	});

	it('gives 300, 200, 100 and 10 outputs for a digit on the course’s MLP, as the batched pass and predict do', () => {
		const net = digitsNetwork('mlp', 'sgd', 0.1);
		const params = paramsFromNetwork(net);
		const rng = new Rng(16, 3);
		const digit = Float64Array.from({ length: 784 }, () => (rng.uniform() < 0.2 ? rng.uniform() : 0));
		const c = createClassifier(784, digitsActivations('mlp'), params);
		const outs = layerOutputs(c, digit);
		expect(outs.map((o) => o.length)).toEqual([300, 200, 100, 10]);
		const batched = forwardRows(digitsActivations('mlp'), params, digit, 1, 784);
		outs.forEach((o, k) => expect(Array.from(o)).toEqual(Array.from(batched[k].subarray(0, o.length))));
		expect(Array.from(outs[3])).toEqual(Array.from(predict(c, digit)));
		// Copies: a later digit leaves them as they were.
		const before = Array.from(outs[0]);
		layerOutputs(c, new Float64Array(784));
		expect(Array.from(outs[0])).toEqual(before);
	});
});
