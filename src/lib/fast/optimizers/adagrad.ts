// Keras 3 Adagrad: G ← G + g² (G starts at initialAccumulatorValue), θ ← θ − η g / √(G + ε).

import type { VectorOptimizer } from './types';

export const adagrad: VectorOptimizer = {
	name: 'adagrad',
	slots: (opt) => [opt.initialAccumulatorValue],
	update(theta, g, [acc], _t, lr, opt) {
		for (let i = 0; i < theta.length; i++) {
			acc[i] += g[i] * g[i];
			theta[i] -= (lr * g[i]) / Math.sqrt(acc[i] + opt.epsilon);
		}
	}
};
