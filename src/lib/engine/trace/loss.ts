// The loss: each sample's E_k from its outputs and targets, their mean E, and the L1/L2 penalty
// on the weights that Keras adds to the loss (l1·Σ|w| + l2·Σw²).

import { lossOp } from '../ops';
import type { TraceContext } from './context';
import { ids } from './ids';
import { numProduct, sum, texConstant } from './tex';

export function lossPhase(ctx: TraceContext): void {
	const multi = ctx.samples.length > 1;
	for (const k of ctx.samples) sampleLoss(ctx, k, multi ? ids.E(k) : null);
	if (multi) meanLoss(ctx);
}

/** E_k; with one sample it is E itself (with the penalty folded in). */
function sampleLoss(ctx: TraceContext, k: number | null, id: string | null): void {
	const { labels, rec, L } = ctx;
	const op = lossOp(ctx.net.loss);
	const n = ctx.size(L);
	const as = Array.from({ length: n }, (_, j) => ids.a(L, j + 1, k));
	const ys = Array.from({ length: n }, (_, j) => ids.y(j + 1, k));
	const penalty = id ? null : regularization(ctx);
	const deps = [...as, ...ys, ...(penalty?.deps ?? [])];
	const aSym = as.map((_, j) => labels.a(L, j + 1, k));
	const ySym = ys.map((_, j) => labels.y(j + 1, k));
	rec.record({
		id: id ?? ids.E(),
		label: labels.E(k),
		phase: 'loss',
		formula: () => `${labels.E(k)} = ${op.tex.value(aSym, ySym)}${penalty ? ` + ${penalty.symbols}` : ''}`,
		substituted: (num) =>
			`${op.tex.value(as.map(num), ys.map(num))}${penalty ? ` + ${penalty.numbers(num)}` : ''}`,
		dependsOn: deps,
		evaluate: (args) =>
			op.value(args.slice(0, n), args.slice(n, 2 * n)) + (penalty ? penalty.value(args.slice(2 * n)) : 0),
		sample: k
	});
}

function meanLoss(ctx: TraceContext): void {
	const { labels, rec } = ctx;
	const N = ctx.samples.length;
	const Es = ctx.samples.map((k) => ids.E(k));
	const penalty = regularization(ctx);
	rec.record({
		id: ids.E(),
		label: 'E',
		phase: 'loss',
		formula: () => `E = \\frac{1}{${N}}\\left(${sum(ctx.samples.map((k) => labels.E(k)))}\\right)${penalty ? ` + ${penalty.symbols}` : ''}`,
		substituted: (num) =>
			`\\frac{1}{${N}}\\left(${sum(Es.map(num))}\\right)${penalty ? ` + ${penalty.numbers(num)}` : ''}`,
		dependsOn: [...Es, ...(penalty?.deps ?? [])],
		evaluate: (args) => {
			let s = 0;
			for (let m = 0; m < N; m++) s += args[m];
			return s / N + (penalty ? penalty.value(args.slice(N)) : 0);
		}
	});
}

interface Penalty {
	deps: string[];
	symbols: string;
	numbers: (num: (id: string) => string) => string;
	value: (weights: number[]) => number;
}

/** The L1/L2 penalty of every regularized layer, or null when no layer has one. */
export function regularization(ctx: TraceContext): Penalty | null {
	const parts: { l1: number; l2: number; ws: string[]; labels: string[] }[] = [];
	for (let l = 1; l <= ctx.L; l++) {
		const reg = ctx.layer(l).regularizer;
		if (!reg || (reg.l1 === 0 && reg.l2 === 0)) continue;
		const ws: string[] = [];
		const wl: string[] = [];
		ctx.layer(l).weights.forEach((row, j) =>
			row.forEach((_, i) => {
				ws.push(ids.w(l, j + 1, i + 1));
				wl.push(ctx.labels.w(l, j + 1, i + 1));
			})
		);
		parts.push({ l1: reg.l1, l2: reg.l2, ws, labels: wl });
	}
	if (parts.length === 0) return null;
	const fmt = texConstant;
	const write = (p: (typeof parts)[number], w: string[]) =>
		[
			p.l1 ? `${fmt(p.l1)}\\left(${sum(w.map((s) => `|${s}|`))}\\right)` : '',
			p.l2 ? `${fmt(p.l2)}\\left(${sum(w.map((s) => `{${s}}^2`))}\\right)` : ''
		]
			.filter(Boolean)
			.join(' + ');
	return {
		deps: parts.flatMap((p) => p.ws),
		symbols: parts.map((p) => write(p, p.labels)).join(' + '),
		numbers: (num) => parts.map((p) => write(p, p.ws.map((id) => numProduct(num(id))))).join(' + '),
		value: (weights) => {
			let total = 0;
			let at = 0;
			for (const p of parts) {
				for (let m = 0; m < p.ws.length; m++) {
					const w = weights[at + m];
					total += p.l1 * Math.abs(w) + p.l2 * w * w;
				}
				at += p.ws.length;
			}
			return total;
		}
	};
}
