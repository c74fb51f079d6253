// The defaults that learn: every built-in data set, with the network the page gives it, reaches 90 %
// test accuracy (the plane, a regression: R² = 1 − test MSE / variance of 0.9) within 600 epochs, 20 s
// at the page's watch speed of 30 epochs a second. Trained with the fast path as the worker does.

import { describe, expect, it } from 'vitest';
import { buildNetwork, dropoutOf, prepareData, scheduleOf } from '../../../src/lib/view/train/build';
import { configFromQuery, DATA_SOURCES, defaultConfig, switchData, type TrainConfig } from '../../../src/lib/view/train/config';
import { sourceFromNetwork, Trainer } from '../../../src/lib/fast/train';
import { typedArrayKernels } from '../../../src/lib/fast/kernels/typedarray';

const WATCH_EPOCHS_PER_SECOND = 30;
const LIMIT = 600;

/** The first epoch whose test score reaches 0.9, and that score; null when none does within `max`. */
function epochsTo90(c: TrainConfig, max = LIMIT): { epoch: number; score: number } | null {
	const d = prepareData(c, null);
	const stepsPerEpoch = Math.ceil(d.train.count / Math.min(c.batchSize, d.train.count));
	const trainer = new Trainer(typedArrayKernels('f64'), sourceFromNetwork(buildNetwork(c, d.classes)), d.train, {
		epochs: max, batchSize: c.batchSize, learningRate: c.learningRate, schedule: scheduleOf(c, stepsPerEpoch),
		seed: c.seed, dropout: dropoutOf(c), validation: d.test
	});
	const y = Array.from(d.test.targets);
	const mean = y.reduce((a, b) => a + b, 0) / y.length;
	const variance = y.reduce((a, b) => a + (b - mean) ** 2, 0) / y.length;
	while (!trainer.finished) {
		for (const e of trainer.run(stepsPerEpoch)) {
			if (e.type !== 'epoch') continue;
			const r = e.record;
			const score = d.classes ? (r.valAccuracy ?? 0) : 1 - (r.valLoss ?? Infinity) / variance;
			if (score >= 0.9) return { epoch: r.epoch, score };
		}
	}
	return null;
}

const BUILT_IN = DATA_SOURCES.filter((d) => d !== 'csv');

describe('each data set’s default network', () => {
	it.each(BUILT_IN)('%s reaches 90 percent test accuracy within 600 epochs (20 s watching), for seeds 1 to 3', (data) => {
		for (const seed of [1, 2, 3]) {
			const reached = epochsTo90({ ...defaultConfig(data), seed });
			expect(reached, `${data}, seed ${seed}`).not.toBeNull();
			console.log(`defaults: ${data} seed ${seed}: ${(reached!.score * 100).toFixed(1)} % at epoch ${reached!.epoch} (${(reached!.epoch / WATCH_EPOCHS_PER_SECOND).toFixed(1)} s watching)`);
		}
	});

	it('is what a link naming only the data set opens', () => {
		expect(configFromQuery('#data=spiral')).toEqual(defaultConfig('spiral'));
		expect(configFromQuery('#data=plane').output).toBe('linear');
		expect(configFromQuery('#data=spiral&layers=3:relu').features).toEqual(['x1', 'x2', 'sinx1', 'sinx2']);
	});
});

describe('switchData', () => {
	it('gives the new set its default network while the network is still the old set’s default', () => {
		expect(switchData(defaultConfig('xor'), 'spiral')).toEqual(defaultConfig('spiral'));
		expect(switchData(defaultConfig('spiral'), 'iris')).toEqual(defaultConfig('iris'));
	});

	it('keeps a network the user changed, changing only an output the new set cannot use', () => {
		const mine: TrainConfig = { ...defaultConfig('xor'), layers: [{ size: 7, activation: 'relu' }] };
		expect(switchData(mine, 'circle').layers).toEqual(mine.layers);
		expect(switchData(mine, 'iris')).toMatchObject({ layers: mine.layers, output: 'softmax', loss: 'categorical_crossentropy' });
		const plane = switchData(mine, 'plane');
		expect(plane).toMatchObject({ output: 'linear', loss: 'mse' });
		expect(switchData(plane, 'circle')).toMatchObject({ output: 'sigmoid', loss: 'binary_crossentropy', layers: mine.layers });
	});
});
