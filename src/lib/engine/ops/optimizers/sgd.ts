// SGD as Keras 3 (keras/src/optimizers/sgd.py, `update_step`):
//   momentum = 0:  θ ← θ − η g
//   momentum γ:    v ← γ v − η g;  θ ← θ + v
//   nesterov:      v ← γ v − η g;  θ ← θ + γ v − η g   (with the new v)

import type { OptimizerState, OptimizerStep } from '../types';
import { minus, mul, plus } from '../tex';
import { COMMON_SYMBOLS, commonParams, decay, decayTex, withDecay, type KerasOptimizerOp } from './common';

export const sgd: KerasOptimizerOp = {
	name: 'sgd',
	init: (opt): OptimizerState => (opt.momentum !== 0 ? { v: 0 } : {}),
	update(theta, g, state, _t, opt): OptimizerStep {
		const lr = opt.learningRate;
		const th = decay(theta, opt);
		if (opt.momentum === 0) return { theta: th - g * lr, state: {}, terms: withDecay({}, opt, th) };
		const v = state.v * opt.momentum - g * lr;
		const next = opt.nesterov ? th + (v * opt.momentum - g * lr) : th + v;
		return { theta: next, state: { v }, terms: withDecay({ v_new: v }, opt, th) };
	},
	tex(sym, opt) {
		const { lines, theta } = decayTex(sym, opt);
		if (opt.momentum === 0) return [...lines, `${sym.theta_new} = ${minus(theta, mul(sym.eta, sym.g))}`];
		const velocity = `${sym.v_new} = ${minus(mul(sym.momentum, sym.v), mul(sym.eta, sym.g))}`;
		const step = opt.nesterov
			? `${sym.theta_new} = ${minus(plus(theta, mul(sym.momentum, sym.v_new)), mul(sym.eta, sym.g))}`
			: `${sym.theta_new} = ${plus(theta, sym.v_new)}`;
		return [...lines, velocity, step];
	},
	symbols: () => ({ ...COMMON_SYMBOLS, v: 'v_{t-1}', v_new: 'v_t' }),
	params: commonParams
};
