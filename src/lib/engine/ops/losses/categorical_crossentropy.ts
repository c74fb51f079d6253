// categorical_crossentropy: E = −Σ_k y_k ln a_k (one-hot or soft targets), a clipped into [ε, 1 − ε];
// ∂E/∂a_k = −y_k / a_k inside the clip, 0 outside. After softmax the pair gives δ = a − y.

import type { LossOp } from '../types';
import { frac, mul } from '../tex';
import { clipProb, insideClip } from './clip';

export function crossEntropyValue(a: number[], y: number[]): number {
	return -a.reduce((s, ak, k) => s + y[k] * Math.log(clipProb(ak)), 0);
}

export function crossEntropyGrad(a: number[], y: number[]): number[] {
	return a.map((ak, k) => (insideClip(ak) && y[k] !== 0 ? -y[k] / ak : 0));
}

export function crossEntropyValueTex(a: string[], y: string[]): string {
	return `-\\left(${a.map((ak, k) => mul(y[k], `\\ln(${ak})`)).join(' + ')}\\right)`;
}

export function crossEntropyGradTex(a: string, y: string, aValue: number): string {
	return insideClip(aValue) ? `-${frac(y, a)}` : '0';
}

export const categoricalCrossentropy: LossOp = {
	name: 'categorical_crossentropy',
	value: crossEntropyValue,
	grad: crossEntropyGrad,
	tex: {
		value: crossEntropyValueTex,
		grad: (a, y, _n, aValue) => crossEntropyGradTex(a, y, aValue),
		definition: 'E = -\\sum_k y_k \\ln a_k'
	}
};
