// mse: E = (1/n) Σ_k (y_k − a_k)², n the number of outputs; ∂E/∂a_k = (2/n)(a_k − y_k).

import type { LossOp } from '../types';
import { residual, squaredTerm } from './squared';

export const mse: LossOp = {
	name: 'mse',
	value: (a, y) => a.reduce((s, ak, k) => s + (y[k] - ak) ** 2, 0) / a.length,
	grad: (a, y) => a.map((ak, k) => (2 / a.length) * (ak - y[k])),
	tex: {
		value: (a, y) => `\\tfrac{1}{${a.length}}\\left[${a.map((ak, k) => squaredTerm(ak, y[k])).join(' + ')}\\right]`,
		grad: (a, y, n) => `\\tfrac{2}{${n}}(${residual(a, y)})`,
		definition: 'E = \\tfrac{1}{n} \\sum_k (y_k - a_k)^2'
	}
};
