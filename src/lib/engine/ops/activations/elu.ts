// elu: f(x) = x for x > 0, α(e^x − 1) for x ≤ 0 (α default 1, Keras);
// f′(x) = 1 for x > 0, αe^x for x ≤ 0 (so f′(0) = α, as Keras's where(x > 0, …) gives).

import type { ActivationOp } from '../types';
import { isNumber, mul } from '../tex';

export const ELU_ALPHA = 1;

export const elu: ActivationOp = {
	name: 'elu',
	f: (x, act, alpha) => (x > 0 ? x : (alpha ?? act.alpha ?? ELU_ALPHA) * Math.expm1(x)),
	df: (x, _a, act, alpha) => (x > 0 ? 1 : (alpha ?? act.alpha ?? ELU_ALPHA) * Math.exp(x)),
	tex: {
		definition: () =>
			'\\mathrm{ELU}(x) = \\begin{cases} x & x > 0 \\\\ \\alpha(e^{x} - 1) & x \\le 0 \\end{cases}',
		derivativeDefinition: () =>
			"\\mathrm{ELU}'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}",
		apply: (arg, _act, alpha) => {
			if (isNumber(arg) && parseFloat(arg) > 0) return arg;
			if (isNumber(arg)) return mul(alpha ?? '\\alpha', `(e^{${arg}} - 1)`);
			return `\\mathrm{ELU}(${arg})`;
		},
		derivative: (z, _a, _act, x, alpha) => (x > 0 ? '1' : mul(alpha ?? '\\alpha', `e^{${z}}`))
	}
};
