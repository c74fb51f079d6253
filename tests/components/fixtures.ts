// A hand-built Trace of the course's 2-2-2 network (docs/network-file.md), rounded to 2 decimals as on the
// course sheet, so the diagram's tests do not depend on the engine's trace builder. Values worked
// by hand: z_H1 = 0.2·0.5 + 0.5·0.3 = 0.25, H1 = σ(0.25) = 0.5622 → 0.56; z_H2 = −0.4·0.5 + 0.6·0.3
// = −0.02, H2 = σ(−0.02) = 0.495 → 0.50; z_O1 = 0.1·0.56 − 0.3·0.50 = −0.094 → −0.09, O1 = 0.4775
// → 0.48; z_O2 = −0.5·0.56 + 0.8·0.50 = 0.12, O2 = 0.53; E = ½(0.23 − 0.48)² + ½(−0.07 − 0.53)² =
// 0.21125 → 0.21; ∂E/∂O1 = 0.25; δ_O1 = 0.25·0.48·0.52 = 0.0624 → 0.06; ∂E/∂w5 = 0.06·0.56 = 0.0336
// → 0.03; w5' = 0.1 − 0.5·0.03 = 0.085 → 0.09.

import { validateNetwork } from '../../src/lib/engine/spec/validate';
import type { Phase, Step, Trace } from '../../src/lib/engine/trace/types';
import course from '../../static/examples/course-2-2-2.json';

export const COURSE_JSON = course;

function step(id: string, label: string, phase: Phase, value: number, dependsOn: string[], factors: Step['factors'] = []): Step {
	return {
		id,
		label,
		phase,
		formula: `${label} = \\mathrm{f}(${dependsOn.join(', ')})`,
		substituted: String(value),
		value,
		unrounded: value,
		dependsOn,
		evaluate: () => value,
		factors,
		sample: null
	};
}

const steps: Step[] = [
	step('z[1][1]', 'z_{H_1}', 'forward', 0.25, ['w[1][1][1]', 'a[0][1]', 'w[1][1][2]', 'a[0][2]']),
	step('a[1][1]', 'H_1', 'forward', 0.56, ['z[1][1]']),
	step('z[1][2]', 'z_{H_2}', 'forward', -0.02, ['w[1][2][1]', 'a[0][1]', 'w[1][2][2]', 'a[0][2]']),
	step('a[1][2]', 'H_2', 'forward', 0.5, ['z[1][2]']),
	step('z[2][1]', 'z_{O_1}', 'forward', -0.09, ['w[2][1][1]', 'a[1][1]', 'w[2][1][2]', 'a[1][2]']),
	step('a[2][1]', 'O_1', 'forward', 0.48, ['z[2][1]']),
	step('z[2][2]', 'z_{O_2}', 'forward', 0.12, ['w[2][2][1]', 'a[1][1]', 'w[2][2][2]', 'a[1][2]']),
	step('a[2][2]', 'O_2', 'forward', 0.53, ['z[2][2]']),
	step('E', 'E', 'loss', 0.21, ['a[2][1]', 'y[1]', 'a[2][2]', 'y[2]']),
	step('dE/da[2][1]', '\\frac{\\partial E}{\\partial O_1}', 'backward', 0.25, ['a[2][1]', 'y[1]']),
	step('delta[2][1]', '\\delta_{O_1}', 'backward', 0.06, ['dE/da[2][1]', 'z[2][1]', 'a[2][1]'], [
		{ tex: '\\frac{\\partial E}{\\partial O_1}', ref: 'dE/da[2][1]' },
		{ tex: '\\frac{\\partial O_1}{\\partial z_{O_1}}', ref: 'a[2][1]' }
	]),
	step('dE/dw[2][1][1]', '\\frac{\\partial E}{\\partial w_5}', 'backward', 0.03, ['delta[2][1]', 'a[1][1]'], [
		{ tex: '\\delta_{O_1}', ref: 'delta[2][1]' },
		{ tex: 'H_1', ref: 'a[1][1]' }
	]),
	step("w[2][1][1]'", "w_5'", 'update', 0.09, ['w[2][1][1]', 'dE/dw[2][1][1]'])
];

const leaves: Record<string, number> = {
	'w[1][1][1]': 0.2, 'w[1][1][2]': 0.5, 'w[1][2][1]': -0.4, 'w[1][2][2]': 0.6,
	'w[2][1][1]': 0.1, 'w[2][1][2]': -0.3, 'w[2][2][1]': -0.5, 'w[2][2][2]': 0.8,
	'a[0][1]': 0.5, 'a[0][2]': 0.3, 'y[1]': 0.23, 'y[2]': -0.07
};

const idToLabel: Record<string, string> = {
	'w[1][1][1]': 'w_1', 'w[1][1][2]': 'w_3', 'w[1][2][1]': 'w_2', 'w[1][2][2]': 'w_4',
	'w[2][1][1]': 'w_5', 'w[2][1][2]': 'w_7', 'w[2][2][1]': 'w_6', 'w[2][2][2]': 'w_8',
	'a[0][1]': 'x_1', 'a[0][2]': 'x_2', 'y[1]': 'y_{1}', 'y[2]': 'y_{2}'
};
for (const s of steps) idToLabel[s.id] = s.label;

export function courseTrace(): Trace {
	const values: Record<string, number> = {};
	for (const s of steps) values[s.id] = s.value;
	return {
		network: validateNetwork(course),
		steps,
		values,
		valueEntries: () => Object.entries(values),
		leaves,
		gradients: { 'w[2][1][1]': 0.03 },
		updated: { 'w[2][1][1]': 0.09 },
		loss: 0.21,
		labelToId: {},
		idToLabel,
		leafLabels: idToLabel
	};
}

/** Index of the step with this id in a trace. */
export function indexOf(trace: Trace, id: string): number {
	const i = trace.steps.findIndex((s) => s.id === id);
	if (i < 0) throw new Error(`no step ${id}`);
	return i;
}
