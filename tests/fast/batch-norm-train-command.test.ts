// `backstep train` and the library's trainNetwork on a network file with batch normalisation: it
// trains, and the file written or returned carries the trained γ, β and the moving statistics.

import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../src/lib/engine/spec/validate';
import { backstep } from '../cli/fake-io';
import { trainNetwork } from '../../src/lib/fast/api';
import { toyDataset } from '../../src/lib/fast/datasets/toy';

const NET = JSON.stringify({
	title: 'circle with batch normalisation',
	layers: [{ size: 2 }, { size: 8, activation: 'relu', batchNorm: true }, { size: 6, activation: 'tanh', batchNorm: { momentum: 0.9 } }, { size: 1, activation: 'sigmoid' }],
	init: 'glorot_uniform',
	seed: 3,
	loss: 'binary_crossentropy',
	samples: [{ input: [0, 0], target: [0] }],
	optimizer: { type: 'adam', learningRate: 0.02 }
});

describe('backstep train with batchNorm', () => {
	it('trains the file and writes back γ, β and the moving statistics', async () => {
		const files: Record<string, string> = { 'net.json': NET };
		const run = await backstep(['train', 'net.json', '--data', 'circle', '--epochs', '12', '--batch', '32', '--json', '--precision', 'f64', '--out', 'trained.json'], { files });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const out = JSON.parse(run.stdout);
		expect(out.final.valAccuracy).toBeGreaterThan(0.9);
		const trained = parseNetwork(files['trained.json']);
		const [first, second] = trained.layers;
		expect(first.batchNorm).toMatchObject({ momentum: 0.99, epsilon: 0.001 });
		expect(second.batchNorm).toMatchObject({ momentum: 0.9, epsilon: 0.001 });
		for (const bn of [first.batchNorm!, second.batchNorm!]) {
			expect(bn.gamma.some((g) => g !== 1)).toBe(true);
			expect(bn.beta.some((b) => b !== 0)).toBe(true);
			expect(bn.movingMean.some((m) => m !== 0)).toBe(true);
			expect(bn.movingVariance.every((v) => v > 0 && v !== 1)).toBe(true);
		}
		expect(trained.layers[2].batchNorm).toBeNull();
	});

	it('runs on float32 as well', async () => {
		const run = await backstep(['train', 'net.json', '--data', 'xor', '--epochs', '3', '--json', '--precision', 'f32'], { files: { 'net.json': NET } });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout).history).toHaveLength(3);
	});
});

describe('trainNetwork with batchNorm', () => {
	it('returns the trained network file with its batch normalisation', () => {
		const result = trainNetwork(parseNetwork(NET), toyDataset('circle', { count: 200, seed: 1 }), { epochs: 3, batchSize: 20 });
		expect(result.trouble).toBeNull();
		const bn = result.network.layers[0].batchNorm!;
		expect(bn.movingVariance).toHaveLength(8);
		expect(bn.movingMean.some((m) => m !== 0)).toBe(true);
		expect(result.network.layers[0].weights).toEqual(result.weights[0]);
	});
});
