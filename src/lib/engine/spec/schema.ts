// The network file's schema (docs/network-file.md, docs/maths.md) in one table: every key with its kind, default and
// description. Validation reads it for the allowed keys (and the suggestions for misspelt ones), the
// defaults and the ranges of numbers; encoding reads it to leave defaults out; the URL state and the
// CLI can read it for their flags and help text.

import {
	ACTIVATIONS,
	INITIALIZERS,
	LOSSES,
	OPTIMIZERS,
	type ActivationName,
	type Optimizer,
	type OptimizerName,
	STYLES
} from './types';

/** A set of numbers, e.g. [0, 1) or (0, ∞); bounds are included unless marked open. */
export interface Range {
	min?: number;
	max?: number;
	minOpen?: boolean;
	maxOpen?: boolean;
	integer?: boolean;
}

export type Field =
	| { kind: 'number'; range: Range; default: number | null; nullable?: boolean; description: string }
	| { kind: 'boolean'; default: boolean; description: string }
	| { kind: 'string'; maxLength: number; default: string | null; description: string }
	| { kind: 'choice'; choices: readonly string[]; default: string | null; description: string }
	/** Read by its own function in validate.ts (a matrix, a list of layers, …). */
	| { kind: 'structure'; required: boolean; description: string };

export const POSITIVE: Range = { min: 0, minOpen: true };
export const NON_NEGATIVE: Range = { min: 0 };
export const ANY: Range = {};
const NON_POSITIVE: Range = { max: 0 };
const UNIT: Range = { min: 0, max: 1 };
const UNIT_HALF_OPEN: Range = { min: 0, max: 1, maxOpen: true };

/** Labels (`H_1`, `\theta_2`) and titles are untrusted text: bounded in length. */
export const MAX_LABEL_LENGTH = 32;
export const MAX_TITLE_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_EXPRESSION_LENGTH = 300;
export const MAX_SEED = 0xffffffff;

export const NETWORK_FIELDS = {
	title: { kind: 'structure', required: false, description: 'A title for the network, shown as plain text: a string, or {"en": …, "zh-TW": …}.' },
	description: { kind: 'structure', required: false, description: 'What the network shows, as plain text: a string, or {"en": …, "zh-TW": …}.' },
	layers: { kind: 'structure', required: true, description: 'The input layer ({size, names}) and then every dense layer.' },
	loss: { kind: 'choice', choices: LOSSES, default: null, description: 'The loss (docs/maths.md).' },
	samples: { kind: 'structure', required: true, description: 'One or more {input, target}; the loss is their mean.' },
	optimizer: { kind: 'structure', required: false, description: 'The optimizer {type, ...parameters}; absent: sgd with learning rate 0.1.' },
	rounding: { kind: 'structure', required: false, description: '{decimals: d} or {significant: s}: round every quantity as it is computed.' },
	init: { kind: 'choice', choices: INITIALIZERS, default: null, description: 'How to draw the weights of layers that do not give them.' },
	style: { kind: 'choice', choices: STYLES, default: 'textbook', description: 'textbook: one step per quantity (z, a, δ = ∂E/∂z); course: the lines the course writes, one chain line per parameter.' },
	sheet: { kind: 'structure', required: false, description: 'A worked sheet to compare with, line by line: {key: value} as in an answers file (e.g. the course sheet).' },
	seed: { kind: 'number', range: { min: 0, max: MAX_SEED, integer: true }, default: 1, description: 'Seed of every random draw (initial weights, rrelu slopes, shuffling).' },
	exercise: { kind: 'structure', required: false, description: 'This network as a template for a class set of exercises (docs/exercises.md): decimals, ranges, the quantities asked.' }
} as const satisfies Record<string, Field>;

/** docs/exercises.md: the keys of the `exercise` object (read by ./exercise.ts). */
export const EXERCISE_FIELDS = {
	decimals: { kind: 'number', range: { min: 0, max: 3, integer: true }, default: 1, description: 'Decimals of every number drawn.' },
	weights: { kind: 'structure', required: false, description: '[min, max] of the weights drawn; default [-1, 1].' },
	biases: { kind: 'structure', required: false, description: '[min, max] of the biases drawn; default [-1, 1].' },
	inputs: { kind: 'structure', required: false, description: '[min, max] of the inputs drawn; default [0, 1].' },
	targets: { kind: 'structure', required: false, description: '[min, max] of the targets drawn (regression losses); default [0, 1].' },
	ask: { kind: 'structure', required: false, description: 'The quantities each worksheet asks for, by label or id; default: outputs, loss, gradients, updated parameters.' }
} as const satisfies Record<string, Field>;

