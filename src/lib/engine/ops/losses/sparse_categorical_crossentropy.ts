// sparse_categorical_crossentropy: E = −ln a_c for the class index c. The target arrives expanded to
// one-hot, so this is categorical cross-entropy with y = e_c: the same value and ∂E/∂a_k = −y_k/a_k.

import type { LossOp } from '../types';
import { isNumber } from '../tex';
import { crossEntropyGrad, crossEntropyGradTex, crossEntropyValue, crossEntropyValueTex } from './categorical_crossentropy';

/** `-\ln(O_c)`: the loss written for the class's own output. */
export function sparseValueTex(aOfClass: string): string {
	return `-\\ln(${aOfClass})`;
}

export const sparseCategoricalCrossentropy: LossOp = {
	name: 'sparse_categorical_crossentropy',
	value: crossEntropyValue,
	grad: crossEntropyGrad,
	tex: {
		value: (a, y) => {
			// with numbers the one-hot target picks its class: −ln a_c
			if (y.every(isNumber)) {
				const ones = y.map(Number).flatMap((v, k) => (v === 1 ? [k] : []));
				if (ones.length === 1 && y.every((v, k) => k === ones[0] || Number(v) === 0)) return sparseValueTex(a[ones[0]]);
			}
			return crossEntropyValueTex(a, y);
		},
		grad: (a, y, _n, aValue) => crossEntropyGradTex(a, y, aValue),
		definition: 'E = -\\ln a_c'
	}
};
