// RMSprop as Keras 3 (keras/src/optimizers/rmsprop.py):
//   v ← ρ v + (1 − ρ) g²
//   centered:  ḡ ← ρ ḡ + (1 − ρ) g;  Δ = η g / √(v − ḡ² + ε);  otherwise Δ = η g / √(v + ε)
//   momentum γ > 0:  m ← γ m + Δ;  θ ← θ − m;  otherwise θ ← θ − Δ

import type { OptimizerState } from '../types';
import { frac, minus, mul, plus, pow, sqrt } from '../tex';
import { COMMON_SYMBOLS, commonParams, decay, decayTex, emaTex, withDecay, type KerasOptimizerOp } from './common';

export const rmsprop: KerasOptimizerOp = {
	name: 'rmsprop',
	init(opt) {
		const s: OptimizerState = { v: 0 };
		if (opt.centered) s.mg = 0;
		if (opt.momentum > 0) s.mom = 0;
		return s;
	},
	update(theta, g, state, _t, opt) {
		const { rho, epsilon } = opt;
		const th = decay(theta, opt);
		const next: OptimizerState = {};
		const terms: Record<string, number> = {};
		const v = rho * state.v + (1 - rho) * (g * g);
		next.v = terms.v_new = v;
		let denominator: number;
		if (opt.centered) {
			const mg = rho * state.mg + (1 - rho) * g;
			next.mg = terms.mg_new = mg;
			denominator = v - mg * mg + epsilon;
		} else denominator = v + epsilon;
		const increment = (opt.learningRate * g) / Math.sqrt(denominator);
		terms.increment = increment;
		if (opt.momentum > 0) {
			const mom = opt.momentum * state.mom + increment;
			next.mom = terms.mom_new = mom;
			return { theta: th - mom, state: next, terms: withDecay(terms, opt, th) };
		}
		return { theta: th - increment, state: next, terms: withDecay(terms, opt, th) };
	},
	tex(sym, opt) {
		const { lines, theta } = decayTex(sym, opt);
		const out = [...lines, emaTex(sym.v_new, sym.rho, sym.v, pow(sym.g, '2'))];
		let under = plus(sym.v_new, sym.epsilon);
		if (opt.centered) {
			out.push(emaTex(sym.mg_new, sym.rho, sym.mg, sym.g));
			under = plus(minus(sym.v_new, pow(sym.mg_new, '2')), sym.epsilon);
		}
		out.push(`${sym.increment} = ${mul(sym.eta, frac(sym.g, sqrt(under)))}`);
		if (opt.momentum > 0) {
			out.push(`${sym.mom_new} = ${plus(mul(sym.momentum, sym.mom), sym.increment)}`);
			out.push(`${sym.theta_new} = ${minus(theta, sym.mom_new)}`);
		} else out.push(`${sym.theta_new} = ${minus(theta, sym.increment)}`);
		return out;
	},
	symbols: () => ({
		...COMMON_SYMBOLS,
		v: 'v_{t-1}',
		v_new: 'v_t',
		mg: '\\bar{g}_{t-1}',
		mg_new: '\\bar{g}_t',
		increment: '\\Delta_t',
		mom: 'm_{t-1}',
		mom_new: 'm_t'
	}),
	params: commonParams
};
