// The network file (docs/network-file.md) after validation: every default filled in, every shape checked.
// The raw JSON is `unknown` until `validateNetwork` turns it into a `Network`.

import type { Exercise } from './exercise';

export const ACTIVATIONS = [
	'linear',
	'sigmoid',
	'tanh',
	'relu',
	'leaky_relu',
	'prelu',
	'elu',
	'softplus',
	'swish',
	'step',
	'sign',
	'rrelu',
	'softmax',
	'custom'
] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const LOSSES = [
	'half_sse',
	'sse',
	'mse',
	'mae',
	'binary_crossentropy',
	'categorical_crossentropy',
	'sparse_categorical_crossentropy',
	'hinge'
] as const;
export type LossName = (typeof LOSSES)[number];

export const OPTIMIZERS = [
	'sgd',
	'adagrad',
	'adadelta',
	'rmsprop',
	'adam',
	'adamw',
	'adamax',
	'nadam',
	'adafactor',
	'ftrl',
	'perceptron'
] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const INITIALIZERS = ['glorot_uniform', 'glorot_normal', 'he_uniform', 'he_normal', 'zeros'] as const;
export type InitName = (typeof INITIALIZERS)[number];

/** An activation with its parameters resolved (defaults filled in). */
export interface Activation {
	name: ActivationName;
	/** leaky_relu (0.01), elu (1), prelu initial value (0.25). */
	alpha?: number;
	/** rrelu's range, default [1/8, 1/3]. */
	lower?: number;
	upper?: number;
	/** custom: an expression in x. */
	expression?: string;
}

export interface Regularizer {
	l1: number;
	l2: number;
}

/**
 * Keras's Dropout after a dense layer: each output is kept with probability 1 − rate and scaled by
 * 1/(1 − rate), or dropped (0). `mask[k][j]` is 1 where sample k keeps neuron j: given in the file
 * (one row for every sample, or a row per sample) or drawn from the seed (engine/spec/init.ts).
 */
export interface Dropout {
	rate: number;
	mask: number[][] | null;
}

/**
 * Keras's BatchNormalization after a dense layer's net input, before its activation: while training
 * z is normalised by the batch's mean and (biased) variance, x̂ = (z − μ)/√(σ² + ε), scaled and
 * shifted, γ x̂ + β (γ, β trainable), and the moving statistics follow the batch's:
 * m ← momentum · m + (1 − momentum) · μ (and σ² likewise); at test time they stand in for μ and σ².
 */
export interface BatchNorm {
	momentum: number;
	epsilon: number;
	gamma: number[];
	beta: number[];
	movingMean: number[];
	movingVariance: number[];
}

export interface InputLayer {
	size: number;
	names: string[] | null;
}

export interface DenseLayer {
	size: number;
	activation: Activation;
	/** weights[j][i]: from neuron i of the previous layer into neuron j (0-based). */
	weights: number[][];
	/** One bias per neuron, one shared by the layer, or none. */
	biases: number[] | number | null;
	names: string[] | null;
	weightNames: string[][] | null;
	biasNames: string[] | string | null;
	trainableWeights: boolean;
	trainableBiases: boolean;
	/** Keras's kernel_regularizer: penalties on the weights. */
	regularizer: Regularizer | null;
	/** Keras's bias_regularizer: penalties on the biases. */
	biasRegularizer: Regularizer | null;
	/** Keras's activity_regularizer: penalties on the layer's outputs, per sample, averaged over the samples. */
	activityRegularizer: Regularizer | null;
	/** Inverted dropout on the layer's outputs while training (hidden layers only), or none. */
	dropout: Dropout | null;
	/** Batch normalisation between the net input and the activation (hidden layers only), or none. */
	batchNorm: BatchNorm | null;
	/** prelu: the trainable slope per neuron (starts at activation.alpha). rrelu: the slopes drawn for training. */
	alphas: number[] | null;
}

export interface Sample {
	input: number[];
	/** Always a vector here: a sparse class index c is kept in `classIndex` and expanded to one-hot. */
	target: number[];
	classIndex: number | null;
}

/** Optimizer parameters with Keras 3 names in camelCase; defaults are Keras 3's. */
export interface Optimizer {
	type: OptimizerName;
	learningRate: number;
	momentum: number;
	nesterov: boolean;
	rho: number;
	epsilon: number;
	beta1: number;
	beta2: number;
	initialAccumulatorValue: number;
	centered: boolean;
	weightDecay: number;
	/** Ftrl: the power of the accumulator in its step size (≤ 0; −0.5 is Adagrad's square root). */
	learningRatePower: number;
	l1RegularizationStrength: number;
	l2RegularizationStrength: number;
	l2ShrinkageRegularizationStrength: number;
	/** Ftrl's β of McMahan et al. */
	beta: number;
	/** Adafactor: β̂₂ at step t is 1 − t^beta2Decay. */
	beta2Decay: number;
	epsilon1: number;
	epsilon2: number;
	clipThreshold: number;
	relativeStep: boolean;
	clipnorm: number | null;
	clipvalue: number | null;
}

export type Rounding = { decimals: number } | { significant: number };

/** A text in both of the product's languages. */
export interface Localized {
	en: string;
	'zh-TW': string;
}

/** How the working is written: one step per quantity, or the lines the course writes. */
export const STYLES = ['textbook', 'course'] as const;
export type Style = (typeof STYLES)[number];

export interface Network {
	title: string | null;
	input: InputLayer;
	/** layers[0] is the first hidden (or output) layer, i.e. layer number 1 of docs/quantity-ids.md. */
	layers: DenseLayer[];
	loss: LossName;
	samples: Sample[];
	optimizer: Optimizer;
	rounding: Rounding | null;
	style: Style;
	seed: number;
	/** Title and description in each language, where the file gives them as {"en", "zh-TW"}. */
	titles?: Localized;
	description?: Localized;
	/** A worked sheet to compare the working with (the course's own), by answer key; absent: none. */
	sheet?: Record<string, number>;
	/** docs/exercises.md: how to draw a class set of variants from this network; absent: not a template. */
	exercise?: Exercise;
}

/** docs/limits.md: the exact engine's limits. */
export const LIMITS = { layers: 12, neurons: 64, samples: 256 } as const;

/**
 * The fast path's (and `summary`'s) bounds, checked before anything is drawn or allocated: a layer
 * of at most 100,000 neurons, a network of at most 50 million parameters (400 MB of float64 weights;
 * the course's largest model has 316,810).
 */
export const FAST_LIMITS = { neurons: 100_000, parameters: 50_000_000 } as const;
