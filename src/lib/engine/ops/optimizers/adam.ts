// Adam as Keras 3 (keras/src/optimizers/adam.py, amsgrad off), ε = 1e-7 by default:
//   α = η √(1 − β₂^t) / (1 − β₁^t)
//   m ← m + (g − m)(1 − β₁)      (= β₁ m + (1 − β₁) g)
//   v ← v + (g² − v)(1 − β₂)     (= β₂ v + (1 − β₂) g²)
//   θ ← θ − α m / (√v + ε)
// Note ε sits outside the bias correction, unlike the paper's m̂ / (√v̂ + ε).
// AdamW (keras/src/optimizers/adamw.py) is this same step after the decoupled decay θ ← θ − θ·wd·η
// (base_optimizer.py `_apply_weight_decay`), which `decay` in ./common does for any wd > 0.

import type { OptimizerName } from '../../spec/types';
import { frac, minus, mul, plus, pow, sqrt } from '../tex';
import { COMMON_SYMBOLS, commonParams, decay, decayTex, emaTex, withDecay, type KerasOptimizerOp } from './common';

function adamLike(name: OptimizerName): KerasOptimizerOp {
	return {
		name,
		init: () => ({ m: 0, v: 0 }),
		update(theta, g, state, t, opt) {
			const { beta1, beta2, epsilon } = opt;
			const th = decay(theta, opt);
			const alpha = (opt.learningRate * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
			const m = state.m + (g - state.m) * (1 - beta1);
			const v = state.v + (g * g - state.v) * (1 - beta2);
			const next = th - (m * alpha) / (Math.sqrt(v) + epsilon);
			return { theta: next, state: { m, v }, terms: withDecay({ m_new: m, v_new: v, alpha }, opt, th) };
		},
		tex(sym, opt) {
			const { lines, theta } = decayTex(sym, opt);
			return [
				...lines,
				emaTex(sym.m_new, sym.beta1, sym.m, sym.g),
				emaTex(sym.v_new, sym.beta2, sym.v, pow(sym.g, '2')),
				`${sym.alpha} = ${mul(sym.eta, frac(sqrt(minus('1', pow(sym.beta2, sym.t))), minus('1', pow(sym.beta1, sym.t))))}`,
				`${sym.theta_new} = ${minus(theta, mul(sym.alpha, frac(sym.m_new, plus(sqrt(sym.v_new), sym.epsilon))))}`
			];
		},
		symbols: () => ({ ...COMMON_SYMBOLS, m: 'm_{t-1}', m_new: 'm_t', v: 'v_{t-1}', v_new: 'v_t', alpha: '\\hat{\\eta}_t' }),
		params: commonParams
	};
}

export const adam = adamLike('adam');
export const adamw = adamLike('adamw');
