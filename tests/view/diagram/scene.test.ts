import { describe, expect, it } from 'vitest';
import { buildScene, knownValues, stepMarks } from '../../../src/lib/view/diagram/scene';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { COURSE_JSON, courseTrace, indexOf } from '../../components/fixtures';

const trace = courseTrace();

describe('buildScene on the course example', () => {
	it('shows the inputs and weights from the start and nothing computed yet', () => {
		const scene = buildScene(trace, 0);
		expect(scene.nodes['n0-1']).toMatchObject({ label: 'x_1', value: 0.5 });
		expect(scene.nodes['n1-1'].value).toBeNull();
		expect(scene.edges['e2-1-1']).toMatchObject({ label: 'w_5', value: 0.1, gradient: null, updated: null });
		expect(scene.targets.y2).toMatchObject({ value: -0.07 });
		expect(scene.loss.value).toBeNull();
	});

	it('shows H_1 = 0.56 from its step on', () => {
		const at = indexOf(trace, 'a[1][1]');
		expect(buildScene(trace, at - 1).nodes['n1-1'].value).toBeNull();
		expect(buildScene(trace, at).nodes['n1-1']).toMatchObject({ label: 'H_1', value: 0.56, mark: 'current' });
	});

	it('marks what a step reads: the weights and inputs of a net input', () => {
		const scene = buildScene(trace, indexOf(trace, 'z[1][1]'));
		expect(scene.edges['e1-1-1'].mark).toBe('reads');
		expect(scene.edges['e1-1-2'].mark).toBe('reads');
		expect(scene.nodes['n0-1'].mark).toBe('reads');
		expect(scene.nodes['n1-1'].mark).toBe('current');
		expect(scene.edges['e2-1-1'].mark).toBeNull();
	});

	it('shows the loss once computed, then deltas, gradients and new weights', () => {
		expect(buildScene(trace, indexOf(trace, 'E')).loss).toEqual({ value: 0.21, mark: 'current' });
		const back = buildScene(trace, indexOf(trace, 'dE/dw[2][1][1]'));
		expect(back.nodes['n2-1'].delta).toBe(0.06);
		expect(back.edges['e2-1-1']).toMatchObject({ gradient: 0.03, updated: null, mark: 'current' });
		const end = buildScene(trace, trace.steps.length - 1);
		expect(end.edges['e2-1-1']).toMatchObject({ value: 0.1, gradient: 0.03, updated: 0.09 });
	});

	it('knownValues holds exactly the steps up to the index', () => {
		const known = knownValues(trace, 1);
		expect(trace.steps.map((s) => known(s.id))).toEqual(trace.steps.map((s, n) => (n <= 1 ? s.value : null)));
		expect(stepMarks(trace, 99).size).toBe(0);
	});
});

describe('knownValues on a long trace', () => {
	it('gives the same values read directly early on and from the index of positions later', () => {
		const n = 12;
		const wave = (s: number) => Array.from({ length: n }, (_, i) => Math.sin(s + i) / 3);
		const long = buildTrace(
			validateNetwork({
				layers: [{ size: n }, { size: n, activation: 'tanh', weights: Array.from({ length: n }, (_, j) => wave(j)), biases: wave(-1) }, { size: 2, activation: 'sigmoid', weights: [wave(3), wave(4)], biases: [0.1, -0.1] }],
				loss: 'mse',
				samples: Array.from({ length: 160 }, (_, k) => ({ input: wave(k), target: [0.2, 0.8] })),
				optimizer: { type: 'adam' }
			})
		);
		expect(long.steps.length).toBeGreaterThan(8000);
		for (const index of [0, 4095, 4096, 6000, long.steps.length - 1, long.steps.length + 5]) {
			const known = knownValues(long, index);
			const probe = long.steps.filter((_, m) => m % 97 === 0 || Math.abs(m - index) < 3);
			for (const s of probe) expect(known(s.id)).toBe(long.steps.indexOf(s) <= index ? s.value : null);
			expect(known('w[1][1][1]')).toBeNull();
		}
	});
});

describe('buildScene with the neurons drawn', () => {
	it('holds only what is drawn, and scales edge widths to the whole network', () => {
		const whole = buildScene(trace, trace.steps.length - 1);
		const part = buildScene(trace, trace.steps.length - 1, [[2], null, [1]]);
		expect(Object.keys(part.nodes).sort()).toEqual(['n0-2', 'n1-1', 'n1-2', 'n2-1']);
		expect(Object.keys(part.edges).sort()).toEqual(['e1-1-2', 'e1-2-2', 'e2-1-1', 'e2-1-2']);
		expect(Object.keys(part.targets)).toEqual(['y1']);
		for (const [key, view] of Object.entries(part.edges)) expect(view).toEqual(whole.edges[key]);
		expect(part.maxWeight).toBe(whole.maxWeight);
		expect(whole.maxWeight).toBe(Math.max(...trace.network.layers.flatMap((l) => l.weights.flat().map(Math.abs))));
	});
});

describe('buildScene on traces from the engine', () => {
	it('agrees with the course sheet: H_1 = 0.56, O_1 = 0.48, E = 0.21', () => {
		const real = buildTrace(validateNetwork(COURSE_JSON));
		const end = buildScene(real, real.steps.length - 1);
		expect(end.nodes['n1-1'].value).toBe(0.56);
		expect(end.nodes['n2-1'].value).toBe(0.48);
		expect(end.loss.value).toBe(0.21);
	});

	it('with several samples shows the values of the sample the step belongs to', () => {
		const json = structuredClone(COURSE_JSON) as typeof COURSE_JSON;
		json.samples = [
			{ input: [0.5, 0.3], target: [0.23, -0.07] },
			{ input: [0.1, 0.9], target: [0.5, 0.5] }
		];
		const real = buildTrace(validateNetwork(json));
		const second = real.steps.findIndex((s) => s.id === 'a[1][1]@2');
		const scene = buildScene(real, second);
		expect(scene.sample).toBe(2);
		expect(scene.nodes['n0-1'].value).toBe(0.1);
		expect(scene.nodes['n1-1'].value).toBe(real.values['a[1][1]@2']);
		expect(scene.targets.y1.value).toBe(0.5);
		expect(buildScene(real, 0).sample).toBe(1);
	});
});

describe('buildScene with dropout', () => {
	it("marks the neurons the shown sample drops, sample by sample", async () => {
		const { readFileSync } = await import('node:fs');
		const file = JSON.parse(readFileSync(new URL('../../../static/examples/dropout-2-4-1.json', import.meta.url), 'utf8'));
		const t = buildTrace(validateNetwork(file));
		const dropped = (id: string) =>
			[1, 2, 3, 4].filter((j) => buildScene(t, t.steps.findIndex((s) => s.id === id)).nodes[`n1-${j}`].dropped);
		expect(dropped('a[1][1]@1')).toEqual([2, 4]);
		expect(dropped('a[1][1]@2')).toEqual([1]);
		expect(buildScene(t, 0).nodes['n0-1'].dropped).toBe(false);
		expect(buildScene(t, 0).nodes['n2-1'].dropped).toBe(false);
	});
});
