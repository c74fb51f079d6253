// The vanishing-gradient lesson measured as the page trains it (the fast path, the page's settings):
// the deep sigmoid network's first layer gets a gradient orders of magnitude below its last's;
// batch normalisation and ReLU with He initialisation bring the two within reach of each other.

import { describe, expect, it } from 'vitest';
import { buildNetwork, prepareData, scheduleOf } from '../../../src/lib/view/train/build';
import { configFromQuery, configToQuery, defaultConfig } from '../../../src/lib/view/train/config';
import { lessonConfig, LESSONS, type Lesson } from '../../../src/lib/view/train/lessons';
import { sourceFromNetwork, Trainer } from '../../../src/lib/fast/train';
import { typedArrayKernels } from '../../../src/lib/fast/kernels/typedarray';

/** The mean ratio ‖∂E/∂W₁‖ / ‖∂E/∂W_L‖ over the first `epochs` epochs' reports, and the last test accuracy. */
function firstToLast(lesson: Lesson, epochs = 20): { ratio: number; accuracy: number } {
	const c = lessonConfig(defaultConfig('circle'), lesson);
	const d = prepareData(c, null);
	const steps = Math.ceil(d.train.count / c.batchSize);
	const trainer = new Trainer(typedArrayKernels('f64'), sourceFromNetwork(buildNetwork(c, d.classes)), d.train, {
		epochs, batchSize: c.batchSize, learningRate: c.learningRate, schedule: scheduleOf(c, steps), seed: c.seed, validation: d.test, progressEvery: 5
	});
	const ratios: number[] = [];
	let accuracy = 0;
	while (!trainer.finished) {
		for (const e of trainer.run(steps)) {
			if (e.type === 'progress') { const g = e.progress.gradientNorms!; ratios.push(g[0] / g[g.length - 1]); }
			if (e.type === 'epoch') accuracy = e.record.valAccuracy ?? 0;
		}
	}
	return { ratio: Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length), accuracy };
}

describe('the vanishing-gradient lesson on /train', () => {
	it('shows the first layer starved under sigmoid, and fed with batch normalisation or ReLU + He', () => {
		const [sigmoid, normalised, relu] = LESSONS.map((l) => firstToLast(l));
		console.log(`lessons: first/last gradient norm ratio: sigmoid ${sigmoid.ratio.toExponential(2)}, +BN ${normalised.ratio.toExponential(2)}, ReLU+He ${relu.ratio.toExponential(2)}; test accuracy after 20 epochs ${[sigmoid, normalised, relu].map((r) => (r.accuracy * 100).toFixed(0) + '%').join(', ')}`);
		expect(sigmoid.ratio).toBeLessThan(0.01);
		expect(normalised.ratio).toBeGreaterThan(10 * sigmoid.ratio);
		expect(relu.ratio).toBeGreaterThan(10 * sigmoid.ratio);
		expect(normalised.accuracy).toBeGreaterThan(sigmoid.accuracy);
	});

	it('travels in the link: a batch-normalised layer is written 6:sigmoid:bn', () => {
		const c = lessonConfig(defaultConfig('circle'), 'deepSigmoidBatchNorm');
		expect(configToQuery(c)).toContain('layers=6%3Asigmoid%3Abn');
		expect(configFromQuery(configToQuery(c)).layers).toEqual(c.layers);
	});
});
