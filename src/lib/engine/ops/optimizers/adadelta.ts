// Adadelta as Keras 3 (keras/src/optimizers/adadelta.py), with rms(x) = √(x + ε):
//   v ← ρ v + (1 − ρ) g²                       (accumulated_grad)
//   Δθ = −rms(D) g / rms(v)                    (with the new v, the old D)
//   D ← ρ D + (1 − ρ) Δθ²                      (accumulated_delta_var)
//   θ ← θ + η Δθ

import { frac, mul, plus, pow, sqrt } from '../tex';
import { COMMON_SYMBOLS, commonParams, decay, decayTex, emaTex, withDecay, type KerasOptimizerOp } from './common';

export const adadelta: KerasOptimizerOp = {
	name: 'adadelta',
	init: () => ({ v: 0, D: 0 }),
	update(theta, g, state, _t, opt) {
		const { rho, epsilon } = opt;
		const th = decay(theta, opt);
		const v = rho * state.v + (1 - rho) * (g * g);
		const delta = -((Math.sqrt(state.D + epsilon) * g) / Math.sqrt(v + epsilon));
		const D = rho * state.D + (1 - rho) * (delta * delta);
		const next = th + opt.learningRate * delta;
		return { theta: next, state: { v, D }, terms: withDecay({ v_new: v, delta, D_new: D }, opt, th) };
	},
	tex(sym, opt) {
		const { lines, theta } = decayTex(sym, opt);
		return [
			...lines,
			emaTex(sym.v_new, sym.rho, sym.v, pow(sym.g, '2')),
			`${sym.delta} = -${mul(frac(sqrt(plus(sym.D, sym.epsilon)), sqrt(plus(sym.v_new, sym.epsilon))), sym.g)}`,
			emaTex(sym.D_new, sym.rho, sym.D, pow(sym.delta, '2')),
			`${sym.theta_new} = ${plus(theta, mul(sym.eta, sym.delta))}`
		];
	},
	symbols: () => ({ ...COMMON_SYMBOLS, v: 'v_{t-1}', v_new: 'v_t', D: 'D_{t-1}', D_new: 'D_t', delta: '\\Delta\\theta_t' }),
	params: commonParams
};
