// Keras 3 Adam: m ← m + (g − m)(1 − β₁), v ← v + (g² − v)(1 − β₂),
// α = η √(1 − β₂ᵗ) / (1 − β₁ᵗ), θ ← θ − α m / (√v + ε).
// AdamW is the same after Keras's decoupled weight decay θ ← θ − η λ θ (applied by the trainer).

import type { VectorOptimizer } from './types';

function adamRule(name: 'adam' | 'adamw'): VectorOptimizer {
	return {
		name,
		slots: () => [0, 0],
		update(theta, g, [m, v], t, lr, opt) {
			const { beta1, beta2, epsilon } = opt;
			const alpha = (lr * Math.sqrt(1 - Math.pow(beta2, t))) / (1 - Math.pow(beta1, t));
			for (let i = 0; i < theta.length; i++) {
				m[i] += (g[i] - m[i]) * (1 - beta1);
				v[i] += (g[i] * g[i] - v[i]) * (1 - beta2);
				theta[i] -= (alpha * m[i]) / (Math.sqrt(v[i]) + epsilon);
			}
		}
	};
}

export const adam = adamRule('adam');
export const adamw = adamRule('adamw');
