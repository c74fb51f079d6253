// half_sse: E = ½ Σ_k (y_k − a_k)², the course's hand calculation; ∂E/∂a_k = a_k − y_k.

import type { LossOp } from '../types';
import { residual, squaredTerm } from './squared';

export const halfSse: LossOp = {
	name: 'half_sse',
	value: (a, y) => a.reduce((s, ak, k) => s + 0.5 * (y[k] - ak) ** 2, 0),
	grad: (a, y) => a.map((ak, k) => ak - y[k]),
	tex: {
		value: (a, y) => a.map((ak, k) => `\\tfrac{1}{2}${squaredTerm(ak, y[k])}`).join(' + '),
		grad: (a, y) => residual(a, y),
		definition: 'E = \\tfrac{1}{2} \\sum_k (y_k - a_k)^2'
	}
};
