// The vectorised optimizers by name.

import type { OptimizerName } from '../../engine/spec/types';
import { adadelta } from './adadelta';
import { adafactor } from './adafactor';
import { adagrad } from './adagrad';
import { adam, adamw } from './adam';
import { adamax } from './adamax';
import { ftrl } from './ftrl';
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
	adafactor,
	ftrl,
	perceptron
};

export type { VectorOptimizer } from './types';
