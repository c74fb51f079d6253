// Hand-made traces for the printers: a 1-1-1 sigmoid network (x_1 → H_1 → O_1, weights w_1, w_2,
// no biases, ½ SSE, SGD with η = 0.5), written step by step as the trace builder writes them.
//
// Worked by hand at 2 decimals: z_H1 = 0.4·0.5 = 0.20, H_1 = σ(0.20) = 0.55, z_O1 = 0.7·0.55 =
// 0.385 → 0.39, O_1 = σ(0.39) = 0.60, E = ½(0.20 − 0.60)² = 0.08, ∂E/∂O_1 = 0.40,
// δ_O1 = 0.40·0.60·0.40 = 0.096 → 0.10, ∂E/∂w_2 = 0.10·0.55 = 0.055 → 0.06, ∂E/∂H_1 = 0.10·0.7 =
// 0.07, δ_H1 = 0.07·0.55·0.45 = 0.017 → 0.02, ∂E/∂w_1 = 0.02·0.5 = 0.01,
// w_2' = 0.7 − 0.5·0.06 = 0.67, w_1' = 0.4 − 0.5·0.01 = 0.395 → 0.40.

import { formatNumber } from '../../../src/lib/engine/format/number';
import { roundTo } from '../../../src/lib/engine/format/round';
import type { DenseLayer, Network, Optimizer, Rounding } from '../../../src/lib/engine/spec/types';
import type { Phase, Step, Trace } from '../../../src/lib/engine/trace/types';

export const SGD: Optimizer = {
	type: 'sgd',
	learningRate: 0.5,
	momentum: 0,
	nesterov: false,
	rho: 0.9,
	epsilon: 1e-7,
	beta1: 0.9,
	beta2: 0.999,
	initialAccumulatorValue: 0.1,
	centered: false,
	weightDecay: 0.004,
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
};

