// Fixtures for the checker: networks written out in full (defaults filled as the validator fills
// them), and a hand-made trace of a 1-1-1 sigmoid network whose every step is written by hand.

import type { DenseLayer, Network, Optimizer, Rounding } from '../../../src/lib/engine/spec/types';
import type { Phase, Step, Trace } from '../../../src/lib/engine/trace/types';

export const SGD = (learningRate: number): Optimizer => ({
	type: 'sgd',
	learningRate,
	momentum: 0,
	nesterov: false,
	rho: 0.9,
	epsilon: 1e-7,
	beta1: 0.9,
	beta2: 0.999,
	initialAccumulatorValue: 0.1,
	centered: false,
	weightDecay: 0,
	learningRatePower: -0.5,
	l1RegularizationStrength: 0,
	l2RegularizationStrength: 0,
	l2ShrinkageRegularizationStrength: 0,
	beta: 0,
	beta2Decay: -0.8,
	epsilon1: 1e-30,
	epsilon2: 1e-3,
	clipThreshold: 1,
	relativeStep: true,
	clipnorm: null,
	clipvalue: null
});

export function dense(weights: number[][], names: string[] | null = null, weightNames: string[][] | null = null): DenseLayer {
	return {
		size: weights.length,
		activation: { name: 'sigmoid' },
		weights,
		biases: null,
		names,
		weightNames,
		biasNames: null,
		trainableWeights: true,
		trainableBiases: true,
		regularizer: null,
		biasRegularizer: null,
		activityRegularizer: null,
		dropout: null,
		batchNorm: null,
		alphas: null
	};
}

/** docs/network-file.md's network: the course's 2-2-2 sigmoid example (η = 0.5, half_sse). */
export function courseNetwork(rounding: Rounding | null = { decimals: 2 }): Network {
	return {
		title: 'Course example: 2-2-2 sigmoid network',
		input: { size: 2, names: ['x_1', 'x_2'] },
		layers: [
			dense([[0.2, 0.5], [-0.4, 0.6]], ['H_1', 'H_2'], [['w_1', 'w_3'], ['w_2', 'w_4']]),
			dense([[0.1, -0.3], [-0.5, 0.8]], ['O_1', 'O_2'], [['w_5', 'w_7'], ['w_6', 'w_8']])
		],
		loss: 'half_sse',
		samples: [{ input: [0.5, 0.3], target: [0.23, -0.07], classIndex: null }],
		optimizer: SGD(0.5),
		rounding,
		style: 'textbook',
		seed: 1
	};
}

/** The course network with two samples (a batch): the second input and target are made up. */
export function twoSampleNetwork(rounding: Rounding | null = null): Network {
	const net = courseNetwork(rounding);
	net.samples = [
		{ input: [0.5, 0.3], target: [0.23, -0.07], classIndex: null },
		{ input: [-0.2, 0.9], target: [0.6, 0.1], classIndex: null }
	];
	return net;
}

const sigma = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * x = 1 → H = σ(u·x) → O = σ(v·H), E = ½(y − O)², sgd with η = 0.5; u = 0.5, v = -0.8, y = 0.2.
 * Every step is written out by hand with its own local rule, as the trace builder should produce.
 */
