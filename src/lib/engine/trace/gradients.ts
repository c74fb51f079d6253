// With several samples, each parameter's gradient is the mean of the samples' own gradients
// (batch gradient descent), plus the penalty's share for regularized weights.

import type { TraceContext } from './context';
import { ids } from './ids';
import { allParams } from './params';
import { gradientTerm } from './regularization';
import { numProduct, sum } from './tex';

export function meanGradients(ctx: TraceContext): void {
	if (ctx.samples.length === 1) return;
	const { labels, rec } = ctx;
	const N = ctx.samples.length;
	for (const p of allParams(ctx)) {
		const perSample = ctx.samples.map((k) => `${ids.d(p.id)}@${k}`);
		const penalty = gradientTerm(ctx, p);
		const lhs = labels.partial(p.label);
		rec.record({
			id: ids.d(p.id),
			label: lhs,
			phase: 'backward',
			formula: `${lhs} = \\frac{1}{${N}}\\left(${sum(ctx.samples.map((k) => labels.partial(p.label, k)))}\\right)${penalty ? ` + ${penalty.symbols}` : ''}`,
			substituted: (num) =>
				`\\frac{1}{${N}}\\left(${sum(perSample.map((id) => numProduct(num(id))))}\\right)${penalty ? ` + ${penalty.numbers(num)}` : ''}`,
			dependsOn: penalty ? [...perSample, p.id] : perSample,
			evaluate: (args) => {
				let s = 0;
				for (let m = 0; m < N; m++) s += args[m];
				return s / N + (penalty ? penalty.value(args[N]) : 0);
			},
			note: {
				en: `The mean over the ${N} samples (batch gradient).`,
				'zh-TW': `對 ${N} 個樣本取平均（批量梯度）。`
			}
		});
	}
}
