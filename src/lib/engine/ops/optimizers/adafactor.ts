// Adafactor as Keras 3 (keras/src/optimizers/adafactor.py). At step t, with G = g² + ε₁:
//   ρ̂_t = min(η, 1/√t)                  (relative_step's min(η, 1/√t) first is the same number)
//   α_t = max(ε₂, RMS(θ)) ρ̂_t            (RMS over the whole tensor)
//   β̂_t = 1 − t^c                        (c = beta_2_decay, −0.8)
//   a weight matrix keeps one accumulator per row and per column:
//     R_t = β̂ R_{t−1} + (1 − β̂) mean of G over the row,  C_t likewise over the column,
//     v̂ = R_t C_t / mean(R_t)
//   a vector (biases, slopes) keeps one per entry: v_t = β̂ v_{t−1} + (1 − β̂) G
//   u = g / √v̂,  û = u / max(1, RMS(u) / d),  θ' = θ − α_t û   (d = clip_threshold)
// Keras's kernel is inputs × neurons and ours neurons × inputs; v̂ = R C / mean(R) is the same
// either way, because the rows' and the columns' accumulators have the same mean.
//
// The rule reads its whole tensor (RMS(θ), RMS(u), the row and column means). Given a scalar with no
// tensor (the optimizer race moves each coordinate on its own) it is a vector of one. A matrix, and a
// vector of more than one, step from the initial state only: that is the one step the trace writes.

import type { Optimizer } from '../../spec/types';
import type { OptimizerState, TensorContext } from '../types';
import { frac, minus, mul, plus, pow, sqrt } from '../tex';
import { COMMON_SYMBOLS, commonParams, decay, decayTex, emaTex, withDecay, type KerasOptimizerOp } from './common';

function rms(xs: ArrayLike<number>, f: (x: number, k: number) => number = (x) => x): number {
	let s = 0;
	for (let k = 0; k < xs.length; k++) s += f(xs[k], k) ** 2;
	return Math.sqrt(s / xs.length);
}

/** v̂ of every entry of a matrix from its initial state, and the row and column terms of entry `index`. */
function factored(ctx: TensorContext, rows: number, cols: number, sq: (g: number) => number, keep: number) {
	const row = new Float64Array(rows);
	const col = new Float64Array(cols);
	for (let j = 0; j < rows; j++)
		for (let i = 0; i < cols; i++) {
			const G = sq(ctx.g[j * cols + i]);
			row[j] += G / cols;
			col[i] += G / rows;
		}
	let rBar = 0;
	for (let j = 0; j < rows; j++) rBar += ((1 - keep) * row[j]) / rows;
	const v = (k: number) => ((1 - keep) * row[Math.floor(k / cols)] * (1 - keep) * col[k % cols]) / rBar;
	const j = Math.floor(ctx.index / cols);
	const i = ctx.index % cols;
	return { v, rowMean: row[j], colMean: col[i], r_new: (1 - keep) * row[j], c_new: (1 - keep) * col[i], rBar };
}

function fresh(state: OptimizerState): boolean {
	return Object.values(state).every((x) => x === 0);
}

