// tanh: f(x) = (e^x − e^{−x}) / (e^x + e^{−x}), f′(x) = 1 − tanh²(x), written from the output a
// and parenthesised, so that it stands as one factor of the chain rule.

import type { ActivationOp } from '../types';
import { factor, pow } from '../tex';

export const tanh: ActivationOp = {
	name: 'tanh',
	f: (x) => Math.tanh(x),
	df: (_x, a) => 1 - a * a,
	tex: {
		definition: () => '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
		derivativeDefinition: () => "\\tanh'(x) = 1 - \\tanh^2(x)",
		apply: (arg) => `\\tanh(${arg})`,
		derivative: (_z, a) => factor(`1 - ${pow(a, '2')}`)
	}
};
