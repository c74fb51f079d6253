// Keras 3 RMSprop: v ← ρ v + (1 − ρ) g²; centered: ḡ ← ρ ḡ + (1 − ρ) g and the denominator is
// v − ḡ² + ε, else v + ε; Δ = η g / √denominator; with momentum μ: m ← μ m + Δ, θ ← θ − m; else θ ← θ − Δ.

import type { VectorOptimizer } from './types';

export const rmsprop: VectorOptimizer = {
	name: 'rmsprop',
	// Slots: v, then ḡ (centered), then m (momentum).
	slots: (opt) => [0, ...(opt.centered ? [0] : []), ...(opt.momentum > 0 ? [0] : [])],
	update(theta, g, state, _t, lr, opt) {
		const { rho, epsilon, centered, momentum } = opt;
		const v = state[0];
		const avg = centered ? state[1] : null;
		const m = momentum > 0 ? state[centered ? 2 : 1] : null;
		for (let i = 0; i < theta.length; i++) {
			v[i] = rho * v[i] + (1 - rho) * g[i] * g[i];
			let denominator: number;
			if (avg) {
				avg[i] = rho * avg[i] + (1 - rho) * g[i];
				denominator = v[i] - avg[i] * avg[i] + epsilon;
			} else denominator = v[i] + epsilon;
			const increment = (lr * g[i]) / Math.sqrt(denominator);
			if (m) {
				m[i] = momentum * m[i] + increment;
				theta[i] -= m[i];
			} else theta[i] -= increment;
		}
	}
};
