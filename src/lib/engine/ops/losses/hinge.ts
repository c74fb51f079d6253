// hinge: E = (1/n) Σ_k max(0, 1 − y_k a_k), targets in {−1, 1};
// ∂E/∂a_k = −y_k/n where 1 − y_k a_k > 0, else 0.

import type { LossOp } from '../types';
import { mul } from '../tex';

export const hinge: LossOp = {
	name: 'hinge',
	value: (a, y) => a.reduce((s, ak, k) => s + Math.max(0, 1 - y[k] * ak), 0) / a.length,
	grad: (a, y) => a.map((ak, k) => (1 - y[k] * ak > 0 ? -y[k] / a.length : 0)),
	tex: {
		value: (a, y) => `\\tfrac{1}{${a.length}}\\left[${a.map((ak, k) => `\\max(0, 1 - ${mul(y[k], ak)})`).join(' + ')}\\right]`,
		grad: (a, y, n, aValue, yValue) => (1 - yValue * aValue > 0 ? `-${mul(`\\tfrac{1}{${n}}`, y)}` : '0'),
		definition: 'E = \\tfrac{1}{n} \\sum_k \\max(0, 1 - y_k a_k)'
	}
};
