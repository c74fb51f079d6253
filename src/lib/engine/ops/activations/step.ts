// step (the perceptron's threshold): 1 for x ≥ 0, 0 for x < 0. Its derivative is taken as 0
// (docs/maths.md): it cannot be trained by gradients; the perceptron rule is offered instead.

import type { ActivationOp } from '../types';

export const step: ActivationOp = {
	name: 'step',
	f: (x) => (x >= 0 ? 1 : 0),
	df: () => 0,
	tex: {
		definition: () => '\\operatorname{step}(x) = \\begin{cases} 1 & x \\ge 0 \\\\ 0 & x < 0 \\end{cases}',
		derivativeDefinition: () => "\\operatorname{step}'(x) = 0",
		apply: (arg) => `\\operatorname{step}(${arg})`,
		derivative: () => '0'
	}
};
