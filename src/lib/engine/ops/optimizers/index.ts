// The optimizers by name.

import type { OptimizerName } from '../../spec/types';
import { adadelta } from './adadelta';
import { adafactor } from './adafactor';
import { adagrad } from './adagrad';
import { adam, adamw } from './adam';
import { adamax } from './adamax';
import type { KerasOptimizerOp } from './common';
import { ftrl } from './ftrl';
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
	adafactor,
	ftrl,
	perceptron
};
