// softmax, vector-valued and for the output layer only:
//   a_j = e^{z_j} / Σ_k e^{z_k}  (computed as e^{z_j − max z} / Σ_k e^{z_k − max z}, which cannot overflow),
// and its Jacobian-vector product, the backward rule
//   δ_j = ∂E/∂z_j = Σ_k ∂E/∂a_k · a_k(1[k=j] − a_j) = a_j (∂E/∂a_j − Σ_k ∂E/∂a_k a_k).
// With categorical or sparse categorical cross-entropy the product collapses to δ_j = a_j − y_j
// (see combinesWithSoftmax in ../losses).

import type { ActivationOp } from '../types';
import { minus, mul, paren, sum } from '../tex';

export function softmax(z: number[]): number[] {
	const m = Math.max(...z);
	const e = z.map((v) => Math.exp(v - m));
	const s = e.reduce((p, v) => p + v, 0);
	return e.map((v) => v / s);
}

/** δ = J_softmax(z)ᵀ · dE/da, written from the outputs a: δ_j = a_j (dE/da_j − Σ_k dE/da_k a_k). */
export function softmaxBackward(a: number[], dEda: number[]): number[] {
	const dot = a.reduce((p, ak, k) => p + ak * dEda[k], 0);
	return a.map((aj, j) => aj * (dEda[j] - dot));
}

/** The softmax TeX faces that need the whole layer. */
export const softmaxTex = {
	definition: '\\mathrm{softmax}(z)_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}',
	derivativeDefinition:
		'\\frac{\\partial a_j}{\\partial z_i} = a_j(\\delta_{ij} - a_i), \\quad ' +
		'\\delta_j = a_j\\left(\\frac{\\partial E}{\\partial a_j} - \\sum_k \\frac{\\partial E}{\\partial a_k} a_k\\right)',
	/** a_j applied: `\frac{e^{z_1}}{e^{z_1} + e^{z_2}}`, or with numbers `\frac{e^{0.25}}{e^{0.25} + e^{-0.3}}`. */
	apply(j: number, z: string[]): string {
		return `\\frac{e^{${z[j]}}}{${z.map((zk) => `e^{${zk}}`).join(' + ')}}`;
	},
	/** δ_j written out: `O_1\left(g_1 - (g_1 O_1 + g_2 O_2)\right)` with g the dE/da strings. */
	backward(j: number, a: string[], dEda: string[]): string {
		const dot = sum(a.map((ak, k) => mul(dEda[k], ak)));
		return mul(a[j], `\\left(${dEda[j]} - (${dot})\\right)`);
	},
	/** δ_j for softmax with (sparse) categorical cross-entropy: `O_1 - y_1`. */
	crossEntropyDelta(a: string, y: string): string {
		return minus(a, y);
	}
};

function notElementwise(): never {
	throw new Error(
		'softmax is vector-valued: use softmax() and softmaxBackward(), not the elementwise ActivationOp'
	);
}

/**
 * The registry entry. Softmax has no scalar f or f′: calling them is a bug in the caller, so they
 * throw. The TeX definitions and `apply` (as `\mathrm{softmax}(z)_j` notation) work.
 */
export const softmaxOp: ActivationOp = {
	name: 'softmax',
	f: notElementwise,
	df: notElementwise,
	tex: {
		definition: () => softmaxTex.definition,
		derivativeDefinition: () => softmaxTex.derivativeDefinition,
		apply: (arg) => `\\mathrm{softmax}(${paren(arg)})`,
		derivative: notElementwise
	}
};
