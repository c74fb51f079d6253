// A small network and the XOR data for driving the training worker in Node.

import { parseNetwork } from '../../src/lib/engine/spec/validate';
import type { Network } from '../../src/lib/engine/spec/types';
import type { DatasetPayload } from '../../src/lib/worker/protocol';

export function xorNetwork(learningRate = 0.5, hidden = 'tanh', output = 'sigmoid'): Network {
	return parseNetwork(
		JSON.stringify({
			layers: [
				{ size: 2 },
				{ size: 4, activation: hidden, weights: [[0.5, -0.4], [-0.3, 0.8], [0.7, 0.2], [-0.6, -0.5]], biases: [0.1, -0.1, 0.05, 0] },
				{ size: 1, activation: output, weights: [[0.3, -0.2, 0.4, 0.1]], biases: [0] }
			],
			loss: 'mse',
			optimizer: { type: 'sgd', learningRate }
		}),
		{ engine: 'fast' }
	);
}

export function xorData(): DatasetPayload {
	return {
		name: 'xor',
		count: 4,
		inputSize: 2,
		targetSize: 1,
		inputs: new Float64Array([0, 0, 0, 1, 1, 0, 1, 1]),
		targets: new Float64Array([0, 1, 1, 0])
	};
}

/** A 2-3 softmax network (weights drawn from its init and seed): a multiclass task. */
export function threeClassNetwork(): Network {
	return parseNetwork(
		JSON.stringify({ layers: [{ size: 2 }, { size: 3, activation: 'softmax' }], loss: 'categorical_crossentropy', optimizer: { type: 'sgd', learningRate: 0.5 }, init: 'glorot_uniform', seed: 2 }),
		{ engine: 'fast' }
	);
}

/** Three points, one of each class (one-hot targets). */
export function threeClassData(): DatasetPayload {
	return { name: 'three', count: 3, inputSize: 2, targetSize: 3, inputs: new Float64Array([1, 0, 0, 1, -1, -1]), targets: new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]) };
}
