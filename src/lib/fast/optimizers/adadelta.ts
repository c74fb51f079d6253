// Keras 3 Adadelta: E[g²] ← ρ E[g²] + (1 − ρ) g²,  Δ = −√(E[Δ²] + ε) / √(E[g²] + ε) · g,
// E[Δ²] ← ρ E[Δ²] + (1 − ρ) Δ²,  θ ← θ + η Δ.

import type { VectorOptimizer } from './types';

export const adadelta: VectorOptimizer = {
	name: 'adadelta',
	slots: () => [0, 0],
	update(theta, g, [accGrad, accDelta], _t, lr, opt) {
		const { rho, epsilon } = opt;
		for (let i = 0; i < theta.length; i++) {
			accGrad[i] = rho * accGrad[i] + (1 - rho) * g[i] * g[i];
			const delta = -(Math.sqrt(accDelta[i] + epsilon) * g[i]) / Math.sqrt(accGrad[i] + epsilon);
			accDelta[i] = rho * accDelta[i] + (1 - rho) * delta * delta;
			theta[i] += lr * delta;
		}
	}
};
