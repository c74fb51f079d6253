// sse: E = Σ_k (y_k − a_k)²; ∂E/∂a_k = 2(a_k − y_k).

import type { LossOp } from '../types';
import { residual, squaredTerm } from './squared';

export const sse: LossOp = {
	name: 'sse',
	value: (a, y) => a.reduce((s, ak, k) => s + (y[k] - ak) ** 2, 0),
	grad: (a, y) => a.map((ak, k) => 2 * (ak - y[k])),
	tex: {
		value: (a, y) => a.map((ak, k) => squaredTerm(ak, y[k])).join(' + '),
		grad: (a, y) => `2(${residual(a, y)})`,
		definition: 'E = \\sum_k (y_k - a_k)^2'
	}
};
