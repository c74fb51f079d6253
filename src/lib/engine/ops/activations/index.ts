// The activations by name.

import type { ActivationName } from '../../spec/types';
import type { ActivationOp } from '../types';
import { custom } from './custom';
import { elu } from './elu';
import { leakyRelu } from './leaky_relu';
import { linear } from './linear';
import { prelu } from './prelu';
import { relu } from './relu';
import { rrelu } from './rrelu';
import { sigmoid } from './sigmoid';
import { sign } from './sign';
import { softmaxOp } from './softmax';
import { softplus } from './softplus';
import { step } from './step';
import { swish } from './swish';
import { tanh } from './tanh';

export const ACTIVATION_OPS: Readonly<Record<ActivationName, ActivationOp>> = {
	linear,
	sigmoid,
	tanh,
	relu,
	leaky_relu: leakyRelu,
	prelu,
	elu,
	softplus,
	swish,
	step,
	sign,
	rrelu,
	softmax: softmaxOp,
	custom
};
