// sign, as numpy's np.sign: 1 for x > 0, −1 for x < 0, 0 at 0. Derivative taken as 0 (docs/maths.md).

import type { ActivationOp } from '../types';

export const sign: ActivationOp = {
	name: 'sign',
	f: (x) => (x > 0 ? 1 : x < 0 ? -1 : 0),
	df: () => 0,
	tex: {
		definition: () =>
			'\\operatorname{sign}(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x = 0 \\\\ -1 & x < 0 \\end{cases}',
		derivativeDefinition: () => "\\operatorname{sign}'(x) = 0",
		apply: (arg) => `\\operatorname{sign}(${arg})`,
		derivative: () => '0'
	}
};
