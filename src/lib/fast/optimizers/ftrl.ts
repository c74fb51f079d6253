// Keras 3 Ftrl over a tensor (the rule and its symbols: engine/ops/optimizers/ftrl.ts). Slots: the
// accumulator n (from initialAccumulatorValue) and the linear term z (from 0).

import type { VectorOptimizer } from './types';

export const ftrl: VectorOptimizer = {
	name: 'ftrl',
	slots: (opt) => [opt.initialAccumulatorValue, 0],
	update(theta, g, [n, z], _t, lr, opt) {
		const e = -opt.learningRatePower;
		const l1 = opt.l1RegularizationStrength;
		const shrink = 2 * opt.l2ShrinkageRegularizationStrength;
		const extra = 2 * opt.l2RegularizationStrength + opt.beta / lr;
		for (let i = 0; i < theta.length; i++) {
			const before = n[i] ** e;
			const next = n[i] + g[i] * g[i];
			const after = next ** e;
			const zi = z[i] + g[i] + shrink * theta[i] - ((after - before) / lr) * theta[i];
			n[i] = next;
			z[i] = zi;
			theta[i] = (Math.min(l1, Math.max(-l1, zi)) - zi) / (after / lr + extra);
		}
	}
};
