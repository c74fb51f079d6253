// leaky_relu: f(x) = x for x ≥ 0, αx for x < 0 (α default 0.01); f′(0) = 1 (docs/maths.md).

import type { ActivationOp } from '../types';
import { resolveAlpha, slopeApply, slopeDefinition, slopeDerivative, slopeDerivativeDefinition, slopeDf, slopeF } from './slope';

export const LEAKY_RELU_ALPHA = 0.01;

export const leakyRelu: ActivationOp = {
	name: 'leaky_relu',
	f: (x, act, alpha) => slopeF(x, resolveAlpha(act, alpha, LEAKY_RELU_ALPHA)),
	df: (x, _a, act, alpha) => slopeDf(x, resolveAlpha(act, alpha, LEAKY_RELU_ALPHA)),
	tex: {
		definition: () => slopeDefinition('LeakyReLU'),
		derivativeDefinition: () => slopeDerivativeDefinition('LeakyReLU'),
		apply: (arg, act, alpha) => slopeApply(arg, alpha, resolveAlpha(act, undefined, LEAKY_RELU_ALPHA)),
		derivative: (_z, _a, _act, x, alpha) => slopeDerivative(x, alpha)
	}
};
