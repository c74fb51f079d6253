// sigmoid: σ(x) = 1 / (1 + e^{−x}), σ′(x) = σ(x)(1 − σ(x)), written from the output a = σ(x).

import type { ActivationOp } from '../types';
import { minus, mul } from '../tex';

/** σ(x), computed without overflow: for x < 0 as e^x / (1 + e^x). */
export function logistic(x: number): number {
	if (x >= 0) return 1 / (1 + Math.exp(-x));
	const e = Math.exp(x);
	return e / (1 + e);
}

export const sigmoid: ActivationOp = {
	name: 'sigmoid',
	f: (x) => logistic(x),
	df: (_x, a) => a * (1 - a),
	tex: {
		definition: () => '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
		derivativeDefinition: () => "\\sigma'(x) = \\sigma(x)(1 - \\sigma(x))",
		apply: (arg) => `\\sigma(${arg})`,
		derivative: (_z, a) => mul(a, `(${minus('1', a)})`)
	}
};
