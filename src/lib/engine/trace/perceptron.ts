// The course's perceptron learning rule (docs/maths.md), in place of gradients for step/sign outputs:
//   w_ji' = w_ji + η · (1/N) Σ_k (y_j − ŷ_j) x_i   and   b_j' = b_j + η · (1/N) Σ_k (y_j − ŷ_j) · 1,
// the bias being a weight on a constant input 1.

import type { TraceContext } from './context';
import { ids } from './ids';
import { allParams, type Param } from './params';
import { numProduct, sum, texConstant } from './tex';

export function perceptronUpdate(ctx: TraceContext): void {
	for (const p of allParams(ctx)) rule(ctx, p);
}

function rule(ctx: TraceContext, p: Param): void {
	const { labels, rec, net } = ctx;
	const eta = net.optimizer.learningRate;
	const N = ctx.samples.length;
	const js = p.j == null ? Array.from({ length: ctx.size(p.l) }, (_, m) => m + 1) : [p.j];
	// Per sample and output neuron: target, prediction and the input this parameter multiplies (1 for a bias).
	const terms = ctx.samples.flatMap((k) =>
		js.map((j) => ({
			y: ids.y(j, k),
			yHat: ids.a(p.l, j, k),
			x: p.kind === 'w' ? ids.a(p.l - 1, p.i as number, k) : null,
			sym: `(${labels.y(j, k)} - ${labels.a(p.l, j, k)})${p.kind === 'w' ? `\\,${labels.a(p.l - 1, p.i as number, k)}` : ''}`
		}))
	);
	const deps = [p.id, ...terms.flatMap((t) => (t.x ? [t.y, t.yHat, t.x] : [t.y, t.yHat]))];
	const stride = p.kind === 'w' ? 3 : 2;
	const mean = (s: string) => (N > 1 ? `\\frac{1}{${N}}\\left(${s}\\right)` : s);
	rec.record({
		id: ids.updated(p.id),
		label: labels.updated(p.label),
		phase: 'update',
		formula: () => `${labels.updated(p.label)} = ${p.label} + \\eta\\,${N > 1 ? mean(sum(terms.map((t) => t.sym))) : sum(terms.map((t) => t.sym))}`,
		substituted: (num) =>
			`${num(p.id)} + ${texConstant(eta)} \\cdot ${mean(
				sum(terms.map((t) => `(${num(t.y)} - ${numProduct(num(t.yHat))})${t.x ? ` \\cdot ${numProduct(num(t.x))}` : ''}`))
			)}`,
		dependsOn: deps,
		evaluate: (args) => {
			let s = 0;
			for (let at = 1; at < args.length; at += stride) {
				s += (args[at] - args[at + 1]) * (stride === 3 ? args[at + 2] : 1);
			}
			return args[0] + (eta * s) / N;
		},
		note: {
			en: 'The perceptron rule: step and sign have no useful derivative, so the error (y − ŷ) drives the update.',
			'zh-TW': '感知器學習規則：step 與 sign 沒有可用的導數，因此以誤差 (y − ŷ) 更新權重。'
		}
	});
}