export function tinyTrace(): Trace {
	const net: Network = {
		title: '1-1-1',
		input: { size: 1, names: ['x'] },
		layers: [dense([[0.5]], ['H'], [['u']]), dense([[-0.8]], ['O'], [['v']])],
		loss: 'half_sse',
		samples: [{ input: [1], target: [0.2], classIndex: null }],
		optimizer: SGD(0.5),
		rounding: null,
		style: 'textbook',
		seed: 1
	};
	const leaves: Record<string, number> = { 'w[1][1][1]': 0.5, 'w[2][1][1]': -0.8, 'a[0][1]': 1, 'y[1]': 0.2 };
	const idToLabel: Record<string, string> = { 'w[1][1][1]': 'u', 'w[2][1][1]': 'v', 'a[0][1]': 'x', 'y[1]': 'y_{1}' };
	const values = new Map<string, number>(Object.entries(leaves));
	const steps: Step[] = [];
	const step = (id: string, label: string, phase: Phase, dependsOn: string[], evaluate: (a: number[]) => number, formula: string) => {
		const v = evaluate(dependsOn.map((d) => values.get(d)!));
		values.set(id, v);
		idToLabel[id] = label;
		steps.push({ id, label, phase, formula, substituted: formula, value: v, unrounded: v, dependsOn, evaluate, factors: [], sample: null });
	};
	step('z[1][1]', 'z_{H}', 'forward', ['w[1][1][1]', 'a[0][1]'], ([w, x]) => w * x, 'z_H = u\\,x');
	step('a[1][1]', 'H', 'forward', ['z[1][1]'], ([z]) => sigma(z), 'H = \\sigma(z_H)');
	step('z[2][1]', 'z_{O}', 'forward', ['w[2][1][1]', 'a[1][1]'], ([w, h]) => w * h, 'z_O = v\\,H');
	step('a[2][1]', 'O', 'forward', ['z[2][1]'], ([z]) => sigma(z), 'O = \\sigma(z_O)');
	step('E', 'E', 'loss', ['a[2][1]', 'y[1]'], ([o, y]) => 0.5 * (y - o) ** 2, 'E = \\tfrac12(y_1 - O)^2');
	step('dE/da[2][1]', '\\frac{\\partial E}{\\partial O}', 'backward', ['a[2][1]', 'y[1]'], ([o, y]) => o - y, 'O - y_1');
	step('delta[2][1]', '\\delta_{O}', 'backward', ['dE/da[2][1]', 'z[2][1]', 'a[2][1]'], ([g, , o]) => g * o * (1 - o), 'dO(1-O)');
	step('dE/dw[2][1][1]', '\\frac{\\partial E}{\\partial v}', 'backward', ['delta[2][1]', 'a[1][1]'], ([d, h]) => d * h, '\\delta_O H');
	step('dE/da[1][1]', '\\frac{\\partial E}{\\partial H}', 'backward', ['delta[2][1]', 'w[2][1][1]'], ([d, w]) => d * w, '\\delta_O v');
	step('delta[1][1]', '\\delta_{H}', 'backward', ['dE/da[1][1]', 'z[1][1]', 'a[1][1]'], ([g, , h]) => g * h * (1 - h), 'dH(1-H)');
	step('dE/dw[1][1][1]', '\\frac{\\partial E}{\\partial u}', 'backward', ['delta[1][1]', 'a[0][1]'], ([d, x]) => d * x, '\\delta_H x');
	step("w[2][1][1]'", "v'", 'update', ['w[2][1][1]', 'dE/dw[2][1][1]'], ([w, g]) => w - 0.5 * g, "v' = v - \\eta g");
	step("w[1][1][1]'", "u'", 'update', ['w[1][1][1]', 'dE/dw[1][1][1]'], ([w, g]) => w - 0.5 * g, "u' = u - \\eta g");
	const all = Object.fromEntries(steps.map((s) => [s.id, s.value]));
	return {
		network: net,
		steps,
		values: all,
		valueEntries: () => Object.entries(all),
		leaves,
		gradients: { 'w[1][1][1]': all['dE/dw[1][1][1]'], 'w[2][1][1]': all['dE/dw[2][1][1]'] },
		updated: { 'w[1][1][1]': all["w[1][1][1]'"], 'w[2][1][1]': all["w[2][1][1]'"] },
		loss: all.E,
		labelToId: { x: 'a[0][1]', H: 'a[1][1]', O: 'a[2][1]', u: 'w[1][1][1]', v: 'w[2][1][1]' },
		idToLabel,
		leafLabels: idToLabel
	};
}
