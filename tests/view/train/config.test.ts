import { describe, expect, it } from 'vitest';
import { configFromQuery, configToQuery, defaultConfig, lossFor, nextDataSeed } from '../../../src/lib/view/train/config';

describe('the settings in the URL', () => {
	it('round-trips every field through the hash', () => {
		const c = {
			...defaultConfig(),
			data: 'spiral' as const,
			noise: 0.25,
			split: 0.7,
			features: ['x1', 'x2', 'sinx1'] as ('x1' | 'x2' | 'sinx1')[],
			layers: [{ size: 8, activation: 'relu' as const }, { size: 3, activation: 'sigmoid' as const }],
			output: 'softmax' as const,
			loss: 'categorical_crossentropy' as const,
			optimizer: 'adam' as const,
			learningRate: 0.003,
			schedule: 'cosine' as const,
			batchSize: 30,
			l2: 0.001,
			dropout: 0.2,
			init: 'he_normal' as const,
			seed: 42,
			dataSeed: 48271,
			showTest: true,
			discretize: true
		};
		expect(configFromQuery(`#${configToQuery(c)}`)).toEqual(c);
	});

	it('falls back to the default for each missing, unknown or out-of-range field', () => {
		const c = configFromQuery('#data=mnist&noise=7&lr=-1&layers=9:tanh,3:evil,x:relu&seed=1.5&features=x3&batch=0');
		const d = defaultConfig();
		expect(c.data).toBe(d.data);
		expect(c.noise).toBe(d.noise);
		expect(c.learningRate).toBe(d.learningRate);
		expect(c.seed).toBe(d.seed);
		expect(c.features).toEqual(d.features);
		expect(c.batchSize).toBe(d.batchSize);
		// 9 neurons is over the limit; an unknown activation becomes tanh; "x" is not a size.
		expect(c.layers).toEqual([{ size: 3, activation: 'tanh' }]);
	});

	it('keeps an empty list of hidden layers (a perceptron) and picks the loss that goes with the output', () => {
		expect(configFromQuery('#layers=&output=linear').layers).toEqual([]);
		expect(configFromQuery('#output=linear').loss).toBe('mse');
		expect(lossFor('softmax')).toBe('categorical_crossentropy');
		expect(lossFor('sigmoid')).toBe('binary_crossentropy');
	});

	it('writes the data seed and the view switches only when they are set, and reads them back', () => {
		const q = configToQuery(defaultConfig());
		expect(q).not.toMatch(/dataSeed|test=|discrete=/);
		expect(configFromQuery('#dataSeed=7&test=1&discrete=1')).toMatchObject({ dataSeed: 7, showTest: true, discretize: true });
		expect(configFromQuery('#dataSeed=-3&test=yes')).toMatchObject({ dataSeed: null, showTest: false });
		expect(nextDataSeed(1)).toBe(48271);
		expect(nextDataSeed(nextDataSeed(1))).not.toBe(48271);
	});
});
