// Templates the exercise tests draw from: the course's 2-2-2 sigmoid network, a tanh/ReLU net of
// three dense layers, and softmax with categorical cross-entropy.

import { readFileSync } from 'node:fs';
import { parseNetwork, validateNetwork } from '../../../src/lib/engine/spec/validate';
import type { Network } from '../../../src/lib/engine/spec/types';

export const course = (): Network => parseNetwork(readFileSync('static/examples/course-2-2-2.json', 'utf8'));

export const tanhRelu = (): Network =>
	validateNetwork({
		title: 'tanh / ReLU, three layers',
		layers: [
			{ size: 2, names: ['x_1', 'x_2'] },
			{ size: 3, activation: 'tanh', names: ['h_1', 'h_2', 'h_3'], weights: [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], biases: [0.1, 0.1, 0.1] },
			{ size: 2, activation: 'relu', names: ['r_1', 'r_2'], weights: [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], biases: [0.1, 0.1] },
			{ size: 1, activation: 'linear', names: ['o'], weights: [[0.5, 0.5]], biases: [0.1] }
		],
		loss: 'mse',
		samples: [{ input: [0.5, 0.5], target: [0.5] }],
		optimizer: { type: 'sgd', learningRate: 0.1 },
		rounding: { decimals: 3 },
		exercise: { decimals: 1, weights: [-0.9, 0.9], biases: [-0.5, 0.5], inputs: [0.1, 1], targets: [0, 1] }
	});

export const softmax = (): Network =>
	validateNetwork({
		...JSON.parse(readFileSync('static/examples/loss-softmax-categorical.json', 'utf8')),
		rounding: { decimals: 2 },
		exercise: { ask: ['p_1', 'p_2', 'p_3', 'E', 'dE/dw[1][2][1]', "w[1][2][1]'"] }
	});
