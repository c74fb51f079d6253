// softplus: f(x) = ln(1 + e^x), f′(x) = 1 / (1 + e^{−x}) = σ(x).

import type { ActivationOp } from '../types';
import { paren } from '../tex';
import { logistic } from './sigmoid';

/** ln(1 + e^x) without overflow: x + ln(1 + e^{−x}) for x > 0. */
export function softplusValue(x: number): number {
	return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export const softplus: ActivationOp = {
	name: 'softplus',
	f: (x) => softplusValue(x),
	df: (x) => logistic(x),
	tex: {
		definition: () => '\\mathrm{softplus}(x) = \\ln(1 + e^{x})',
		derivativeDefinition: () => "\\mathrm{softplus}'(x) = \\frac{1}{1 + e^{-x}}",
		apply: (arg) => `\\ln(1 + e^{${arg}})`,
		derivative: (z) => `\\frac{1}{1 + e^{-${paren(z)}}}`
	}
};
