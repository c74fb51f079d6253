// Keras 3's default parameters per optimizer (SPEC §6), for compact configs that name only a type.

import type { Optimizer, OptimizerName } from '../engine/spec/types';

const LEARNING_RATE: Record<OptimizerName, number> = {
	sgd: 0.01,
	adagrad: 0.001,
	adadelta: 0.001,
	rmsprop: 0.001,
	adam: 0.001,
	adamw: 0.001,
	adamax: 0.001,
	nadam: 0.001,
	perceptron: 1
};

export function optimizerWithDefaults(partial: Partial<Optimizer> & { type: OptimizerName }): Optimizer {
	return {
		learningRate: LEARNING_RATE[partial.type],
		momentum: 0,
		nesterov: false,
		rho: partial.type === 'adadelta' ? 0.95 : 0.9,
		epsilon: 1e-7,
		beta1: 0.9,
		beta2: 0.999,
		initialAccumulatorValue: 0.1,
		centered: false,
		weightDecay: partial.type === 'adamw' ? 0.004 : 0,
		clipnorm: null,
		clipvalue: null,
		...partial
	};
}
