// Adagrad as Keras 3 (keras/src/optimizers/adagrad.py): the accumulator starts at
// initial_accumulator_value (0.1), then  G ← G + g²;  θ ← θ − η g / √(G + ε).

import { frac, minus, mul, plus, pow, sqrt } from '../tex';
import { COMMON_SYMBOLS, commonParams, decay, decayTex, withDecay, type KerasOptimizerOp } from './common';

export const adagrad: KerasOptimizerOp = {
	name: 'adagrad',
	init: (opt) => ({ G: opt.initialAccumulatorValue }),
	update(theta, g, state, _t, opt) {
		const th = decay(theta, opt);
		const G = state.G + g * g;
		const next = th - (opt.learningRate * g) / Math.sqrt(G + opt.epsilon);
		return { theta: next, state: { G }, terms: withDecay({ G_new: G }, opt, th) };
	},
	tex(sym, opt) {
		const { lines, theta } = decayTex(sym, opt);
		return [
			...lines,
			`${sym.G_new} = ${plus(sym.G, pow(sym.g, '2'))}`,
			`${sym.theta_new} = ${minus(theta, mul(sym.eta, frac(sym.g, sqrt(plus(sym.G_new, sym.epsilon)))))}`
		];
	},
	symbols: () => ({ ...COMMON_SYMBOLS, G: 'G_{t-1}', G_new: 'G_t' }),
	params: commonParams
};
