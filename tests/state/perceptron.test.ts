// The perceptron page's state (src/lib/components/perceptron): the presets, stepping through the
// run, the engine trace of the shown weights, and the network handed to the lab.

import { describe, expect, it } from 'vitest';
import { PerceptronState } from '../../src/lib/state/perceptron.svelte.ts';
import { PRESETS, presetWith } from '../../src/lib/view/perceptron/presets';
import { validateNetwork } from '../../src/lib/engine/spec/validate';

describe('PerceptronState', () => {
	it("starts at the course's weights and shows the first update's rule from the engine trace", () => {
		const p = new PerceptronState();
		expect(p.params).toEqual([0.61, -0.96, 0.02]);
		expect(p.total).toBe(18);
		expect(p.updateSteps.map((s) => s.id)).toEqual(["w[1][1][1]'", "w[1][1][2]'", "w[1][1][3]'"]);
		expect(p.updateSteps[1].value).toBeCloseTo(-0.575, 12);
		expect(p.epoch?.next[1]).toBeCloseTo(-0.575, 12);
	});

	it('steps to the end, where no update is left and the weights are the final ones', () => {
		const p = new PerceptronState();
		p.go(1000);
		expect(p.atEnd).toBe(true);
		expect(p.epoch).toBeNull();
		expect(p.params).toEqual(p.run.final);
		p.prev();
		expect(p.index).toBe(17);
	});

	it('switching to XOR restarts and ends at the epoch limit', () => {
		const p = new PerceptronState();
		p.go(3);
		p.setPreset('xor');
		expect(p.index).toBe(0);
		p.setMaxEpochs(40);
		expect(p.total).toBe(40);
		expect(p.run.outcome).toBe('limit');
	});

	it('hands the lab the network file at the shown weights, opening at the first update step', () => {
		const p = new PerceptronState();
		p.go(2);
		const json = p.labJson();
		expect(json.layers[1].weights).toEqual([p.params]);
		expect(validateNetwork(json).optimizer.learningRate).toBe(0.11);
		expect(p.trace.steps[p.labStep()].phase).toBe('update');
		expect(PRESETS.course.layers[1].weights).toEqual([[0.61, -0.96, 0.02]]);
	});

	it('presetWith replaces the learning rate and keeps the preset valid', () => {
		expect(validateNetwork(presetWith('xor', 0.5)).optimizer.learningRate).toBe(0.5);
		expect(validateNetwork(presetWith('course', 1, [1, 2, 3])).layers[0].weights).toEqual([[1, 2, 3]]);
	});
});
