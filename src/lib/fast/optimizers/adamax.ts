// Keras 3 Adamax: m ← m + (g − m)(1 − β₁), u ← max(β₂ u, |g|), θ ← θ − η m / ((1 − β₁ᵗ)(u + ε)).

import type { VectorOptimizer } from './types';

export const adamax: VectorOptimizer = {
	name: 'adamax',
	slots: () => [0, 0],
	update(theta, g, [m, u], t, lr, opt) {
		const { beta1, beta2, epsilon } = opt;
		const correction = 1 - Math.pow(beta1, t);
		for (let i = 0; i < theta.length; i++) {
			m[i] += (g[i] - m[i]) * (1 - beta1);
			u[i] = Math.max(beta2 * u[i], Math.abs(g[i]));
			theta[i] -= (lr * m[i]) / (correction * (u[i] + epsilon));
		}
	}
};
