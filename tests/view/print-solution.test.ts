import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectSteps, STEP_LIMIT } from '../../src/lib/engine/format/select';
import { buildTrace } from '../../src/lib/engine/trace/build';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { printedSolution, stepTex } from '../../src/lib/view/print-solution';
import { renderKatex } from '../engine/format/math';

const example = (file: string) => buildTrace(validateNetwork(JSON.parse(readFileSync(`static/examples/${file}`, 'utf8'))));

/** A network of `samples` samples through three tanh layers of `n`: over solve's step limit when large enough. */
function wide(n: number, samples: number) {
	const wave = (k: number) => Array.from({ length: n }, (_, i) => ((i + k) % 10) / 10);
	return buildTrace(
		validateNetwork({
			layers: [{ size: n }, ...[1, 2, 3].map(() => ({ size: n, activation: 'tanh' }))],
			init: 'glorot_uniform',
			seed: 1,
			loss: 'mse',
			samples: Array.from({ length: samples }, (_, k) => ({ input: wave(k), target: wave(k + 5).map((x) => x / 2) })),
			optimizer: { type: 'sgd', learningRate: 0.1 }
		})
	);
}

describe('printedSolution', () => {
	it('prints every one of the course example’s 23 steps, numbered as in the lab, a group per phase', () => {
		const trace = example('course-2-2-2.json');
		const s = printedSolution(trace);
		expect(s).toMatchObject({ excerpt: false, shown: 23, total: 23 });
		expect(s.phases.map((p) => p.phase)).toEqual(['forward', 'loss', 'backward', 'update']);
		expect(s.phases.map((p) => p.groups.length)).toEqual([1, 1, 1, 1]);
		const printed = s.phases.flatMap((p) => p.groups.flatMap((g) => g.steps));
		expect(printed.map((p) => p.n)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
		expect(printed.map((p) => p.step)).toEqual(trace.steps);
		expect(s.phases.every((p) => p.groups.every((g) => g.sample === null && g.steps.every((x) => x.step.phase === p.phase)))).toBe(true);
	});

	it('heads the steps of each sample, then those over all samples, where the network has several', () => {
		const s = printedSolution(example('course-perceptron-4-samples.json'));
		const loss = s.phases.find((p) => p.phase === 'loss')!;
		expect(loss.groups.map((g) => g.sample)).toEqual([1, 2, 3, 4, 'all']);
		expect(s.phases.find((p) => p.phase === 'update')!.groups.map((g) => g.sample)).toEqual(['all']);
	});

	it('prints solve’s excerpt past its step limit, each step numbered by its place in the whole trace', () => {
		const trace = wide(16, 100);
		expect(trace.steps.length).toBeGreaterThan(STEP_LIMIT);
		const s = printedSolution(trace);
		const excerpt = selectSteps(trace, 'excerpt').trace.steps;
		expect(s).toMatchObject({ excerpt: true, shown: excerpt.length, total: trace.steps.length });
		const printed = s.phases.flatMap((p) => p.groups.flatMap((g) => g.steps));
		expect(printed.map((p) => p.step)).toEqual(excerpt);
		for (const p of printed) expect(trace.steps[p.n - 1]).toBe(p.step);
		expect(new Set(s.phases.flatMap((p) => p.groups.map((g) => g.sample)))).toEqual(new Set([1, 'all']));
	});
});

describe('stepTex', () => {
	it('writes a short step on one line: formula = numbers = value', () => {
		const trace = example('course-2-2-2.json');
		expect(stepTex(trace.steps[0], trace.network.rounding)).toBe(
			'H_1 = \\sigma(w_1\\,x_1 + w_3\\,x_2) = \\sigma(0.2 \\cdot 0.5 + 0.5 \\cdot 0.3) = 0.56'
		);
	});

	it('breaks a long chain into an aligned block, the value last', () => {
		const trace = example('course-2-2-2.json');
		const tex = stepTex(trace.steps.find((s) => s.id === 'dE/dw[1][1][1]')!, trace.network.rounding);
		expect(tex.startsWith('\\begin{aligned}\n\\delta{w_1} &= \\frac{\\partial \\text{Error}}{\\partial w_1}')).toBe(true);
		expect(tex.endsWith('\\\\\n&= -0.01\n\\end{aligned}')).toBe(true);
	});

	it('gives TeX KaTeX typesets for every step of the examples, optimizers with several equations among them', () => {
		for (const file of ['course-2-2-2.json', 'course-2-2-2-textbook.json', 'optimizer-adam.json', 'loss-softmax-categorical.json', 'course-perceptron-4-samples.json']) {
			const trace = example(file);
			for (const step of trace.steps) expect(() => renderKatex(stepTex(step, trace.network.rounding), true), `${file} ${step.id}`).not.toThrow();
		}
	});
});
