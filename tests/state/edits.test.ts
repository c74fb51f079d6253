import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import {
	addHiddenLayer,
	addNeuron,
	addSample,
	removeHiddenLayer,
	removeNeuron,
	removeSample,
	setActivation,
	setActivationParam,
	setLeaf,
	setOptimizer,
	setOptimizerParam
} from '../../src/lib/state/edits';
import { withRounding, type NetworkJson } from '../../src/lib/state/network-json';
import { COURSE_JSON } from '../components/fixtures';

const course = COURSE_JSON as unknown as NetworkJson;
const sizes = (json: NetworkJson) => json.layers.map((l) => l.size);

describe('setLeaf', () => {
	it('sets a weight by the file\'s indices (layer from 1, neurons from 1)', () => {
		const out = setLeaf(course, { kind: 'weight', l: 2, j: 1, i: 1 }, 0.7);
		expect(out.layers[2].weights![0][0]).toBe(0.7);
		expect(course.layers[2].weights![0][0]).toBe(0.1); // the original is untouched
	});

	it('sets an input and a target of a sample', () => {
		const out = setLeaf(setLeaf(course, { kind: 'input', sample: 1, i: 2 }, 0.9), { kind: 'target', sample: 1, j: 1 }, 1);
		expect(out.samples[0]).toEqual({ input: [0.5, 0.9], target: [1, -0.07] });
	});

	it('sets a per-neuron bias or a shared one', () => {
		const each = { ...course, layers: course.layers.map((l, k) => (k === 1 ? { ...l, biases: [0, 0] } : l)) } as NetworkJson;
		expect(setLeaf(each, { kind: 'bias', l: 1, j: 2 }, 0.3).layers[1].biases).toEqual([0, 0.3]);
		const shared = { ...course, layers: course.layers.map((l, k) => (k === 1 ? { ...l, biases: 0.1 } : l)) } as NetworkJson;
		expect(setLeaf(shared, { kind: 'bias', l: 1, j: null }, 0.4).layers[1].biases).toBe(0.4);
	});
});

describe('growing and shrinking the network keeps it valid', () => {
	it.each([0, 1, 2])('addNeuron to layer %i', (l) => {
		const out = addNeuron(course, l);
		expect(sizes(out)[l]).toBe(3);
		expect(() => validateNetwork(out)).not.toThrow();
	});

	it.each([0, 1, 2])('removeNeuron from layer %i', (l) => {
		const out = removeNeuron(course, l);
		expect(sizes(out)[l]).toBe(1);
		expect(() => validateNetwork(out)).not.toThrow();
	});


	it('never removes the last neuron of a layer', () => {
		const one = removeNeuron(course, 1);
		expect(removeNeuron(one, 1)).toEqual(one);
	});

	it('addHiddenLayer inserts a layer before the output, keeping the output weights', () => {
		const out = addHiddenLayer(course);
		expect(sizes(out)).toEqual([2, 2, 2, 2]);
		expect(out.layers[3].weights).toEqual(course.layers[2].weights);
		expect(() => validateNetwork(out)).not.toThrow();
	});

	it('removeHiddenLayer reshapes the next layer to the width before it', () => {
		const wide = addNeuron(course, 1); // 2-3-2
		const out = removeHiddenLayer(wide, 1); // 2-2
		expect(sizes(out)).toEqual([2, 2]);
		expect(out.layers[1].weights).toEqual([
			[0.1, -0.3],
			[-0.5, 0.8]
		]);
		expect(() => validateNetwork(out)).not.toThrow();
		expect(removeHiddenLayer(course, 2)).toEqual(course); // the output layer stays
	});

	it('adds a copy of the last sample and removes any but the last one', () => {
		const two = addSample(course);
		expect(two.samples).toHaveLength(2);
		expect(() => validateNetwork(two)).not.toThrow();
		expect(removeSample(two, 1).samples).toHaveLength(1);
		expect(removeSample(course, 1).samples).toHaveLength(1);
	});
});

describe('activations and optimizers', () => {
	it('writes an activation with parameters as an object, and back to a name without', () => {
		const leaky = setActivationParam(setActivation(course, 1, 'leaky_relu'), 1, 'alpha', 0.2);
		expect(leaky.layers[1].activation).toEqual({ name: 'leaky_relu', alpha: 0.2 });
		expect(validateNetwork(leaky).layers[0].activation.alpha).toBe(0.2);
		expect(setActivationParam(leaky, 1, 'alpha', undefined).layers[1].activation).toBe('leaky_relu');
	});

	it('keeps the learning rate when the optimizer changes', () => {
		const adam = setOptimizer(course, 'adam');
		expect(adam.optimizer).toEqual({ type: 'adam', learningRate: 0.5 });
		expect(setOptimizerParam(adam, 'beta1', 0.8).optimizer).toEqual({ type: 'adam', learningRate: 0.5, beta1: 0.8 });
		expect(() => validateNetwork(adam)).not.toThrow();
	});
});
