// Nadam as Keras 3 (keras/src/optimizers/nadam.py), with the momentum-decay schedule
// μ_t = β₁(1 − ½·0.96^t) and the running product Π_t = μ_1 ⋯ μ_t (Keras's `u_product`):
//   Π_t = Π_{t−1} μ_t                      (`_backend_update_step`, before the variables)
//   m ← m + (g − m)(1 − β₁);  v ← v + (g² − v)(1 − β₂)
//   m̂ = μ_{t+1} m / (1 − Π_t μ_{t+1}) + (1 − μ_t) g / (1 − Π_t)
//   v̂ = v / (1 − β₂^t)
//   θ ← θ − η m̂ / (√v̂ + ε)
// Keras keeps one Π for the whole optimizer; here each parameter's state carries its own copy `pi`,
// which is the same number as long as every parameter is updated at every step.

import { frac, minus, mul, plus, pow, sqrt } from '../tex';
import { COMMON_SYMBOLS, commonParams, decay, decayTex, emaTex, withDecay, type KerasOptimizerOp } from './common';

const DECAY = 0.96;

export const nadam: KerasOptimizerOp = {
	name: 'nadam',
	init: () => ({ m: 0, v: 0, pi: 1 }),
	update(theta, g, state, t, opt) {
		const { beta1, beta2, epsilon } = opt;
		const th = decay(theta, opt);
		const pi = state.pi * beta1 * (1 - 0.5 * DECAY ** t);
		const mu = beta1 * (1 - 0.5 * DECAY ** t);
		const muNext = beta1 * (1 - 0.5 * DECAY ** (t + 1));
		const piNext = pi * muNext;
		const m = state.m + (g - state.m) * (1 - beta1);
		const v = state.v + (g * g - state.v) * (1 - beta2);
		const mHat = (muNext * m) / (1 - piNext) + ((1 - mu) * g) / (1 - pi);
		const vHat = v / (1 - beta2 ** t);
		const next = th - (mHat * opt.learningRate) / (Math.sqrt(vHat) + epsilon);
		return {
			theta: next,
			state: { m, v, pi },
			terms: withDecay({ mu, mu_next: muNext, pi_new: pi, m_new: m, v_new: v, m_hat: mHat, v_hat: vHat }, opt, th)
		};
	},
	tex(sym, opt) {
		const { lines, theta } = decayTex(sym, opt);
		const schedule = (lhs: string, t: string) =>
			`${lhs} = ${mul(sym.beta1, `(${minus('1', mul('\\tfrac{1}{2}', pow('0.96', t)))})`)}`;
		const gradPart = frac(mul(`(${minus('1', sym.mu)})`, sym.g), minus('1', sym.pi_new));
		return [
			...lines,
			schedule(sym.mu, sym.t),
			schedule(sym.mu_next, sym.t_next),
			`${sym.pi_new} = ${mul(sym.pi, sym.mu)}`,
			emaTex(sym.m_new, sym.beta1, sym.m, sym.g),
			emaTex(sym.v_new, sym.beta2, sym.v, pow(sym.g, '2')),
			`${sym.m_hat} = ${frac(mul(sym.mu_next, sym.m_new), minus('1', mul(sym.pi_new, sym.mu_next)))} + ${gradPart}`,
			`${sym.v_hat} = ${frac(sym.v_new, minus('1', pow(sym.beta2, sym.t)))}`,
			`${sym.theta_new} = ${minus(theta, mul(sym.eta, frac(sym.m_hat, plus(sqrt(sym.v_hat), sym.epsilon))))}`
		];
	},
	symbols: () => ({
		...COMMON_SYMBOLS,
		m: 'm_{t-1}',
		m_new: 'm_t',
		v: 'v_{t-1}',
		v_new: 'v_t',
		pi: '\\Pi_{t-1}',
		pi_new: '\\Pi_t',
		mu: '\\mu_t',
		mu_next: '\\mu_{t+1}',
		m_hat: '\\hat{m}_t',
		v_hat: '\\hat{v}_t'
	}),
	params: commonParams
};
