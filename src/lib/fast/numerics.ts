// Numerical trouble as a typed result: the first NaN or infinity, where it appeared (step, layer,
// quantity), so that training stops at once instead of drawing a NaN curve.

import type { FloatArray } from './kernels/types';

export type Quantity = 'z' | 'a' | 'E' | 'dE/dW' | 'dE/db' | 'dE/dalpha' | 'dE/dgamma' | 'dE/dbeta' | 'W' | 'b' | 'alpha' | 'gamma' | 'beta';

export interface NumericalTrouble {
	kind: 'numerical';
	/** 1-based training step. */
	step: number;
	/** layer number (1 = first layer after the input); null for the loss. */
	layer: number | null;
	quantity: Quantity;
	value: number;
	message: string;
}

/** The first non-finite entry of a[0..n), or null. */
export function firstNonFinite(a: FloatArray, n = a.length): number | null {
	for (let i = 0; i < n; i++) {
		const x = a[i];
		// x − x is 0 for finite x and NaN for NaN and ±∞: one test for both.
		if (x - x !== 0) return x;
	}
	return null;
}

const WHAT: Record<Quantity, string> = {
	z: 'overflow in the forward pass',
	a: 'overflow in the forward pass',
	E: 'the loss is not a number',
	'dE/dW': 'exploding gradients',
	'dE/db': 'exploding gradients',
	'dE/dalpha': 'exploding gradients',
	'dE/dgamma': 'exploding gradients',
	'dE/dbeta': 'exploding gradients',
	W: 'diverging weights',
	b: 'diverging weights',
	alpha: 'diverging weights',
	gamma: 'diverging weights',
	beta: 'diverging weights'
};

export function trouble(step: number, layer: number | null, quantity: Quantity, value: number): NumericalTrouble {
	const shown = Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
	const where = layer === null ? quantity : `${quantity} of layer ${layer}`;
	return { kind: 'numerical', step, layer, quantity, value, message: `${WHAT[quantity]}: ${where} became ${shown} at step ${step}` };
}
