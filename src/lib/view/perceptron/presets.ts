// The data the perceptron page offers: the course's 4 samples (its example file) and XOR, which no
// line separates. Both are network files (docs/network-file.md), validated before use.

import course from '../../../../static/examples/course-perceptron-4-samples.json';
import type { NetworkJson } from '$lib/state/network-json';

export type PresetId = 'course' | 'xor';
export const PRESET_IDS: readonly PresetId[] = ['course', 'xor'];

const xor: NetworkJson = {
	title: 'XOR with a sign perceptron: not linearly separable',
	layers: [
		{ size: 3, names: ['x_0', 'x_1', 'x_2'] },
		{ size: 1, activation: 'sign', names: ['\\hat{y}'], weights: [[0.61, -0.96, 0.02]], weightNames: [['w_0', 'w_1', 'w_2']] }
	],
	loss: 'mse',
	samples: [
		{ input: [1, 0, 0], target: [-1] },
		{ input: [1, 0, 1], target: [1] },
		{ input: [1, 1, 0], target: [1] },
		{ input: [1, 1, 1], target: [-1] }
	],
	optimizer: { type: 'perceptron', learningRate: 0.11 }
};

export const PRESETS: Record<PresetId, NetworkJson> = { course: course as NetworkJson, xor };

/** The preset with its learning rate and its neuron's parameters (weights, then a bias if any) replaced. */
export function presetWith(id: PresetId, eta: number, params?: number[]): NetworkJson {
	const json = structuredClone(PRESETS[id]);
	json.optimizer = { type: 'perceptron', learningRate: eta };
	if (params) {
		const layer = json.layers[1];
		const n = (layer.weights as number[][])[0].length;
		layer.weights = [params.slice(0, n)];
		if (layer.biases !== undefined) layer.biases = typeof layer.biases === 'number' ? params[n] : [params[n]];
	}
	return json;
}
