// /train with a loaded network file that has batch normalisation: step 0's grid at test time, a step
// in the worker, and the page's network built from the snapshot's arrays (γ, β and the moving
// statistics included) equal to the file the worker would write.

import { describe, expect, it } from 'vitest';
import { TrainState } from '../../src/lib/state/train.svelte.ts';
import { TrainingClient } from '../../src/lib/worker/client';
import { inMemoryWorker } from '../worker/in-memory';

const FILE = JSON.stringify({
	layers: [{ size: 2 }, { size: 5, activation: 'tanh', batchNorm: true }, { size: 1, activation: 'sigmoid' }],
	init: 'glorot_uniform',
	seed: 2,
	loss: 'binary_crossentropy',
	samples: [{ input: [0, 0], target: [0] }],
	optimizer: { type: 'adam', learningRate: 0.05 }
});

describe('TrainState with a batch-normalised network file', () => {
	it('shows its grid, steps it in the worker and carries γ, β and the moving statistics back', async () => {
		const worker = inMemoryWorker();
		const client = new TrainingClient(worker.port);
		const s = new TrainState(() => client);
		await s.loadText(FILE, 'bn.json');
		expect(s.settingsError).toBeNull();
		expect(s.grid?.neurons.map((l) => l.length)).toEqual([5, 1]);
		const before = s.grid!.neurons[1][0].slice();
		await s.advance(2);
		expect(s.step).toBe(2);
		const bn = s.network!.layers[0].batchNorm!;
		expect(bn.movingMean.some((m) => m !== 0)).toBe(true);
		expect(bn.gamma.some((g) => g !== 1)).toBe(true);
		expect(s.grid!.neurons[1][0]).not.toEqual(before);
		expect(s.network).toEqual((await client.snapshot(true)).network);
		expect(JSON.parse(s.exportText()).layers[1].batchNorm.movingVariance).toEqual(bn.movingVariance);
		s.dispose();
	});
});
