// Adamax as Keras 3 (keras/src/optimizers/adamax.py):
//   m ← m + (g − m)(1 − β₁);  u ← max(β₂ u, |g|);  θ ← θ − η m / ((1 − β₁^t)(u + ε))

import { frac, minus, mul, plus, pow } from '../tex';
import { COMMON_SYMBOLS, commonParams, decay, decayTex, emaTex, withDecay, type KerasOptimizerOp } from './common';

export const adamax: KerasOptimizerOp = {
	name: 'adamax',
	init: () => ({ m: 0, u: 0 }),
	update(theta, g, state, t, opt) {
		const { beta1, beta2, epsilon } = opt;
		const th = decay(theta, opt);
		const m = state.m + (g - state.m) * (1 - beta1);
		const u = Math.max(beta2 * state.u, Math.abs(g));
		const next = th - (opt.learningRate * m) / ((1 - beta1 ** t) * (u + epsilon));
		return { theta: next, state: { m, u }, terms: withDecay({ m_new: m, u_new: u }, opt, th) };
	},
	tex(sym, opt) {
		const { lines, theta } = decayTex(sym, opt);
		const rate = frac(sym.eta, minus('1', pow(sym.beta1, sym.t)));
		return [
			...lines,
			emaTex(sym.m_new, sym.beta1, sym.m, sym.g),
			`${sym.u_new} = \\max(${mul(sym.beta2, sym.u)}, |${sym.g}|)`,
			`${sym.theta_new} = ${minus(theta, mul(rate, frac(sym.m_new, plus(sym.u_new, sym.epsilon))))}`
		];
	},
	symbols: () => ({ ...COMMON_SYMBOLS, m: 'm_{t-1}', m_new: 'm_t', u: 'u_{t-1}', u_new: 'u_t' }),
	params: commonParams
};
