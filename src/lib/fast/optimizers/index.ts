// The vectorised optimizers by name.

import type { OptimizerName } from '../../engine/spec/types';
import { adadelta } from './adadelta';
import { adagrad } from './adagrad';
import { adam, adamw } from './adam';
import { adamax } from './adamax';
import { nadam } from './nadam';
import { perceptron } from './perceptron';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';
import type { VectorOptimizer } from './types';

export const VECTOR_OPTIMIZERS: Record<OptimizerName, VectorOptimizer> = {
	sgd,
	adagrad,
	adadelta,
	rmsprop,
	adam,
	adamw,
	adamax,
	nadam,
	perceptron
};

export type { VectorOptimizer } from './types';