export const INPUT_LAYER_FIELDS = {
	size: { kind: 'structure', required: true, description: 'Number of inputs.' },
	names: { kind: 'structure', required: false, description: 'A label for each input, e.g. ["x_1", "x_2"].' }
} as const satisfies Record<string, Field>;

export const LAYER_FIELDS = {
	size: { kind: 'structure', required: true, description: 'Number of neurons.' },
	activation: { kind: 'structure', required: true, description: 'A name, or {name, alpha | lower, upper | expression}.' },
	weights: { kind: 'structure', required: false, description: 'size rows × (previous size) columns; row j, column i is the weight from neuron i into neuron j.' },
	biases: { kind: 'structure', required: false, description: 'size numbers, or one number shared by the layer, or absent (no bias).' },
	names: { kind: 'structure', required: false, description: 'A label for each neuron.' },
	weightNames: { kind: 'structure', required: false, description: 'A label for each weight, shaped like weights.' },
	biasNames: { kind: 'structure', required: false, description: 'A label for each bias, or one for a shared bias.' },
	trainableWeights: { kind: 'boolean', default: true, description: 'false keeps the weights fixed in the update.' },
	trainableBiases: { kind: 'boolean', default: true, description: 'false keeps the biases fixed in the update.' },
	regularizer: { kind: 'structure', required: false, description: '{l1, l2}: penalties added to the loss for this layer\'s weights.' },
	biasRegularizer: { kind: 'structure', required: false, description: '{l1, l2}: penalties added to the loss for this layer\'s biases.' },
	activityRegularizer: { kind: 'structure', required: false, description: '{l1, l2}: penalties on this layer\'s outputs, added to each sample\'s loss.' },
	batchNorm: { kind: 'structure', required: false, description: 'true, or {momentum, epsilon, gamma, beta, movingMean, movingVariance}: batch normalisation of a hidden layer\'s net input before its activation.' },
	dropout: { kind: 'structure', required: false, description: 'A rate in [0, 1), or {rate, mask}: inverted dropout on a hidden layer\'s outputs while training; mask rows of 1 (kept) and 0 (dropped) per sample, else drawn from seed.' },
	init: { kind: 'choice', choices: INITIALIZERS, default: null, description: 'How to draw this layer\'s weights (overrides the top-level init).' },
	alphas: { kind: 'structure', required: false, description: 'prelu: the slope of each neuron; rrelu: the slopes drawn for training (default: drawn from seed).' }
} as const satisfies Record<string, Field>;

export const REGULARIZER_FIELDS = {
	l1: { kind: 'number', range: NON_NEGATIVE, default: 0, description: 'L1 strength: adds l1 · Σ|w| to the loss.' },
	l2: { kind: 'number', range: NON_NEGATIVE, default: 0, description: 'L2 strength: adds l2 · Σw² to the loss.' }
} as const satisfies Record<string, Field>;

export const BATCH_NORM_FIELDS = {
	momentum: { kind: 'number', range: UNIT_HALF_OPEN, default: 0.99, description: 'How much of the moving mean and variance is kept at each step (Keras: 0.99).' },
	epsilon: { kind: 'number', range: POSITIVE, default: 1e-3, description: 'Added to the variance before its square root (Keras: 0.001).' },
	gamma: { kind: 'structure', required: false, description: 'The scale of each neuron (trainable; default 1).' },
	beta: { kind: 'structure', required: false, description: 'The shift of each neuron (trainable; default 0).' },
	movingMean: { kind: 'structure', required: false, description: 'The moving mean of each neuron\'s net input (not trained; default 0).' },
	movingVariance: { kind: 'structure', required: false, description: 'The moving variance of each neuron\'s net input (not trained; default 1).' }
} as const satisfies Record<string, Field>;

