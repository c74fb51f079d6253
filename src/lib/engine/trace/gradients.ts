// ∂E/∂θ for each parameter: the chain rule down to the parameter, and with several samples the mean
// of the samples' own gradients (batch gradient), plus the penalty's share for regularized weights:
//   ∂E/∂w_ji = (1/N) Σ_k δ_j^(k) a_i^(k),  ∂E/∂b_j = (1/N) Σ_k δ_j^(k),
//   ∂E/∂α_j = (1/N) Σ_k ∂E_k/∂a_j^(k) · min(0, z_j^(k))   (prelu).

import { activationOp } from '../ops';
import type { TraceContext } from './context';
import { ids } from './ids';
import type { Param } from './params';
import { gradientTerm } from './regularization';
import { chain, numProduct, sum, symProduct } from './tex';
import type { Factor } from './types';

/** One sample's share: the ids it reads, how it is written, and its value from those ids. */
interface Share {
	deps: string[];
	symbols: string;
	numbers: (num: (id: string) => string) => string;
	value: (args: number[]) => number;
	factors: Factor[];
}

export function parameterGradient(ctx: TraceContext, p: Param): void {
	const { labels, rec } = ctx;
	const shares = ctx.samples.map((k) => share(ctx, p, k));
	const N = shares.length;
	const penalty = gradientTerm(ctx, p);
	const lhs = labels.partial(p.label);
	const mean = (terms: string[]) => (N === 1 ? terms[0] : `\\frac{1}{${N}}\\left(${sum(terms)}\\right)`);
	const plusPenalty = (s: string, pen: string | undefined) => (pen ? `${s} + ${pen}` : s);
	const chainRule = N === 1 ? `${ruleOf(ctx, p)} = ` : `\\frac{1}{${N}}\\sum_{k=1}^{${N}} ${labels.partial(p.label, 'k')} = `;
	const arity = shares[0].deps.length;
	rec.record({
		id: ids.d(p.id),
		label: lhs,
		phase: 'backward',
		formula: () => `${lhs} = ${chainRule}${plusPenalty(mean(shares.map((s) => s.symbols)), penalty?.symbols)}`,
		substituted: (num) => plusPenalty(mean(shares.map((s) => s.numbers(num))), penalty?.numbers(num)),
		dependsOn: [...shares.flatMap((s) => s.deps), ...(penalty ? [p.id] : [])],
		evaluate: (args) => {
			let total = 0;
			for (let m = 0; m < N; m++) total += shares[m].value(args.slice(m * arity, (m + 1) * arity));
			return total / N + (penalty ? penalty.value(args[N * arity]) : 0);
		},
		factors: shares.flatMap((s) => s.factors)
	});
}

/** The chain rule written out down to the parameter, for one sample. */
function ruleOf(ctx: TraceContext, p: Param): string {
	const { labels } = ctx;
	if (p.kind === 'b' && p.j == null) {
		const js = Array.from({ length: ctx.size(p.l) }, (_, m) => m + 1);
		return sum(js.map((j) => chain(labels.partial(labels.z(p.l, j)), labels.local(labels.z(p.l, j), p.label))));
	}
	const j = p.j as number;
	const a = labels.a(p.l, j);
	const z = labels.z(p.l, j);
	if (p.kind === 'alpha') return chain(labels.partial(a), labels.local(a, p.label));
	return chain(labels.partial(a), labels.local(a, z), labels.local(z, p.label));
}

function share(ctx: TraceContext, p: Param, k: number | null): Share {
	const { labels } = ctx;
	const l = p.l;
	if (p.kind === 'w') {
		const j = p.j as number;
		const i = p.i as number;
		const d = ids.delta(l, j, k);
		const a = ids.a(l - 1, i, k);
		return {
			deps: [d, a],
			symbols: symProduct(labels.delta(l, j, k), labels.a(l - 1, i, k)),
			numbers: (num) => numProduct(num(d), num(a)),
			value: ([dv, av]) => dv * av,
			factors: [
				{ tex: labels.delta(l, j, k), ref: d },
				{ tex: labels.a(l - 1, i, k), ref: a }
			]
		};
	}
	if (p.kind === 'b') {
		const js = p.j == null ? Array.from({ length: ctx.size(l) }, (_, m) => m + 1) : [p.j];
		const deltas = js.map((j) => ids.delta(l, j, k));
		return {
			deps: deltas,
			symbols: sum(js.map((j) => labels.delta(l, j, k))),
			numbers: (num) => sum(deltas.map((d) => numProduct(num(d)))),
			value: (args) => args.reduce((s, x) => s + x, 0),
			factors: deltas.map((d, m) => ({ tex: labels.delta(l, js[m], k), ref: d }))
		};
	}
	const j = p.j as number;
	const act = ctx.layer(l).activation;
	const op = activationOp(act.name);
	const dA = ids.d(ids.a(l, j, k));
	const z = ids.z(l, j, k);
	const a = ids.a(l, j, k);
	return {
		deps: [dA, z, a, p.id],
		symbols: chain(labels.partial(labels.a(l, j, k), k), `\\min(0, ${labels.z(l, j, k)})`),
		numbers: (num) => chain(numProduct(num(dA)), `\\min(0, ${num(z)})`),
		value: ([g, zv, av, alpha]) => g * (op.dAlpha ? op.dAlpha(zv, av, act, alpha) : 0),
		factors: [{ tex: labels.partial(labels.a(l, j, k), k), ref: dA }]
	};
}
