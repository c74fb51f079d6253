// The perceptron rule of the course (docs/maths.md), for step/sign outputs:
//   w ← w + η · mean_k (y_k − ŷ_k) x_k,  the bias being a weight on a constant input 1.
// To share the gradient-descent shape θ' = θ − η g with the other optimizers, the caller passes
//   g = −mean_k (y_k − ŷ_k) x_k
// (the "gradient" of the rule, not of the loss: step/sign have derivative 0). Then θ' = θ − η g is
// exactly the rule. No state, no weight decay.

import { minus, mul } from '../tex';
import { COMMON_SYMBOLS, commonParams, type KerasOptimizerOp } from './common';

export const perceptron: KerasOptimizerOp = {
	name: 'perceptron',
	init: () => ({}),
	update: (theta, g, _state, _t, opt) => ({ theta: theta - opt.learningRate * g, state: {}, terms: {} }),
	tex: (sym) => [`${sym.theta_new} = ${minus(sym.theta, mul(sym.eta, sym.g))}`],
	symbols: () => ({ ...COMMON_SYMBOLS }),
	params: commonParams
};

/** The rule's g written out for one weight: `-\tfrac{1}{N}\left[(y^{(1)} - \hat y^{(1)}) x^{(1)} + …\right]`. */
export function perceptronGradTex(samples: { y: string; yHat: string; x: string }[]): string {
	const terms = samples.map((s) => mul(`(${minus(s.y, s.yHat)})`, s.x));
	return `-\\tfrac{1}{${samples.length}}\\left[${terms.join(' + ')}\\right]`;
}
