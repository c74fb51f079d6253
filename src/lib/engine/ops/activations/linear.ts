// linear: f(x) = x, f′(x) = 1.

import type { ActivationOp } from '../types';

export const linear: ActivationOp = {
	name: 'linear',
	f: (x) => x,
	df: () => 1,
	tex: {
		definition: () => 'f(x) = x',
		derivativeDefinition: () => "f'(x) = 1",
		apply: (arg) => arg,
		derivative: () => '1'
	}
};
