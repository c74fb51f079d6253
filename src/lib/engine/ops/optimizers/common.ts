// What every optimizer file shares: the extended op type (with the TeX symbols of its keys and the
// numbers of its parameters), Keras's decoupled weight decay, and the numeric symbol table.
//
// Keras 3 (keras/src/optimizers/base_optimizer.py, `_backend_apply_gradients`) clips the gradients,
// then applies weight decay θ ← θ − θ·wd·η to every variable when `weight_decay` is set, then runs the
// optimizer's own `update_step`. Clipping belongs to the trace; the decay is done here, before the step.

import type { Optimizer } from '../../spec/types';
import type { OptimizerOp, OptimizerState, OptimizerStep } from '../types';
import { minus, mul } from '../tex';

export interface KerasOptimizerOp extends OptimizerOp {
	/** The TeX symbol of every key `tex` reads (parameters, state, terms, θ, g, θ'), for the formula in symbols. */
	symbols(opt: Optimizer): Record<string, string>;
	/** The values of the parameter keys at step t: eta, momentum, rho, epsilon, beta1, beta2, wd, t, t_next. */
	params(opt: Optimizer, t: number): Record<string, number>;
}

/** Symbols of the keys every optimizer may use. State keys (before the step) and terms (after) are per file. */
export const COMMON_SYMBOLS: Readonly<Record<string, string>> = {
	theta: '\\theta',
	g: 'g',
	theta_new: "\\theta'",
	theta_decayed: '\\tilde{\\theta}',
	eta: '\\eta',
	momentum: '\\gamma',
	rho: '\\rho',
	epsilon: '\\epsilon',
	beta1: '\\beta_1',
	beta2: '\\beta_2',
	wd: '\\lambda',
	t: 't',
	t_next: 't+1'
};

export function commonParams(opt: Optimizer, t: number): Record<string, number> {
	return {
		eta: opt.learningRate,
		momentum: opt.momentum,
		rho: opt.rho,
		epsilon: opt.epsilon,
		beta1: opt.beta1,
		beta2: opt.beta2,
		wd: opt.weightDecay,
		t,
		t_next: t + 1
	};
}

/** Keras's decoupled weight decay, θ − θ·wd·η, applied before the update when wd > 0. */
export function decay(theta: number, opt: Optimizer): number {
	return opt.weightDecay > 0 ? theta - theta * opt.weightDecay * opt.learningRate : theta;
}

/** The decay's TeX line (none when wd = 0), and the symbol the later lines use for θ. */
export function decayTex(sym: Record<string, string>, opt: Optimizer): { lines: string[]; theta: string } {
	if (!(opt.weightDecay > 0)) return { lines: [], theta: sym.theta };
	return {
		lines: [`${sym.theta_decayed} = ${minus(sym.theta, mul(sym.wd, sym.eta, sym.theta))}`],
		theta: sym.theta_decayed
	};
}

/** Adds theta_decayed to the terms when the decay applied. */
export function withDecay(terms: Record<string, number>, opt: Optimizer, decayed: number): Record<string, number> {
	return opt.weightDecay > 0 ? { ...terms, theta_decayed: decayed } : terms;
}

/**
 * The table for the formula with numbers: every parameter, the state before the step, the step's
 * terms, θ, g and θ' formatted by `fmt` (the caller's number policy).
 */
export function numericSymbols(
	op: KerasOptimizerOp,
	opt: Optimizer,
	t: number,
	theta: number,
	g: number,
	before: OptimizerState,
	step: OptimizerStep,
	fmt: (x: number) => string
): Record<string, string> {
	const all: Record<string, number> = { ...op.params(opt, t), ...before, ...step.terms, theta, g, theta_new: step.theta };
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(all)) out[k] = k === 't' || k === 't_next' ? String(v) : fmt(v);
	return out;
}

/** `x_t = β x_{t−1} + (1 − β) y`: the exponential moving average line. */
export function emaTex(lhs: string, beta: string, prev: string, y: string): string {
	return `${lhs} = ${mul(beta, prev)} + ${mul(`(${minus('1', beta)})`, y)}`;
}
