import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/lib/engine/concepts/summary';
import { optimizerDefaults } from '../../src/lib/engine/spec/schema';
import type { ActivationName, DenseLayer, Network } from '../../src/lib/engine/spec/types';

/** A validated-looking layer of `size` neurons over `inputs`, weights all 0 (the count ignores values). */
function dense(
	inputs: number,
	size: number,
	options: { act?: ActivationName; biases?: 'each' | 'shared' | 'none'; frozen?: 'weights' | 'biases'; batchNorm?: boolean } = {}
): DenseLayer {
	const biases = options.biases ?? 'each';
	return {
		size,
		activation: { name: options.act ?? 'relu' },
		weights: Array.from({ length: size }, () => new Array<number>(inputs).fill(0)),
		biases: biases === 'each' ? new Array<number>(size).fill(0) : biases === 'shared' ? 0 : null,
		names: null,
		weightNames: null,
		biasNames: null,
		trainableWeights: options.frozen !== 'weights',
		trainableBiases: options.frozen !== 'biases',
		regularizer: null,
		biasRegularizer: null,
		activityRegularizer: null,
		dropout: null,
		batchNorm: options.batchNorm ? { momentum: 0.99, epsilon: 1e-3, gamma: [], beta: [], movingMean: [], movingVariance: [] } : null,
		alphas: options.act === 'prelu' ? new Array<number>(size).fill(0.25) : null
	};
}

function network(inputs: number, layers: DenseLayer[], title: string | null = null): Network {
	return {
		title,
		input: { size: inputs, names: null },
		layers,
		loss: 'sparse_categorical_crossentropy',
		samples: [],
		optimizer: optimizerDefaults('sgd'),
		rounding: null,
		style: 'textbook',
		seed: 1
	};
}

describe('summarize', () => {
	it('counts the course’s 784 → 10 perceptron as (784 + 1) * 10 = 7850', () => {
		const s = summarize(network(784, [dense(784, 10, { act: 'softmax' })]));
		expect(s.rows.map((r) => [r.name, r.type, r.outputShape, r.params, r.formula])).toEqual([
			['input', 'InputLayer', [null, 784], 0, ''],
			['dense', 'Dense', [null, 10], 7850, '(784 + 1) * 10 = 7850']
		]);
		expect([s.total, s.trainable, s.nonTrainable]).toEqual([7850, 7850, 0]);
	});

	it('counts the course’s 784-300-200-100-10 MLP as 316,810 parameters, layer by layer', () => {
		const s = summarize(
			network(784, [dense(784, 300), dense(300, 200), dense(200, 100), dense(100, 10, { act: 'softmax' })])
		);
		expect(s.rows.slice(1).map((r) => `${r.name}: ${r.formula}`)).toEqual([
			'dense: (784 + 1) * 300 = 235500',
			'dense_1: (300 + 1) * 200 = 60200',
			'dense_2: (200 + 1) * 100 = 20100',
			'dense_3: (100 + 1) * 10 = 1010'
		]);
		expect(s.total).toBe(316810);
		expect(s.trainable).toBe(316810);
	});

	it('counts batch normalisation as Keras’s BatchNormalization row after the Dense one: 4 per unit, 2 of them non-trainable', () => {
		const s = summarize(
			network(784, [dense(784, 300, { batchNorm: true }), dense(300, 200, { batchNorm: true }), dense(200, 100, { batchNorm: true }), dense(100, 10, { act: 'softmax' })])
		);
		expect(s.rows.slice(1).map((r) => `${r.name} (${r.type}): ${r.formula}, ${r.trainable} trainable`)).toEqual([
			'dense (Dense): (784 + 1) * 300 = 235500, 235500 trainable',
			'batch_normalization (BatchNormalization): 4 * 300 = 1200, 600 trainable',
			'dense_1 (Dense): (300 + 1) * 200 = 60200, 60200 trainable',
			'batch_normalization_1 (BatchNormalization): 4 * 200 = 800, 400 trainable',
			'dense_2 (Dense): (200 + 1) * 100 = 20100, 20100 trainable',
			'batch_normalization_2 (BatchNormalization): 4 * 100 = 400, 200 trainable',
			'dense_3 (Dense): (100 + 1) * 10 = 1010, 1010 trainable'
		]);
		expect(s.rows[2]).toMatchObject({ outputShape: [null, 300], activation: null, nonTrainable: 600 });
		// Keras: 316,810 + 4 · (300 + 200 + 100) = 319,210, of which the moving statistics 1,200.
		expect([s.total, s.trainable, s.nonTrainable]).toEqual([319210, 318010, 1200]);
	});

	it('writes a layer without bias as inputs * units, and a shared bias as + 1', () => {
		const s = summarize(network(784, [dense(784, 300, { biases: 'none' }), dense(300, 10, { biases: 'shared' })]));
		expect(s.rows[1].formula).toBe('784 * 300 = 235200');
		expect(s.rows[2].formula).toBe('300 * 10 + 1 = 3001');
		expect(s.rows[2]).toMatchObject({ weights: 3000, biases: 1, alphas: 0 });
		expect(s.total).toBe(235200 + 3001);
	});

	it('adds prelu’s trainable α, one per neuron', () => {
		const s = summarize(network(3, [dense(3, 4, { act: 'prelu' }), dense(4, 2, { act: 'rrelu', biases: 'none' })]));
		expect(s.rows[1].formula).toBe('(3 + 1) * 4 + 4 = 20');
		expect(s.rows[1].alphas).toBe(4);
		// rrelu's slopes are drawn, not learnt.
		expect(s.rows[2].formula).toBe('4 * 2 = 8');
		expect(s.total).toBe(28);
	});

	it('counts frozen weights or biases as non-trainable', () => {
		const s = summarize(
			network(2, [dense(2, 2, { act: 'sigmoid', frozen: 'biases', biases: 'shared' }), dense(2, 2, { frozen: 'weights' })])
		);
		expect(s.rows[1]).toMatchObject({ params: 5, trainable: 4, nonTrainable: 1 });
		expect(s.rows[2]).toMatchObject({ params: 6, trainable: 2, nonTrainable: 4 });
		expect([s.total, s.trainable, s.nonTrainable]).toEqual([11, 6, 5]);
	});

	it('names the layers as Keras does and keeps the title', () => {
		const s = summarize(network(1, [dense(1, 1), dense(1, 1), dense(1, 1)], 'T'));
		expect(s.rows.map((r) => r.name)).toEqual(['input', 'dense', 'dense_1', 'dense_2']);
		expect(s.title).toBe('T');
	});
});