export const DROPOUT_FIELDS = {
	rate: { kind: 'number', range: UNIT_HALF_OPEN, default: 0, description: 'The fraction of outputs dropped (kept ones are scaled by 1/(1 − rate)).' },
	mask: { kind: 'structure', required: false, description: 'One row of 1 (kept) and 0 (dropped) per neuron: one row for every sample, or a row per sample; default drawn from seed.' }
} as const satisfies Record<string, Field>;

export const ROUNDING_FIELDS = {
	decimals: { kind: 'number', range: { min: 0, max: 10, integer: true }, default: null, description: 'Decimal places after the point.' },
	significant: { kind: 'number', range: { min: 1, max: 15, integer: true }, default: null, description: 'Significant digits.' }
} as const satisfies Record<string, Field>;

export const SAMPLE_FIELDS = {
	input: { kind: 'structure', required: true, description: 'One number per input.' },
	target: { kind: 'structure', required: true, description: 'One number per output, or a class index for sparse_categorical_crossentropy.' }
} as const satisfies Record<string, Field>;

// ---- Activations (docs/maths.md) ----

export type ActivationParam = 'alpha' | 'lower' | 'upper' | 'expression';

export const ACTIVATION_PARAM_FIELDS = {
	alpha: { kind: 'number', range: ANY, default: null, nullable: true, description: 'Slope for x < 0 (leaky_relu, prelu) or scale (elu).' },
	lower: { kind: 'number', range: UNIT, default: 1 / 8, description: 'rrelu: lower end of the range of slopes.' },
	upper: { kind: 'number', range: UNIT, default: 1 / 3, description: 'rrelu: upper end of the range of slopes.' },
	expression: { kind: 'string', maxLength: MAX_EXPRESSION_LENGTH, default: null, description: 'custom: f(x) as an expression in x.' }
} as const satisfies Record<ActivationParam, Field>;

/** The parameters each activation takes, with their defaults (undefined: required). */
export const ACTIVATION_PARAMS: Record<ActivationName, Partial<Record<ActivationParam, number | undefined>>> = {
	linear: {},
	sigmoid: {},
	tanh: {},
	relu: {},
	leaky_relu: { alpha: 0.01 },
	prelu: { alpha: 0.25 },
	elu: { alpha: 1 },
	softplus: {},
	swish: {},
	step: {},
	sign: {},
	rrelu: { lower: 1 / 8, upper: 1 / 3 },
	softmax: {},
	custom: { expression: undefined }
};

export const ACTIVATION_KEYS = ['name', ...(Object.keys(ACTIVATION_PARAM_FIELDS) as ActivationParam[])] as const;

// ---- Optimizers (docs/maths.md; names are Keras 3's in camelCase, defaults are Keras 3's) ----

export type OptimizerParam = Exclude<keyof Optimizer, 'type'>;

