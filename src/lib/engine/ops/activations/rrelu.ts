// rrelu: f(x) = x for x ≥ 0, αx for x < 0, with α per neuron given by the caller: drawn uniformly
// from [lower, upper] while training, their mean (lower + upper)/2 at test time. Default [1/8, 1/3].

import type { Activation } from '../../spec/types';
import type { ActivationOp } from '../types';
import { slopeApply, slopeDefinition, slopeDerivative, slopeDerivativeDefinition, slopeDf, slopeF } from './slope';

export const RRELU_LOWER = 1 / 8;
export const RRELU_UPPER = 1 / 3;

export function rreluRange(act: Activation): [number, number] {
	return [act.lower ?? RRELU_LOWER, act.upper ?? RRELU_UPPER];
}

/** The test-time slope: the mean of the range. */
export function rreluTestAlpha(act: Activation): number {
	const [lower, upper] = rreluRange(act);
	return (lower + upper) / 2;
}

export const rrelu: ActivationOp = {
	name: 'rrelu',
	f: (x, act, alpha) => slopeF(x, alpha ?? rreluTestAlpha(act)),
	df: (x, _a, act, alpha) => slopeDf(x, alpha ?? rreluTestAlpha(act)),
	tex: {
		definition: () =>
			`${slopeDefinition('RReLU')}, \\quad \\alpha \\sim U(l, u)`,
		derivativeDefinition: () => slopeDerivativeDefinition('RReLU'),
		apply: (arg, act, alpha) => slopeApply(arg, alpha, rreluRange(act)[1]),
		derivative: (_z, _a, _act, x, alpha) => slopeDerivative(x, alpha)
	}
};
