// Ftrl as Keras 3 (keras/src/optimizers/ftrl.py), with p = learning_rate_power (≤ 0), the
// accumulator n starting at initial_accumulator_value and the linear term z at 0:
//   n_t = n_{t−1} + g²
//   σ   = (n_t^{−p} − n_{t−1}^{−p}) / η
//   z_t = z_{t−1} + (g + 2 λ_s θ) − σ θ
//   q   = n_t^{−p} / η + 2 λ₂ + β / η          (Keras: 2 (λ₂ + β / (2η)))
//   θ'  = (clip(z_t, −λ₁, λ₁) − z_t) / q
// So with λ₁ = 0 the step is θ' = −z_t / q, and a weight whose |z_t| ≤ λ₁ becomes exactly 0.

import { frac, minus, mul, paren, plus, pow } from '../tex';
import { COMMON_SYMBOLS, commonParams, decay, decayTex, withDecay, type KerasOptimizerOp } from './common';

export const ftrl: KerasOptimizerOp = {
	name: 'ftrl',
	init: (opt) => ({ n: opt.initialAccumulatorValue, z: 0 }),
	update(theta, g, state, _t, opt) {
		const th = decay(theta, opt);
		const e = -opt.learningRatePower;
		const eta = opt.learningRate;
		const l1 = opt.l1RegularizationStrength;
		const n = state.n + g * g;
		const sigma = (n ** e - state.n ** e) / eta;
		const z = state.z + g + 2 * opt.l2ShrinkageRegularizationStrength * th - sigma * th;
		const q = n ** e / eta + 2 * opt.l2RegularizationStrength + opt.beta / eta;
		const clipped = Math.min(l1, Math.max(-l1, z));
		const next = (clipped - z) / q;
		return { theta: next, state: { n, z }, terms: withDecay({ n_new: n, sigma, z_new: z, q }, opt, th) };
	},
	tex(sym, opt) {
		const { lines, theta } = decayTex(sym, opt);
		const e = sym.power;
		const grad = opt.l2ShrinkageRegularizationStrength > 0 ? plus(sym.g, mul('2', sym.lambdaS, theta)) : sym.g;
		const qTerms = [frac(pow(sym.n_new, e), sym.eta)];
		if (opt.l2RegularizationStrength > 0) qTerms.push(mul('2', sym.lambda2));
		if (opt.beta > 0) qTerms.push(frac(sym.beta, sym.eta));
		const numerator = opt.l1RegularizationStrength > 0 ? minus(`\\mathrm{clip}(${sym.z_new}, -${paren(sym.lambda1)}, ${sym.lambda1})`, sym.z_new) : `-${paren(sym.z_new)}`;
		return [
			...lines,
			`${sym.n_new} = ${plus(sym.n, pow(sym.g, '2'))}`,
			`${sym.sigma} = ${frac(minus(pow(sym.n_new, e), pow(sym.n, e)), sym.eta)}`,
			`${sym.z_new} = ${minus(plus(sym.z, grad), mul(sym.sigma, theta))}`,
			`${sym.q} = ${qTerms.reduce((a, b) => plus(a, b))}`,
			`${sym.theta_new} = ${frac(numerator, sym.q)}`
		];
	},
	symbols: () => ({
		...COMMON_SYMBOLS,
		n: 'n_{t-1}',
		n_new: 'n_t',
		z: 'z_{t-1}',
		z_new: 'z_t',
		sigma: '\\sigma_t',
		q: 'q_t',
		power: '-p',
		lambda1: '\\lambda_1',
		lambda2: '\\lambda_2',
		lambdaS: '\\lambda_s',
		beta: '\\beta'
	}),
	params: (opt, t) => ({
		...commonParams(opt, t),
		power: -opt.learningRatePower,
		lambda1: opt.l1RegularizationStrength,
		lambda2: opt.l2RegularizationStrength,
		lambdaS: opt.l2ShrinkageRegularizationStrength,
		beta: opt.beta
	})
};
