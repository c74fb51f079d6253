import { describe, expect, it } from 'vitest';
import { buildNetwork, checkCsv, classCount, configFromNetwork, dropoutOf, prepareData, scheduleOf } from '../../../src/lib/view/train/build';
import { defaultConfig } from '../../../src/lib/view/train/config';
import { parseCsv } from '../../../src/lib/fast/datasets/csv';
import { learningRateAt } from '../../../src/lib/fast/schedules';

describe('preparing the data', () => {
	it('splits a built-in set into training and test rows of the chosen features', () => {
		const c = { ...defaultConfig(), count: 100, split: 0.7, features: ['x1', 'x2', 'x1x2'] as ('x1' | 'x2' | 'x1x2')[] };
		const d = prepareData(c, null);
		expect(d.trainCount).toBe(70);
		expect(d.train.count).toBe(70);
		expect(d.test.count).toBe(30);
		expect(d.train.inputSize).toBe(3);
		expect(d.classes).toBe(2);
		// Row 5's third feature is x₁·x₂ of its point.
		expect(d.train.inputs[5 * 3 + 2]).toBeCloseTo(d.points.inputs[10] * d.points.inputs[11], 12);
		// Test row 0 is point 70.
		expect(d.test.inputs[0]).toBe(d.points.inputs[140]);
	});

	it('gives one-hot targets for a softmax output', () => {
		const d = prepareData({ ...defaultConfig(), output: 'softmax', loss: 'categorical_crossentropy' }, null);
		expect(d.train.targetSize).toBe(2);
		for (let r = 0; r < 5; r++) expect(d.train.targets[2 * r + d.points.targets[r]]).toBe(1);
	});

	it('reads three classes from a CSV and refuses them with a sigmoid output', () => {
		const csv = checkCsv(parseCsv('x1,x2,label\n0,0,0\n1,1,1\n2,2,2\n3,3,0\n', 'three.csv'));
		expect(classCount(csv)).toBe(3);
		expect(() => prepareData({ ...defaultConfig(), data: 'csv' }, csv)).toThrow('three.csv: 3 classes need a softmax output');
		const d = prepareData({ ...defaultConfig(), data: 'csv', output: 'softmax', split: 0.5 }, csv);
		expect(d.classes).toBe(3);
		expect(d.min).toBeLessThan(0);
		expect(d.max).toBeGreaterThan(3);
	});

	it('refuses a CSV without exactly two inputs, and labels that are not classes', () => {
		expect(() => checkCsv(parseCsv('1,2,3,0\n1,2,3,1\n1,2,3,1\n1,2,3,0\n', 'wide.csv'))).toThrow('wide.csv: 3 input columns');
		const real = checkCsv(parseCsv('0,0,0.5\n1,1,1\n2,2,2\n3,3,0\n', 'real.csv'));
		expect(() => prepareData({ ...defaultConfig(), data: 'csv' }, real)).toThrow('not class numbers');
		expect(prepareData({ ...defaultConfig(), data: 'csv', output: 'linear', loss: 'mse' }, real).classes).toBe(0);
	});
});

describe('the network', () => {
	it('draws the same weights from the same seed and others from another', () => {
		const c = defaultConfig();
		const a = buildNetwork(c, 2);
		expect(buildNetwork(c, 2).layers[0].weights).toEqual(a.layers[0].weights);
		expect(buildNetwork({ ...c, seed: 2 }, 2).layers[0].weights).not.toEqual(a.layers[0].weights);
		expect(a.layers.map((l) => l.size)).toEqual([4, 2, 1]);
		expect(a.input.names).toEqual(['x_1', 'x_2']);
	});

	it('writes the regularizer on each layer and the dropout of the hidden layers', () => {
		const c = { ...defaultConfig(), l2: 0.01, dropout: 0.3 };
		const net = buildNetwork(c, 2);
		expect(net.layers.every((l) => l.regularizer?.l2 === 0.01)).toBe(true);
		expect(dropoutOf(c)).toEqual([0.3, 0.3, 0]);
	});

	it('reads the settings back from a network file', () => {
		const c = { ...defaultConfig(), features: ['x1', 'x2', 'sinx2'] as ('x1' | 'x2' | 'sinx2')[], layers: [{ size: 5, activation: 'relu' as const }], optimizer: 'adam' as const, learningRate: 0.01, seed: 9 };
		const back = configFromNetwork(buildNetwork(c, 2), defaultConfig());
		expect(back.features).toEqual(c.features);
		expect(back.layers).toEqual(c.layers);
		expect(back.optimizer).toBe('adam');
		expect(back.learningRate).toBe(0.01);
		expect(back.seed).toBe(9);
	});

	it('measures schedules in epochs', () => {
		const s = scheduleOf({ ...defaultConfig(), schedule: 'step' }, 20);
		expect(learningRateAt(s, 0.1, 1999)).toBe(0.1);
		expect(learningRateAt(s, 0.1, 2000)).toBe(0.05);
	});
});
