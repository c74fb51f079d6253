// Keras 3 Nadam, with its momentum schedule μ_t = β₁ (1 − ½ · 0.96^t) (Keras 3; Keras 2 had 0.96^(0.004 t)) and Π_t = μ_1 ⋯ μ_t:
//   m ← m + (g − m)(1 − β₁),  v ← v + (g² − v)(1 − β₂),
//   m̂ = μ_{t+1} m / (1 − Π_t μ_{t+1}) + (1 − μ_t) g / (1 − Π_t),  v̂ = v / (1 − β₂ᵗ),
//   θ ← θ − η m̂ / (√v̂ + ε).

import type { VectorOptimizer } from './types';

export const nadamMomentum = (beta1: number, t: number) => beta1 * (1 - 0.5 * Math.pow(0.96, t));

/** Π_t = μ_1 ⋯ μ_t, remembered so that consecutive steps cost one multiplication. */
let memo = { beta1: NaN, t: 0, product: 1 };
function momentumProduct(beta1: number, t: number): number {
	if (memo.beta1 !== beta1 || memo.t > t) memo = { beta1, t: 0, product: 1 };
	while (memo.t < t) memo = { beta1, t: memo.t + 1, product: memo.product * nadamMomentum(beta1, memo.t + 1) };
	return memo.product;
}

export const nadam: VectorOptimizer = {
	name: 'nadam',
	slots: () => [0, 0],
	update(theta, g, [m, v], t, lr, opt) {
		const { beta1, beta2, epsilon } = opt;
		const product = momentumProduct(beta1, t);
		const ut = nadamMomentum(beta1, t);
		const ut1 = nadamMomentum(beta1, t + 1);
		const product1 = product * ut1;
		const beta2Power = Math.pow(beta2, t);
		for (let i = 0; i < theta.length; i++) {
			m[i] += (g[i] - m[i]) * (1 - beta1);
			v[i] += (g[i] * g[i] - v[i]) * (1 - beta2);
			const mHat = (ut1 * m[i]) / (1 - product1) + ((1 - ut) * g[i]) / (1 - product);
			const vHat = v[i] / (1 - beta2Power);
			theta[i] -= (mHat * lr) / (Math.sqrt(vHat) + epsilon);
		}
	}
};
