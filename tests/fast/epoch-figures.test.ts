// The training figures of an epoch have one source: the trainer's sums over the epoch's batches.
// A progress event's epochLoss and epochAccuracy are those sums so far, and at the epoch's last step
// they are its record's loss and accuracy to the last bit.

import { describe, expect, it } from 'vitest';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { toyDataset } from '../../src/lib/fast/datasets/toy';
import { sliceDataset } from '../../src/lib/fast/datasets/types';
import { fromConfig, type ModelConfig } from '../../src/lib/fast/model';
import { Trainer, type Progress } from '../../src/lib/fast/train';

function run(progressEvery: number) {
	const data = toyDataset('circle', { count: 400, noise: 0.1, seed: 3 });
	const config: ModelConfig = { sizes: [2, 6, 1], activations: ['tanh', 'sigmoid'], loss: 'binary_crossentropy', seed: 7, optimizer: { type: 'sgd', learningRate: 0.5 } };
	const trainer = new Trainer(typedArrayKernels('f64'), fromConfig(config), sliceDataset(data, 0, 320), { epochs: 3, batchSize: 16, seed: 5, progressEvery, validation: sliceDataset(data, 320, 400) });
	const losses: number[] = []; // every step's batch loss, by hand
	const progress: Progress[] = [];
	while (!trainer.finished) {
		for (const e of trainer.advance()) if (e.type === 'progress') progress.push(e.progress);
		losses.push(trainer.lastLoss);
	}
	return { trainer, progress, losses };
}

describe('Trainer progress', () => {
	it('reports the epoch’s running averages, which at its last step are the epoch record’s figures', () => {
		const { trainer, progress } = run(4); // 20 steps an epoch: a progress event on its last step
		expect(trainer.history).toHaveLength(3);
		for (const record of trainer.history) {
			const last = progress.filter((p) => p.epoch === record.epoch).at(-1)!;
			expect(last.epochProgress).toBe(1);
			expect(last.epochLoss).toBe(record.loss);
			expect(last.epochAccuracy).toBe(record.accuracy);
		}
	});

	it('averages the epoch’s batches so far by their rows, not the last few steps', () => {
		const { progress, losses } = run(4);
		// Equal batches of 16: the running mean of the batch losses since the epoch began.
		for (const p of progress) {
			const first = (p.epoch - 1) * 20;
			const sofar = losses.slice(first, p.step);
			expect(p.epochLoss).toBeCloseTo(sofar.reduce((a, b) => a + b, 0) / sofar.length, 12);
		}
		// The window figure is a different thing: the mean over the last 4 steps alone.
		const p = progress[9];
		expect(p.loss).toBeCloseTo(losses.slice(p.step - 4, p.step).reduce((a, b) => a + b, 0) / 4, 12);
	});
});
