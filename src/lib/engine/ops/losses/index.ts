// The losses by name, and which of them pair with softmax into δ = a − y (docs/maths.md).

import type { LossName } from '../../spec/types';
import type { LossOp } from '../types';
import { binaryCrossentropy } from './binary_crossentropy';
import { categoricalCrossentropy } from './categorical_crossentropy';
import { halfSse } from './half_sse';
import { hinge } from './hinge';
import { mae } from './mae';
import { mse } from './mse';
import { sparseCategoricalCrossentropy } from './sparse_categorical_crossentropy';
import { sse } from './sse';

export const LOSS_OPS: Readonly<Record<LossName, LossOp>> = {
	half_sse: halfSse,
	sse,
	mse,
	mae,
	binary_crossentropy: binaryCrossentropy,
	categorical_crossentropy: categoricalCrossentropy,
	sparse_categorical_crossentropy: sparseCategoricalCrossentropy,
	hinge
};

/**
 * True for the losses whose gradient through a softmax output layer collapses to δ_j = a_j − y_j
 * (categorical and sparse categorical cross-entropy, with Σ_k y_k = 1):
 * δ_j = a_j(−y_j/a_j + Σ_k y_k) = a_j − y_j.
 */
export function combinesWithSoftmax(loss: LossName): boolean {
	return loss === 'categorical_crossentropy' || loss === 'sparse_categorical_crossentropy';
}
