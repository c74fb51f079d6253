// prelu: leaky_relu with a trainable slope α per neuron (id alpha[l][j], initial value 0.25).
// ∂f/∂α = x for x < 0 and 0 for x ≥ 0, the local derivative the backward pass needs for α.

import { factor } from '../tex';
import type { ActivationOp } from '../types';
import { resolveAlpha, slopeApply, slopeDefinition, slopeDerivative, slopeDerivativeDefinition, slopeDf, slopeF } from './slope';

export const PRELU_ALPHA = 0.25;

export const prelu: ActivationOp = {
	name: 'prelu',
	f: (x, act, alpha) => slopeF(x, resolveAlpha(act, alpha, PRELU_ALPHA)),
	df: (x, _a, act, alpha) => slopeDf(x, resolveAlpha(act, alpha, PRELU_ALPHA)),
	dAlpha: (x) => (x < 0 ? x : 0),
	tex: {
		definition: () => slopeDefinition('PReLU'),
		derivativeDefinition: () => slopeDerivativeDefinition('PReLU'),
		apply: (arg, act, alpha) => slopeApply(arg, alpha, resolveAlpha(act, undefined, PRELU_ALPHA)),
		derivative: (_z, _a, _act, x, alpha) => slopeDerivative(x, alpha)
	}
};

/** ∂f/∂α written out: `z` for x < 0, `0` otherwise. */
export function preluDAlphaTex(z: string, x: number): string {
	return x < 0 ? factor(z) : '0';
}
