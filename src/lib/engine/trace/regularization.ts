// The penalties' share of a parameter's gradient: ∂/∂θ (l1·|θ| + l2·θ²) = l1·sign(θ) + 2·l2·θ for a
// weight under the layer's kernel regulariser or a bias under its bias regulariser (Keras's L1 and
// L2 regularizers; sign(0) = 0 as tf.sign). An activity penalty adds its slope at a_j to ∂E/∂a_j
// (backward.ts).

import type { Regularizer } from '../spec/types';
import type { TraceContext } from './context';
import type { Param } from './params';
import { numProduct, texConstant } from './tex';

export interface GradientTerm {
	symbols: string;
	numbers: (num: (id: string) => string) => string;
	value: (w: number) => number;
}

/** The regulariser acting on parameter p, or null when none does (or both strengths are 0). */
export function paramRegularizer(ctx: TraceContext, p: Param): Regularizer | null {
	const layer = ctx.layer(p.l);
	const reg = p.kind === 'w' ? layer.regularizer : p.kind === 'b' ? layer.biasRegularizer : null;
	return reg && (reg.l1 !== 0 || reg.l2 !== 0) ? reg : null;
}

/** Layer l's activity regulariser, or null when it has none (or both strengths are 0). */
export function activityRegularizer(ctx: TraceContext, l: number): Regularizer | null {
	const reg = ctx.layer(l).activityRegularizer;
	return reg && (reg.l1 !== 0 || reg.l2 !== 0) ? reg : null;
}

/** l1·sign(x) + 2·l2·x: the penalty's derivative at x. */
export function penaltySlope(reg: Regularizer, x: number): number {
	return reg.l1 * Math.sign(x) + 2 * reg.l2 * x;
}

/** The penalty's derivative written with `x` for the penalised quantity. */
export function writePenaltySlope(reg: Regularizer, x: string): string {
	return [reg.l1 ? `${texConstant(reg.l1)}\\,\\mathrm{sign}(${x})` : '', reg.l2 ? `2 \\cdot ${texConstant(reg.l2)} \\cdot ${x}` : '']
		.filter(Boolean)
		.join(' + ');
}

export function gradientTerm(ctx: TraceContext, p: Param): GradientTerm | null {
	const reg = paramRegularizer(ctx, p);
	if (!reg) return null;
	return {
		symbols: writePenaltySlope(reg, p.label),
		numbers: (num) => writePenaltySlope(reg, numProduct(num(p.id))),
		value: (w) => penaltySlope(reg, w)
	};
}
