import { describe, expect, it } from 'vitest';
import { scoreRecord } from '../../../src/lib/view/train/score';
import { buildNetwork, prepareData } from '../../../src/lib/view/train/build';
import { defaultConfig } from '../../../src/lib/view/train/config';
import { sourceFromNetwork, Trainer } from '../../../src/lib/fast/train';
import { typedArrayKernels } from '../../../src/lib/fast/kernels/typedarray';

describe('scoreRecord', () => {
	it.each(['circle', 'iris', 'plane'] as const)('scores %s’s trained weights as the trainer’s own evaluation does', (data) => {
		const c = defaultConfig(data);
		const d = prepareData(c, null);
		const t = new Trainer(typedArrayKernels('f64'), sourceFromNetwork(buildNetwork(c, d.classes)), d.train, { epochs: 5, batchSize: 10, seed: 1 });
		t.run();
		const r = scoreRecord(t.toNetwork(), d.train, d.test, 5);
		const [train, test] = [t.evaluate(d.train), t.evaluate(d.test)];
		expect(r.epoch).toBe(5);
		expect(r.loss).toBeCloseTo(train.loss, 10);
		expect(r.valLoss).toBeCloseTo(test.loss, 10);
		expect([r.accuracy, r.valAccuracy]).toEqual([train.accuracy, test.accuracy]);
	});
});
