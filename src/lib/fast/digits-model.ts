// The course's digit models as network files (784-300-200-100-10 and 784-10: ReLU, softmax, sparse
// categorical cross-entropy, glorot_uniform), their parameter counts, and classifying the test digits
// on the current thread in short slices.

import type { Activation, Network, OptimizerName } from '../engine/spec/types';
import { validateNetwork } from '../engine/spec/validate';
import type { Dataset } from './datasets/types';
import { parameterCount, specFromConfig } from './model';
import type { LayerTensors } from './tensors';
import { classifyRows, createClassifier, } from './predict';

export type ModelKind = 'mlp' | 'perceptron';
export const DIGIT_OPTIMIZERS = ['sgd', 'adam', 'rmsprop', 'adagrad', 'nadam'] as const satisfies readonly OptimizerName[];
export type DigitOptimizer = (typeof DIGIT_OPTIMIZERS)[number];
export const LEARNING_RATES: Record<DigitOptimizer, number> = { sgd: 0.1, adam: 0.001, rmsprop: 0.001, adagrad: 0.01, nadam: 0.001 };

export const SIZES: Record<ModelKind, number[]> = { mlp: [784, 300, 200, 100, 10], perceptron: [784, 10] };

/** Weights and biases of the course's model: Σ (in + 1) · out. */
export function digitsParameterCount(kind: ModelKind): number {
	return parameterCount(specFromConfig({ sizes: SIZES[kind], activations: digitsActivations(kind), loss: 'sparse_categorical_crossentropy' }));
}

/** The activations after the input: ReLU on the hidden layers, softmax on the output. */
export function digitsActivations(kind: ModelKind): Activation[] {
	const depth = SIZES[kind].length - 1;
	return Array.from({ length: depth }, (_, l) => ({ name: l === depth - 1 ? 'softmax' : 'relu' }));
}

/** The course's network as a file: sparse categorical cross-entropy, glorot_uniform weights from `seed`. */
export function digitsFile(kind: ModelKind, optimizer: DigitOptimizer, learningRate: number, seed = 1) {
	const acts = digitsActivations(kind);
	return {
		title: kind === 'mlp' ? 'MLP 784-300-200-100-10' : 'Perceptron 784-10',
		layers: SIZES[kind].map((size, l) => (l === 0 ? { size } : { size, activation: acts[l - 1].name })),
		loss: 'sparse_categorical_crossentropy',
		optimizer: { type: optimizer, learningRate },
		init: 'glorot_uniform',
		seed
	};
}

/** The file validated, weights drawn (what the worker trains). */
export function digitsNetwork(kind: ModelKind, optimizer: DigitOptimizer, learningRate: number, seed = 1): Network {
	return validateNetwork(digitsFile(kind, optimizer, learningRate, seed), { engine: 'fast' });
}

/** A promise settled in a later task (after pending input and rendering). */
export const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Predicted classes of every test digit under a snapshot's parameters. */
export type Evaluator = (activations: Activation[], params: LayerTensors) => Promise<Uint8Array>;

/** Classifies on the page's thread in slices of ~8 ms (for tests, and where workers are missing). */
export function slicedEvaluator(test: Dataset): Evaluator {
	return async (activations, params) => {
		const c = createClassifier(test.inputSize, activations, params);
		const preds = new Uint8Array(test.count);
		for (let from = 0; from < test.count; ) {
			const t0 = performance.now();
			while (from < test.count && performance.now() - t0 < 8) {
				classifyRows(c, test.inputs, from, Math.min(test.count, from + 2), preds);
				from = Math.min(test.count, from + 2);
			}
			await nextTask();
		}
		return preds;
	};
}
