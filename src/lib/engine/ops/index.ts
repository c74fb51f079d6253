// The ops registries: every activation, loss and optimizer by name, and lists for the UIs.

import { ACTIVATIONS, LOSSES, OPTIMIZERS, type ActivationName, type LossName, type OptimizerName } from '../spec/types';
import { ACTIVATION_OPS } from './activations';
import { LOSS_OPS } from './losses';
import { OPTIMIZER_OPS } from './optimizers';
import type { KerasOptimizerOp } from './optimizers/common';
import type { ActivationOp, LossOp } from './types';

function lookup<K extends string, V>(table: Readonly<Record<K, V>>, kind: string, name: K): V {
	if (!Object.hasOwn(table, name)) throw new Error(`no ${kind} named "${name}" (the validator should have refused it)`);
	return table[name];
}

export function activationOp(name: ActivationName): ActivationOp {
	return lookup(ACTIVATION_OPS, 'activation', name);
}

export function lossOp(name: LossName): LossOp {
	return lookup(LOSS_OPS, 'loss', name);
}

export function optimizerOp(name: OptimizerName): KerasOptimizerOp {
	return lookup(OPTIMIZER_OPS, 'optimizer', name);
}

/** Names for pickers, in the order of docs/maths.md. */
export const ACTIVATION_NAMES: readonly ActivationName[] = ACTIVATIONS;
export const LOSS_NAMES: readonly LossName[] = LOSSES;
export const OPTIMIZER_NAMES: readonly OptimizerName[] = OPTIMIZERS;
/** Activations a hidden layer may use (softmax is output-only). */
export const HIDDEN_ACTIVATION_NAMES: readonly ActivationName[] = ACTIVATIONS.filter((a) => a !== 'softmax');

export { ACTIVATION_OPS, LOSS_OPS, OPTIMIZER_OPS };
export { combinesWithSoftmax } from './losses';
export { sparseValueTex } from './losses/sparse_categorical_crossentropy';
export { EPSILON as PROBABILITY_EPSILON } from './losses/clip';
export { softmax, softmaxBackward, softmaxTex } from './activations/softmax';
export {
	compileCustom,
	CustomDomainError,
	CustomNotPreparedError,
	CUSTOM_FUNCTIONS,
	CUSTOM_CONSTANTS,
	customCompilerLoaded,
	loadCustomCompiler,
	mentionsCustom,
	prepareCustomActivations,
	type CompiledCustom
} from './activations/custom-compiler';
export { logistic } from './activations/sigmoid';
export { rreluRange, rreluTestAlpha, RRELU_LOWER, RRELU_UPPER } from './activations/rrelu';
export { PRELU_ALPHA, preluDAlphaTex } from './activations/prelu';
export { LEAKY_RELU_ALPHA } from './activations/leaky_relu';
export { ELU_ALPHA } from './activations/elu';
export { numericSymbols, COMMON_SYMBOLS, type KerasOptimizerOp } from './optimizers/common';
export { perceptronGradTex } from './optimizers/perceptron';
export type { ActivationOp, LossOp, OptimizerOp, OptimizerState, OptimizerStep } from './types';
