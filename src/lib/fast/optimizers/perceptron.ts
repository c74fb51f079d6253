// The course's perceptron rule: w ← w + η · mean over samples of (y − ŷ) x. The trainer feeds it
// g = mean of (ŷ − y) x (the output δ taken as ŷ − y), so the rule is θ ← θ − η g.

import type { VectorOptimizer } from './types';

export const perceptron: VectorOptimizer = {
	name: 'perceptron',
	slots: () => [],
	update(theta, g, _state, _t, lr) {
		for (let i = 0; i < theta.length; i++) theta[i] -= lr * g[i];
	}
};