export const adafactor: KerasOptimizerOp = {
	name: 'adafactor',
	tensorwise: true,
	init: () => ({ v: 0 }),
	update(theta, g, state, t, opt, tensor) {
		const ctx: TensorContext = tensor ?? { theta: [theta], g: [g], index: 0, rows: null, cols: null };
		const th = decay(theta, opt);
		const rho = Math.min(opt.learningRate, 1 / Math.sqrt(t));
		const rmsTheta = rms(ctx.theta, (x) => decay(x, opt));
		const alpha = Math.max(opt.epsilon2, rmsTheta) * rho;
		const keep = 1 - t ** opt.beta2Decay;
		const sq = (x: number) => x * x + opt.epsilon1;
		const many = ctx.theta.length > 1;
		if (many && !fresh(state)) throw new Error('engine: Adafactor over a tensor steps from its initial state only');
		let terms: Record<string, number>;
		let vOf: (k: number) => number;
		let next: OptimizerState;
		if (ctx.rows !== null && ctx.cols !== null) {
			const f = factored(ctx, ctx.rows, ctx.cols, sq, keep);
			vOf = f.v;
			terms = { r: 0, c: 0, rowMean: f.rowMean, colMean: f.colMean, r_new: f.r_new, c_new: f.c_new, rBar: f.rBar };
			next = { r: f.r_new, c: f.c_new };
		} else {
			const vSelf = keep * state.v + (1 - keep) * sq(g);
			vOf = (k) => (k === ctx.index ? vSelf : (1 - keep) * sq(ctx.g[k]));
			terms = { G: sq(g), v_new: vSelf };
			next = { v: vSelf };
		}
		const u = g / Math.sqrt(vOf(ctx.index));
		const rmsU = rms(ctx.g, (gk, k) => gk / Math.sqrt(vOf(k)));
		const uhat = u / Math.max(1, rmsU / opt.clipThreshold);
		const value = th - alpha * uhat;
		const v_hat = vOf(ctx.index);
		return { theta: value, state: next, terms: withDecay({ ...terms, rhoT: rho, rmsTheta, alpha, betaHat: keep, v_hat, u, rmsU, uhat }, opt, th) };
	},
	tex(sym, opt, _t, matrix) {
		const { lines, theta } = decayTex(sym, opt);
		const accumulators = matrix
			? [
					emaTex(sym.r_new, sym.betaHat, sym.r, sym.rowMean),
					emaTex(sym.c_new, sym.betaHat, sym.c, sym.colMean),
					`${sym.v_hat} = ${frac(mul(sym.r_new, sym.c_new), sym.rBar)}`
				]
			: [emaTex(sym.v_hat, sym.betaHat, sym.v, plus(pow(sym.g, '2'), sym.eps1))];
		return [
			...lines,
			`${sym.rhoT} = \\min\\left(${sym.eta}, ${frac('1', sqrt(sym.t))}\\right)`,
			`${sym.alpha} = ${mul(`\\max\\left(${sym.eps2}, ${sym.rmsTheta}\\right)`, sym.rhoT)}`,
			`${sym.betaHat} = ${minus('1', pow(sym.t, sym.decayC))}`,
			...accumulators,
			`${sym.u} = ${frac(sym.g, sqrt(sym.v_hat))}`,
			`${sym.uhat} = ${frac(sym.u, `\\max\\left(1, ${frac(sym.rmsU, sym.d)}\\right)`)}`,
			`${sym.theta_new} = ${minus(theta, mul(sym.alpha, sym.uhat))}`
		];
	},
	symbols: () => ({
		...COMMON_SYMBOLS,
		rhoT: '\\hat{\\rho}_t',
		alpha: '\\alpha_t',
		betaHat: '\\hat{\\beta}_{2,t}',
		r: 'R_{t-1}',
		r_new: 'R_t',
		c: 'C_{t-1}',
		c_new: 'C_t',
		rowMean: '\\overline{G}_{\\mathrm{row}}',
		colMean: '\\overline{G}_{\\mathrm{col}}',
		rBar: '\\overline{R}_t',
		v: 'v_{t-1}',
		v_hat: '\\hat{v}_t',
		G: 'G',
		u: 'u_t',
		uhat: '\\hat{u}_t',
		rmsTheta: '\\mathrm{RMS}(\\theta)',
		rmsU: '\\mathrm{RMS}(u)',
		eps1: '\\epsilon_1',
		eps2: '\\epsilon_2',
		d: 'd',
		decayC: 'c'
	}),
	params: (opt: Optimizer, t: number) => ({
		...commonParams(opt, t),
		eps1: opt.epsilon1,
		eps2: opt.epsilon2,
		d: opt.clipThreshold,
		decayC: opt.beta2Decay
	})
};
