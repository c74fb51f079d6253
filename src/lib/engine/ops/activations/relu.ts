// relu: f(x) = max(0, x), f′(x) = 1 for x > 0 and 0 for x ≤ 0 (docs/maths.md: relu′(0) = 0, as Keras).

import type { ActivationOp } from '../types';

export const relu: ActivationOp = {
	name: 'relu',
	f: (x) => (x > 0 ? x : 0),
	df: (x) => (x > 0 ? 1 : 0),
	tex: {
		definition: () => '\\mathrm{ReLU}(x) = \\max(0, x)',
		derivativeDefinition: () =>
			"\\mathrm{ReLU}'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}",
		apply: (arg) => `\\max(0, ${arg})`,
		derivative: (_z, _a, _act, x) => (x > 0 ? '1' : '0')
	}
};
