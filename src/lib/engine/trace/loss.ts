// The loss: each sample's E_k from its outputs and targets (plus its activity penalties, l1·Σ|a| +
// l2·Σa² on the outputs of each layer with an activity regulariser), their mean E, and the L1/L2
// penalties on weights and biases that Keras adds to the loss (l1·Σ|w| + l2·Σw²).

import { lossOp } from '../ops';
import type { TraceContext } from './context';
import { biasIds, ids } from './ids';
import type { Regularizer } from '../spec/types';
import { numProduct, sum, texConstant } from './tex';

export function lossPhase(ctx: TraceContext): void {
	const multi = ctx.samples.length > 1;
	for (const k of ctx.samples) sampleLoss(ctx, k, multi ? ids.E(k) : null);
	if (multi) meanLoss(ctx);
}

/** E_k with its activity penalty; with one sample it is E itself (with the parameters' penalty folded in). */
function sampleLoss(ctx: TraceContext, k: number | null, id: string | null): void {
	const { labels, rec, L } = ctx;
	const op = lossOp(ctx.net.loss);
	const n = ctx.size(L);
	const as = Array.from({ length: n }, (_, j) => ids.a(L, j + 1, k));
	const ys = Array.from({ length: n }, (_, j) => ids.y(j + 1, k));
	const penalty = both(activityPenalty(ctx, k), id ? null : regularization(ctx));
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

/** The L1/L2 penalties on every regularised layer's weights and biases, or null when there are none. */
export function regularization(ctx: TraceContext): Penalty | null {
	const parts: PenaltyPart[] = [];
	for (let l = 1; l <= ctx.L; l++) {
		const layer = ctx.layer(l);
		const kernel = layer.regularizer;
		if (kernel && (kernel.l1 !== 0 || kernel.l2 !== 0)) {
			const ws: string[] = [];
			const wl: string[] = [];
			layer.weights.forEach((row, j) =>
				row.forEach((_, i) => {
					ws.push(ids.w(l, j + 1, i + 1));
					wl.push(ctx.labels.w(l, j + 1, i + 1));
				})
			);
			parts.push({ reg: kernel, ids: ws, labels: wl });
		}
		const bias = layer.biasRegularizer;
		if (bias && (bias.l1 !== 0 || bias.l2 !== 0)) {
			const bs = biasIds(layer, l);
			parts.push({ reg: bias, ids: bs.map((b) => b.id), labels: bs.map((b) => ctx.labels.b(l, b.j)) });
		}
	}
	return penaltyOf(parts);
}

/** Sample k's activity penalties: l1·Σ|a| + l2·Σa² over the outputs of each layer with an activity regulariser. */
export function activityPenalty(ctx: TraceContext, k: number | null): Penalty | null {
	const parts: PenaltyPart[] = [];
	for (let l = 1; l <= ctx.L; l++) {
		const reg = ctx.layer(l).activityRegularizer;
		if (!reg || (reg.l1 === 0 && reg.l2 === 0)) continue;
		const js = Array.from({ length: ctx.size(l) }, (_, m) => m + 1);
		parts.push({ reg, ids: js.map((j) => ids.a(l, j, k)), labels: js.map((j) => ctx.labels.a(l, j, k)) });
	}
	return penaltyOf(parts);
}

/** Two penalties written one after the other, or whichever there is. */
function both(a: Penalty | null, b: Penalty | null): Penalty | null {
	if (!a || !b) return a ?? b;
	const split = a.deps.length;
	return {
		deps: [...a.deps, ...b.deps],
		symbols: `${a.symbols} + ${b.symbols}`,
		numbers: (num) => `${a.numbers(num)} + ${b.numbers(num)}`,
		value: (xs) => a.value(xs.slice(0, split)) + b.value(xs.slice(split))
	};
}

interface PenaltyPart {
	reg: Regularizer;
	ids: string[];
	labels: string[];
}

/** l1·(Σ|x|) + l2·(Σx²) for each part. */
function penaltyOf(parts: PenaltyPart[]): Penalty | null {
	if (parts.length === 0) return null;
	const fmt = texConstant;
	const write = (p: PenaltyPart, xs: string[]) =>
		[
			p.reg.l1 ? `${fmt(p.reg.l1)}\\left(${sum(xs.map((s) => `|${s}|`))}\\right)` : '',
			p.reg.l2 ? `${fmt(p.reg.l2)}\\left(${sum(xs.map((s) => `{${s}}^2`))}\\right)` : ''
		]
			.filter(Boolean)
			.join(' + ');
	return {
		deps: parts.flatMap((p) => p.ids),
		symbols: parts.map((p) => write(p, p.labels)).join(' + '),
		numbers: (num) => parts.map((p) => write(p, p.ids.map((id) => numProduct(num(id))))).join(' + '),
		value: (xs) => {
			let total = 0;
			let at = 0;
			for (const p of parts) {
				for (let m = 0; m < p.ids.length; m++) {
					const x = xs[at + m];
					total += p.reg.l1 * Math.abs(x) + p.reg.l2 * x * x;
				}
				at += p.ids.length;
			}
			return total;
		}
	};
}
