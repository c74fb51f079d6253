// The penalty's share of a weight's gradient: ∂/∂w (l1·|w| + l2·w²) = l1·sign(w) + 2·l2·w
// (Keras's L1 and L2 regularizers; sign(0) = 0 as tf.sign).

import type { TraceContext } from './context';
import type { Param } from './params';
import { numProduct, texConstant } from './tex';

export interface GradientTerm {
	symbols: string;
	numbers: (num: (id: string) => string) => string;
	value: (w: number) => number;
}

export function gradientTerm(ctx: TraceContext, p: Param): GradientTerm | null {
	const reg = ctx.layer(p.l).regularizer;
	if (p.kind !== 'w' || !reg || (reg.l1 === 0 && reg.l2 === 0)) return null;
	const write = (w: string) =>
		[
			reg.l1 ? `${texConstant(reg.l1)}\\,\\mathrm{sign}(${w})` : '',
			reg.l2 ? `2 \\cdot ${texConstant(reg.l2)} \\cdot ${w}` : ''
		]
			.filter(Boolean)
			.join(' + ');
	return {
		symbols: write(p.label),
		numbers: (num) => write(numProduct(num(p.id))),
		value: (w) => reg.l1 * Math.sign(w) + 2 * reg.l2 * w
	};
}