function dense(name: string, weightName: string, w: number): DenseLayer {
	return {
		size: 1,
		activation: { name: 'sigmoid' },
		weights: [[w]],
		biases: null,
		names: [name],
		weightNames: [[weightName]],
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

export function network(rounding: Rounding | null = { decimals: 2 }, title: string | null = 'Fixture: 1-1-1 sigmoid network'): Network {
	return {
		title,
		input: { size: 1, names: ['x_1'] },
		layers: [dense('H_1', 'w_1', 0.4), dense('O_1', 'w_2', 0.7)],
		loss: 'half_sse',
		samples: [{ input: [0.5], target: [0.2], classIndex: null }],
		optimizer: SGD,
		rounding,
		style: 'textbook',
		seed: 1
	};
}

const sigma = (x: number) => 1 / (1 + Math.exp(-x));
const dE = (x: string) => `\\frac{\\partial E}{\\partial ${x}}`;

interface StepSpec {
	id: string;
	label: string;
	phase: Phase;
	formula: string;
	substituted: (n: (id: string) => string) => string;
	dependsOn: string[];
	evaluate: (args: number[]) => number;
	note?: Step['note'];
}

const SPECS: StepSpec[] = [
	{ id: 'z[1][1]', label: 'z_{H_1}', phase: 'forward', formula: 'z_{H_1} = w_1\\,x_1', substituted: (n) => `${n('w[1][1][1]')} \\cdot ${n('a[0][1]')}`, dependsOn: ['w[1][1][1]', 'a[0][1]'], evaluate: ([w, x]) => w * x },
	{ id: 'a[1][1]', label: 'H_1', phase: 'forward', formula: 'H_1 = \\sigma(z_{H_1})', substituted: (n) => `\\sigma(${n('z[1][1]')})`, dependsOn: ['z[1][1]'], evaluate: ([z]) => sigma(z) },
	{ id: 'z[2][1]', label: 'z_{O_1}', phase: 'forward', formula: 'z_{O_1} = w_2\\,H_1', substituted: (n) => `${n('w[2][1][1]')} \\cdot ${n('a[1][1]')}`, dependsOn: ['w[2][1][1]', 'a[1][1]'], evaluate: ([w, h]) => w * h },
	{ id: 'a[2][1]', label: 'O_1', phase: 'forward', formula: 'O_1 = \\sigma(z_{O_1})', substituted: (n) => `\\sigma(${n('z[2][1]')})`, dependsOn: ['z[2][1]'], evaluate: ([z]) => sigma(z) },
	{ id: 'E', label: 'E', phase: 'loss', formula: 'E = \\tfrac{1}{2}(y_{1} - O_1)^{2}', substituted: (n) => `\\tfrac{1}{2}(${n('y[1]')} - ${n('a[2][1]')})^{2}`, dependsOn: ['y[1]', 'a[2][1]'], evaluate: ([y, o]) => 0.5 * (y - o) ** 2 },
	{ id: 'dE/da[2][1]', label: dE('O_1'), phase: 'backward', formula: `${dE('O_1')} = O_1 - y_{1}`, substituted: (n) => `${n('a[2][1]')} - ${n('y[1]')}`, dependsOn: ['a[2][1]', 'y[1]'], evaluate: ([o, y]) => o - y },
	{ id: 'delta[2][1]', label: '\\delta_{O_1}', phase: 'backward', formula: `\\delta_{O_1} = ${dE('O_1')} \\cdot \\frac{\\partial O_1}{\\partial z_{O_1}} = ${dE('O_1')} \\cdot O_1(1 - O_1)`, substituted: (n) => `${n('dE/da[2][1]')} \\cdot ${n('a[2][1]')} \\cdot (1 - ${n('a[2][1]')})`, dependsOn: ['dE/da[2][1]', 'a[2][1]'], evaluate: ([g, o]) => g * o * (1 - o) },
	{ id: 'dE/dw[2][1][1]', label: dE('w_2'), phase: 'backward', formula: `${dE('w_2')} = ${dE('O_1')} \\cdot \\frac{\\partial O_1}{\\partial z_{O_1}} \\cdot \\frac{\\partial z_{O_1}}{\\partial w_2} = \\delta_{O_1} \\cdot H_1`, substituted: (n) => `${n('delta[2][1]')} \\cdot ${n('a[1][1]')}`, dependsOn: ['delta[2][1]', 'a[1][1]'], evaluate: ([d, h]) => d * h },
	{ id: 'dE/da[1][1]', label: dE('H_1'), phase: 'backward', formula: `${dE('H_1')} = \\delta_{O_1} \\cdot w_2`, substituted: (n) => `${n('delta[2][1]')} \\cdot ${n('w[2][1][1]')}`, dependsOn: ['delta[2][1]', 'w[2][1][1]'], evaluate: ([d, w]) => d * w, note: { en: 'One path back to H_1: from O_1 only.', 'zh-TW': '回到 H_1 只有一條路徑：來自 O_1。' } },
	{ id: 'delta[1][1]', label: '\\delta_{H_1}', phase: 'backward', formula: `\\delta_{H_1} = ${dE('H_1')} \\cdot H_1(1 - H_1)`, substituted: (n) => `${n('dE/da[1][1]')} \\cdot ${n('a[1][1]')} \\cdot (1 - ${n('a[1][1]')})`, dependsOn: ['dE/da[1][1]', 'a[1][1]'], evaluate: ([g, h]) => g * h * (1 - h) },
	{ id: 'dE/dw[1][1][1]', label: dE('w_1'), phase: 'backward', formula: `${dE('w_1')} = \\delta_{H_1} \\cdot x_1`, substituted: (n) => `${n('delta[1][1]')} \\cdot ${n('a[0][1]')}`, dependsOn: ['delta[1][1]', 'a[0][1]'], evaluate: ([d, x]) => d * x },
	{ id: "w[1][1][1]'", label: "w_1'", phase: 'update', formula: `w_1' = w_1 - \\eta\\,${dE('w_1')}`, substituted: (n) => `${n('w[1][1][1]')} - 0.5 \\cdot ${n('dE/dw[1][1][1]')}`, dependsOn: ['w[1][1][1]', 'dE/dw[1][1][1]'], evaluate: ([w, g]) => w - 0.5 * g },
	{ id: "w[2][1][1]'", label: "w_2'", phase: 'update', formula: `w_2' = w_2 - \\eta\\,${dE('w_2')}`, substituted: (n) => `${n('w[2][1][1]')} - 0.5 \\cdot ${n('dE/dw[2][1][1]')}`, dependsOn: ['w[2][1][1]', 'dE/dw[2][1][1]'], evaluate: ([w, g]) => w - 0.5 * g }
];

const LEAVES: [string, string, number][] = [
	['a[0][1]', 'x_1', 0.5],
	['y[1]', 'y_{1}', 0.2],
	['w[1][1][1]', 'w_1', 0.4],
	['w[2][1][1]', 'w_2', 0.7]
];

/** The 1-1-1 trace, rounded as it is computed when `rounding` is given (as a person does by hand). */
export function trace(rounding: Rounding | null = { decimals: 2 }, title?: string | null): Trace {
	const net = network(rounding, title === undefined ? undefined : title);
	const known = new Map<string, number>();
	const leaves: Record<string, number> = {};
	const idToLabel: Record<string, string> = {};
	const labelToId: Record<string, string> = {};
	for (const [id, label, v] of LEAVES) {
		known.set(id, v);
		leaves[id] = v;
		idToLabel[id] = label;
		labelToId[label] = id;
	}
	const steps: Step[] = [];
	const values: Record<string, number> = {};
	for (const s of SPECS) {
		const args = s.dependsOn.map((d) => known.get(d)!);
		const unrounded = s.evaluate(args);
		const value = roundTo(unrounded, rounding);
		const step: Step = {
			id: s.id,
			label: s.label,
			phase: s.phase,
			formula: s.formula,
			substituted: s.substituted((id) => formatNumber(known.get(id)!, rounding)),
			value,
			unrounded,
			dependsOn: s.dependsOn,
			evaluate: s.evaluate,
			factors: [],
			sample: null
		};
		if (s.note) step.note = s.note;
		steps.push(step);
		known.set(s.id, value);
		values[s.id] = value;
		idToLabel[s.id] = s.label;
		labelToId[s.label] = s.id;
	}
	const params = ['w[1][1][1]', 'w[2][1][1]'];
	return {
		network: net,
		steps,
		values,
		valueEntries: () => Object.entries(values),
		leaves,
		gradients: Object.fromEntries(params.map((p) => [p, values[`dE/d${p}`]])),
		updated: Object.fromEntries(params.map((p) => [p, values[`${p}'`]])),
		loss: values.E,
		labelToId,
		idToLabel,
		leafLabels: idToLabel
	};
}
