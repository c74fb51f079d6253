// Keras 3 SGD: without momentum θ ← θ − η g; with it v ← μ v − η g, then θ ← θ + v,
// or with Nesterov θ ← θ + μ v − η g.

import type { VectorOptimizer } from './types';

export const sgd: VectorOptimizer = {
	name: 'sgd',
	slots: (opt) => (opt.momentum ? [0] : []),
	update(theta, g, state, _t, lr, opt) {
		const mu = opt.momentum;
		if (!mu) {
			for (let i = 0; i < theta.length; i++) theta[i] -= lr * g[i];
			return;
		}
		const v = state[0];
		for (let i = 0; i < theta.length; i++) {
			v[i] = mu * v[i] - lr * g[i];
			theta[i] += opt.nesterov ? mu * v[i] - lr * g[i] : v[i];
		}
	}
};
