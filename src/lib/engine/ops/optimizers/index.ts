// The optimizers by name.

import type { OptimizerName } from '../../spec/types';
import { adadelta } from './adadelta';
import { adagrad } from './adagrad';
import { adam, adamw } from './adam';
import { adamax } from './adamax';
import type { KerasOptimizerOp } from './common';
import { nadam } from './nadam';
import { perceptron } from './perceptron';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';

export const OPTIMIZER_OPS: Readonly<Record<OptimizerName, KerasOptimizerOp>> = {
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
