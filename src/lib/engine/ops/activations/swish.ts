// swish (Keras's silu): f(x) = x σ(x); f′(x) = σ(x) + x σ(x)(1 − σ(x)) = σ(x) + a(1 − σ(x)).

import type { ActivationOp } from '../types';
import { factor, mul } from '../tex';
import { logistic } from './sigmoid';

export const swish: ActivationOp = {
	name: 'swish',
	f: (x) => x * logistic(x),
	df: (x) => {
		const s = logistic(x);
		return s + x * s * (1 - s);
	},
	tex: {
		definition: () => '\\mathrm{swish}(x) = x \\, \\sigma(x)',
		derivativeDefinition: () => "\\mathrm{swish}'(x) = \\sigma(x) + \\mathrm{swish}(x)(1 - \\sigma(x))",
		apply: (arg) => mul(arg, `\\sigma(${arg})`),
		derivative: (z, a) => factor(`\\sigma(${z}) + ${mul(a, `(1 - \\sigma(${z}))`)}`)
	}
};
