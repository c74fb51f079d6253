// binary_crossentropy: E = −(1/n) Σ_k [y_k ln a_k + (1 − y_k) ln(1 − a_k)], a clipped into [ε, 1 − ε];
// ∂E/∂a_k = (1/n) [−y_k/a_k + (1 − y_k)/(1 − a_k)] inside the clip, 0 outside.

import type { LossOp } from '../types';
import { frac, minus, mul } from '../tex';
import { clipProb, insideClip } from './clip';

export const binaryCrossentropy: LossOp = {
	name: 'binary_crossentropy',
	value: (a, y) =>
		-a.reduce((s, ak, k) => {
			const p = clipProb(ak);
			return s + y[k] * Math.log(p) + (1 - y[k]) * Math.log(1 - p);
		}, 0) / a.length,
	grad: (a, y) => a.map((ak, k) => (insideClip(ak) ? (-y[k] / ak + (1 - y[k]) / (1 - ak)) / a.length : 0)),
	tex: {
		value: (a, y) => {
			const terms = a.map((ak, k) => `${mul(y[k], `\\ln(${ak})`)} + ${mul(`(${minus('1', y[k])})`, `\\ln(${minus('1', ak)})`)}`);
			return `-\\tfrac{1}{${a.length}}\\left[${terms.join(' + ')}\\right]`;
		},
		grad: (a, y, n, aValue) =>
			insideClip(aValue) ? `\\tfrac{1}{${n}}\\left(-${frac(y, a)} + ${frac(minus('1', y), minus('1', a))}\\right)` : '0',
		definition: 'E = -\\tfrac{1}{n} \\sum_k \\left[y_k \\ln a_k + (1 - y_k) \\ln(1 - a_k)\\right]'
	}
};