export const OPTIMIZER_PARAM_FIELDS = {
	learningRate: { kind: 'number', range: POSITIVE, default: 0.001, description: 'Step size η.' },
	momentum: { kind: 'number', range: UNIT, default: 0, description: 'Momentum (sgd, rmsprop).' },
	nesterov: { kind: 'boolean', default: false, description: 'Nesterov momentum (sgd).' },
	rho: { kind: 'number', range: UNIT, default: 0.9, description: 'Decay of the running averages (adadelta, rmsprop).' },
	epsilon: { kind: 'number', range: POSITIVE, default: 1e-7, description: 'Added to denominators for stability (0 would divide 0 by 0).' },
	beta1: { kind: 'number', range: UNIT_HALF_OPEN, default: 0.9, description: 'Decay of the first-moment average.' },
	beta2: { kind: 'number', range: UNIT_HALF_OPEN, default: 0.999, description: 'Decay of the second-moment average.' },
	initialAccumulatorValue: { kind: 'number', range: NON_NEGATIVE, default: 0.1, description: 'Adagrad\'s accumulator before the first step.' },
	centered: { kind: 'boolean', default: false, description: 'rmsprop: divide by the variance instead of the second moment.' },
	weightDecay: { kind: 'number', range: NON_NEGATIVE, default: 0, description: 'adamw: decoupled weight decay.' },
	learningRatePower: { kind: 'number', range: NON_POSITIVE, default: -0.5, description: 'ftrl: the power p of the accumulator n in the step size η / n^(−p) (≤ 0; 0 keeps η fixed).' },
	l1RegularizationStrength: { kind: 'number', range: NON_NEGATIVE, default: 0, description: 'ftrl: L1 strength λ₁ (weights with |z| ≤ λ₁ become 0).' },
	l2RegularizationStrength: { kind: 'number', range: NON_NEGATIVE, default: 0, description: 'ftrl: L2 stabilisation strength λ₂.' },
	l2ShrinkageRegularizationStrength: { kind: 'number', range: NON_NEGATIVE, default: 0, description: 'ftrl: L2 shrinkage, 2·λ·θ added to the gradient.' },
	beta: { kind: 'number', range: NON_NEGATIVE, default: 0, description: 'ftrl: β of McMahan et al. (added as β / (2η) to λ₂).' },
	beta2Decay: { kind: 'number', range: NON_POSITIVE, default: -0.8, description: 'adafactor: β̂₂ at step t is 1 − t^beta2Decay.' },
	epsilon1: { kind: 'number', range: POSITIVE, default: 1e-30, description: 'adafactor: added to g² (0 would divide 0 by 0).' },
	epsilon2: { kind: 'number', range: NON_NEGATIVE, default: 1e-3, description: 'adafactor: the least scale of a step, max(ε₂, RMS(θ)).' },
	clipThreshold: { kind: 'number', range: POSITIVE, default: 1, description: 'adafactor: d in û = u / max(1, RMS(u) / d).' },
	relativeStep: { kind: 'boolean', default: true, description: 'adafactor: step size min(η, 1/√t).' },
	clipnorm: { kind: 'number', range: POSITIVE, default: null, nullable: true, description: 'Scale each gradient so its norm is at most this.' },
	clipvalue: { kind: 'number', range: POSITIVE, default: null, nullable: true, description: 'Clip each gradient component into [−clipvalue, clipvalue].' }
} as const satisfies Record<OptimizerParam, Field>;

const CLIP = { clipnorm: null, clipvalue: null } as const;
const ADAM = { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7, ...CLIP } as const;

/**
 * The parameters each optimizer takes, with Keras 3's defaults. A parameter it does not take is an
 * error in the file; in the Network it holds the default of OPTIMIZER_PARAM_FIELDS (or the override
 * below), so every Optimizer object is complete.
 */
export const OPTIMIZER_PARAMS: Record<OptimizerName, Partial<Optimizer>> = {
	sgd: { learningRate: 0.01, momentum: 0, nesterov: false, ...CLIP },
	adagrad: { learningRate: 0.001, initialAccumulatorValue: 0.1, epsilon: 1e-7, ...CLIP },
	adadelta: { learningRate: 0.001, rho: 0.95, epsilon: 1e-7, ...CLIP },
	rmsprop: { learningRate: 0.001, rho: 0.9, momentum: 0, epsilon: 1e-7, centered: false, ...CLIP },
	adam: ADAM,
	adamw: { ...ADAM, weightDecay: 0.004 },
	adamax: ADAM,
	nadam: ADAM,
	adafactor: { learningRate: 0.001, beta2Decay: -0.8, epsilon1: 1e-30, epsilon2: 1e-3, clipThreshold: 1, relativeStep: true, ...CLIP },
	ftrl: {
		learningRate: 0.001,
		learningRatePower: -0.5,
		initialAccumulatorValue: 0.1,
		l1RegularizationStrength: 0,
		l2RegularizationStrength: 0,
		l2ShrinkageRegularizationStrength: 0,
		beta: 0,
		...CLIP
	},
	perceptron: { learningRate: 1 }
};

/** docs/network-file.md: a file without an optimizer trains with sgd at learning rate 0.1. */
export const ABSENT_OPTIMIZER: Partial<Optimizer> & { type: OptimizerName } = { type: 'sgd', learningRate: 0.1 };

/** The complete Optimizer for `type` with the given parameters over the defaults. */
export function optimizerDefaults(type: OptimizerName): Optimizer {
	const out = { type } as Record<string, unknown>;
	for (const [key, field] of Object.entries(OPTIMIZER_PARAM_FIELDS)) out[key] = field.default;
	return { ...(out as unknown as Optimizer), ...OPTIMIZER_PARAMS[type], type };
}

export const OPTIMIZER_KEYS = ['type', ...(Object.keys(OPTIMIZER_PARAM_FIELDS) as OptimizerParam[])] as const;

