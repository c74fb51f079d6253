import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { toyDataset } from '../../src/lib/fast/datasets/toy';
import { cellPoint, evaluateGrid, featureValue, featurize, forwardRows, type Feature } from '../../src/lib/fast/grid';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { forward } from '../../src/lib/fast/forward';
import { loadRows } from '../../src/lib/fast/metrics';
import { sourceFromNetwork, Trainer } from '../../src/lib/fast/train';

const FEATS: Feature[] = ['x1', 'x2', 'x1sq', 'x1x2', 'sinx2'];

function trainedTrainer() {
	const net = validateNetwork(
		{
			layers: [{ size: FEATS.length }, { size: 4, activation: 'tanh' }, { size: 3, activation: 'relu' }, { size: 1, activation: 'sigmoid' }],
			init: 'glorot_uniform',
			seed: 7,
			loss: 'binary_crossentropy',
			samples: [],
			optimizer: { type: 'adam', learningRate: 0.03 }
		},
		{ engine: 'fast' }
	);
	const data = featurize(toyDataset('xor', { count: 60, seed: 3 }), FEATS);
	const trainer = new Trainer(typedArrayKernels('f64'), sourceFromNetwork(net), data, { epochs: 5, batchSize: 8, seed: 2 });
	trainer.run(25);
	return { net, data, trainer };
}

describe('features', () => {
	it('computes x₁, x₂, squares, the product and sines of a point', () => {
		expect(featureValue('x1', 2, -3)).toBe(2);
		expect(featureValue('x2', 2, -3)).toBe(-3);
		expect(featureValue('x1sq', 2, -3)).toBe(4);
		expect(featureValue('x2sq', 2, -3)).toBe(9);
		expect(featureValue('x1x2', 2, -3)).toBe(-6);
		expect(featureValue('sinx1', Math.PI / 2, 0)).toBeCloseTo(1, 15);
		expect(featureValue('sinx2', 0, -Math.PI / 2)).toBeCloseTo(-1, 15);
	});

	it('replaces each row of a 2-input data set by its features and keeps the targets', () => {
		const data = toyDataset('circle', { count: 10, seed: 1 });
		const f = featurize(data, ['x2', 'x1x2']);
		expect(f.inputSize).toBe(2);
		expect(f.inputs[2 * 3]).toBe(data.inputs[2 * 3 + 1]);
		expect(f.inputs[2 * 3 + 1]).toBeCloseTo(data.inputs[6] * data.inputs[7], 12);
		expect(f.targets).toBe(data.targets);
	});
});

describe('the grid forward pass', () => {
	it('gives the same outputs as the trainer for the training rows', () => {
		const { data, trainer, net } = trainedTrainer();
		const snap = trainer.snapshot();
		const mine = forwardRows(net.layers.map((l) => l.activation), snap, data.inputs, data.count, data.inputSize);
		const pass = trainer.pass;
		const rows = Math.min(pass.maxBatch, data.count);
		loadRows(pass, data, null, 0, rows);
		forward(pass, rows, false, null);
		for (let k = 0; k < 3; k++) {
			const size = net.layers[k].size;
			for (let i = 0; i < rows * size; i++) expect(mine[k][i]).toBeCloseTo(pass.A[k][i], 12);
		}
	});

	it('evaluates each cell at its centre, x₂ growing upwards, and keeps every neuron', () => {
		const { trainer, net } = trainedTrainer();
		const snap = trainer.snapshot();
		const acts = net.layers.map((l) => l.activation);
		const g = evaluateGrid(acts, FEATS, snap, 5, -6, 6);
		expect(g.neurons.map((l) => l.length)).toEqual([4, 3, 1]);
		expect(cellPoint(5, -6, 6, 0, 0)).toEqual([-4.8, 4.8]);
		// Cell (row 1, col 3) against the forward pass of its centre alone.
		const [x1, x2] = cellPoint(5, -6, 6, 1, 3);
		const x = Float64Array.from(FEATS.map((f) => featureValue(f, x1, x2)));
		const one = forwardRows(acts, snap, x, 1, FEATS.length);
		expect(g.neurons[2][0][1 * 5 + 3]).toBeCloseTo(one[2][0], 14);
		expect(g.neurons[0][2][1 * 5 + 3]).toBeCloseTo(one[0][2], 14);
		expect(g.inputs[2][1 * 5 + 3]).toBeCloseTo(x1 * x1, 14);
	});

	it('reads a shared bias and a layer without biases', () => {
		const params = { W: [Float64Array.of(1, 2), Float64Array.of(3)], b: [Float64Array.of(0.5), new Float64Array(0)], alpha: [null, null] };
		const out = forwardRows([{ name: 'linear' }, { name: 'linear' }], params, Float64Array.of(1, 1), 1, 2);
		// z₁ = 1 + 2 + 0.5 = 3.5; z₂ = 3 · 3.5 = 10.5
		expect(out[1][0]).toBe(10.5);
	});
});
