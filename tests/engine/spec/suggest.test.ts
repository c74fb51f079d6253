import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../../src/lib/engine/spec/suggest';
import { ACTIVATIONS, INITIALIZERS, LOSSES, OPTIMIZERS } from '../../../src/lib/engine/spec/types';

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
		expect(editDistance('sigmoid', 'sigmoid')).toBe(0);
		expect(editDistance('sigmod', 'sigmoid')).toBe(1);
		expect(editDistance('sigmoidd', 'sigmoid')).toBe(1);
		expect(editDistance('sigmoyd', 'sigmoid')).toBe(1);
		expect(editDistance('sigmodi', 'sigmoid')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('ca', 'abc')).toBe(3);
	});

	it('is symmetric', () => {
		for (const [a, b] of [['adam', 'nadam'], ['relu', 'elu'], ['hinge', 'huber']]) expect(editDistance(a, b)).toBe(editDistance(b, a));
	});
});

describe('suggest', () => {
	it.each([
		['sigmod', ACTIVATIONS, 'sigmoid'],
		['Sigmoid', ACTIVATIONS, 'sigmoid'],
		['LeakyReLU', ACTIVATIONS, 'leaky_relu'],
		['leaky-relu', ACTIVATIONS, 'leaky_relu'],
		['relu6', ACTIVATIONS, 'relu'],
		['softmx', ACTIVATIONS, 'softmax'],
		['mse2', LOSSES, 'mse'],
		['halfsse', LOSSES, 'half_sse'],
		['crossentropy', LOSSES, null],
		['categorical', LOSSES, 'categorical_crossentropy'],
		['sparse', LOSSES, 'sparse_categorical_crossentropy'],
		['adm', OPTIMIZERS, 'adam'],
		['SGD', OPTIMIZERS, 'sgd'],
		['RMSprop', OPTIMIZERS, 'rmsprop'],
		['glorot', INITIALIZERS, 'glorot_uniform'],
		['he', INITIALIZERS, null],
		['xavier', INITIALIZERS, null],
		['learning_rate', ['learningRate', 'momentum'], 'learningRate'],
		['beta_1', ['beta1', 'beta2'], 'beta1'],
		['weigths', ['weights', 'biases'], 'weights'],
		['banana', ACTIVATIONS, null],
		['', ACTIVATIONS, null]
	] as const)('suggest(%j) is %j', (input, candidates, expected) => {
		expect(suggest(input, candidates)).toBe(expected);
	});
});
