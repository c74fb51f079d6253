// mae: E = (1/n) Σ_k |y_k − a_k|; ∂E/∂a_k = sign(a_k − y_k)/n, taken as 0 at a_k = y_k.

import type { LossOp } from '../types';
import { minus } from '../tex';

export const mae: LossOp = {
	name: 'mae',
	value: (a, y) => a.reduce((s, ak, k) => s + Math.abs(y[k] - ak), 0) / a.length,
	grad: (a, y) => a.map((ak, k) => Math.sign(ak - y[k]) / a.length),
	tex: {
		value: (a, y) => `\\tfrac{1}{${a.length}}\\left(${a.map((ak, k) => `\\left|${minus(y[k], ak)}\\right|`).join(' + ')}\\right)`,
		grad: (a, y, n) => `\\tfrac{1}{${n}}\\operatorname{sign}(${minus(a, y)})`,
		definition: 'E = \\tfrac{1}{n} \\sum_k |y_k - a_k|'
	}
};
