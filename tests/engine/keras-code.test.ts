import { describe, expect, it } from 'vitest';
import {
	COURSE_MLP,
	COURSE_PERCEPTRON,
	flatSize,
	kerasCode,
	kerasSummary,
	parseShape,
	pytorchCode,
	type SequentialModel
} from '../../src/lib/engine/concepts/keras-code';

describe('kerasSummary', () => {
	it("gives the course's perceptron 7,850 parameters as (784 + 1) * 10", () => {
		const s = kerasSummary(COURSE_PERCEPTRON);
		expect(s.rows.map((r) => [r.name, r.type, r.outputShape[1], r.params])).toEqual([
			['flatten', 'Flatten', 784, 0],
			['dense', 'Dense', 10, 7850]
		]);
		expect(s.rows[1].formula).toBe('(784 + 1) * 10 = 7850');
		expect(s).toMatchObject({ total: 7850, trainable: 7850, nonTrainable: 0 });
	});

	it("gives the course's MLP the sums written on the sheet and 316,810 in total", () => {
		const s = kerasSummary(COURSE_MLP);
		expect(s.rows.map((r) => r.formula)).toEqual([
			'0',
			'(784 + 1) * 300 = 235500',
			'(300 + 1) * 200 = 60200',
			'(200 + 1) * 100 = 20100',
			'(100 + 1) * 10 = 1010'
		]);
		expect(s.rows.map((r) => r.name)).toEqual(['flatten', 'dense', 'dense_1', 'dense_2', 'dense_3']);
		expect(s.total).toBe(316810);
		expect(s.trainable).toBe(316810);
	});

	it('counts no bias without use_bias, nothing for Dropout, and a slope per unit for PReLU', () => {
		const model: SequentialModel = {
			inputShape: [4],
			layers: [
				{ kind: 'dense', units: 3, activation: 'relu', useBias: false },
				{ kind: 'dropout', rate: 0.5 },
				{ kind: 'dense', units: 2, activation: 'prelu', useBias: true },
				{ kind: 'dropout', rate: 0.2 }
			]
		};
		const s = kerasSummary(model);
		expect(s.rows.map((r) => [r.name, r.outputShape[1], r.params, r.formula])).toEqual([
			['flatten', 4, 0, '0'],
			['dense', 3, 12, '4 * 3 = 12'],
			['dropout', 3, 0, '0'],
			['dense_1', 2, 10, '(3 + 1) * 2 + 2 = 10'],
			['dropout_1', 2, 0, '0']
		]);
		expect(s.total).toBe(22);
	});
});

describe('parseShape', () => {
	it('reads a tuple or a list of dimensions', () => {
		expect(parseShape('28, 28')).toEqual([28, 28]);
		expect(parseShape('(28, 28)')).toEqual([28, 28]);
		expect(parseShape('(784,)')).toEqual([784]);
		expect(parseShape('32x32x3')).toEqual([32, 32, 3]);
		expect(flatSize([32, 32, 3])).toBe(3072);
	});

	it('refuses what is not a shape, naming the field', () => {
		expect(() => parseShape('28, -1')).toThrow('inputShape: "28, -1" is not a list of positive whole numbers');
		expect(() => parseShape('')).toThrow('inputShape: give the input shape, e.g. 28, 28');
		expect(() => parseShape('0')).toThrow('is not a list of positive whole numbers');
	});
});

describe('kerasCode', () => {
	it("writes the course's MLP as the course's Sequential", () => {
		expect(kerasCode(COURSE_MLP)).toBe(
			[
				'from tensorflow import keras',
				'from tensorflow.keras.models import Sequential',
				'from tensorflow.keras.layers import Flatten, Dense',
				'',
				'model = Sequential([',
				'    Flatten(input_shape=(28, 28)),',
				"    Dense(units=300, activation='relu'),",
				"    Dense(units=200, activation='relu'),",
				"    Dense(units=100, activation='relu'),",
				"    Dense(units=10, activation='softmax'),",
				'])',
				'model.summary()',
				''
			].join('\n')
		);
	});

	it('writes use_bias=False, Dropout, a one-dimensional shape and parameterised activations', () => {
		const code = kerasCode({
			inputShape: [2],
			layers: [
				{ kind: 'dense', units: 3, activation: 'leaky_relu', useBias: false, alpha: 0.2 },
				{ kind: 'dropout', rate: 0.5 },
				{ kind: 'dense', units: 1, activation: 'elu', useBias: true, alpha: 0.5 }
			]
		});
		expect(code).toContain('from tensorflow.keras.layers import Flatten, Dense, Dropout\n');
		expect(code).toContain('    Flatten(input_shape=(2,)),\n');
		expect(code).toContain('    Dense(units=3, activation=keras.layers.LeakyReLU(negative_slope=0.2), use_bias=False),\n');
		expect(code).toContain('    Dropout(rate=0.5),\n');
		expect(code).toContain('    Dense(units=1, activation=keras.layers.ELU(alpha=0.5)),\n');
	});
});

describe('pytorchCode', () => {
	it('writes Linear layers with the widths Flatten and the previous layer give', () => {
		const code = pytorchCode(COURSE_MLP);
		expect(code).toContain(
			[
				'model = nn.Sequential(',
				'    nn.Flatten(),',
				'    nn.Linear(784, 300),',
				'    nn.ReLU(),',
				'    nn.Linear(300, 200),',
				'    nn.ReLU(),',
				'    nn.Linear(200, 100),',
				'    nn.ReLU(),',
				'    nn.Linear(100, 10),',
				'    nn.Softmax(dim=1),',
				')'
			].join('\n')
		);
	});

	it('writes bias=False, Dropout, no module for linear and one PReLU slope per unit', () => {
		const code = pytorchCode({
			inputShape: [28, 28],
			layers: [
				{ kind: 'dense', units: 5, activation: 'prelu', useBias: false },
				{ kind: 'dropout', rate: 0.25 },
				{ kind: 'dense', units: 2, activation: 'linear', useBias: true }
			]
		});
		expect(code).toContain('    nn.Linear(784, 5, bias=False),\n    nn.PReLU(num_parameters=5, init=0.25),\n    nn.Dropout(p=0.25),\n    nn.Linear(5, 2),\n)');
	});
});
