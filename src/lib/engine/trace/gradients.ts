// ∂E/∂θ for each parameter: the chain rule down to the parameter, and with several samples the mean
// of the samples' own gradients (batch gradient), plus the penalty's share for regularized weights:
//   ∂E/∂w_ji = (1/N) Σ_k δ_j^(k) a_i^(k),  ∂E/∂b_j = (1/N) Σ_k δ_j^(k),
//   ∂E/∂α_j = (1/N) Σ_k ∂E_k/∂a_j^(k) · min(0, z_j^(k))   (prelu).

import { activationOp } from '../ops';
import type { TraceContext } from './context';
import { ids } from './ids';
import { paramValue, paramValues, type Param } from './params';
import { gradientTerm, paramRegularizer, penaltySlope } from './regularization';
import { chain, numProduct, sum, symProduct, sumOf, texConstant } from './tex';
import { dropoutScale } from './dropout';
import type { Factor } from './types';
import type { Kind } from './lazy';

/** One sample's share: the ids it reads, how it is written, and its value from those ids. */
interface Share {
	deps: string[];
	// Methods, not getters: an object literal with accessors is built slowly (180,000 shares make an excerpt).
	symbols(): string;
	numbers(num: (id: string) => string): string;
	value(args: number[]): number;
	factors(): Factor[];
}

/**
 * The gradient's value over the layer arrays, summed in the order its written rule (GRADIENT's
 * `evaluate`) sums, so that both give the same number to the last bit.
 */
export function parameterGradient(ctx: TraceContext, p: Param): void {
	const { v } = ctx;
	const N = ctx.samples.length;
	const l = p.l;
	const n = ctx.size(l);
	let total = 0;
	if (p.kind === 'w') {
		const m = ctx.size(l - 1);
		const ds = v.delta[l];
		const as = v.a[l - 1];
		const j = (p.j as number) - 1;
		const i = (p.i as number) - 1;
		for (let s = 0; s < N; s++) total += ds[s * n + j] * as[s * m + i];
	} else if (p.kind === 'b') {
		const ds = v.delta[l];
		for (let s = 0; s < N; s++) {
			let share = 0;
			if (p.j == null) for (let j = 0; j < n; j++) share += ds[s * n + j];
			else share += ds[s * n + p.j - 1];
			total += share;
		}
	} else {
		const layer = ctx.layer(l);
		const act = layer.activation;
		const op = activationOp(act.name);
		const x = (p.j as number) - 1;
		const alpha = paramValue(ctx, p);
		const drop = ctx.dropout[l];
		for (let s = 0; s < N; s++) {
			const at = s * n + x;
			const scale = drop ? dropoutScale(drop, x + 1, ctx.samples[s]) : 1;
			total += v.dA[l][at] * scale * (op.dAlpha ? op.dAlpha(v.z[l][at], v.a[l][at], act, alpha) : 0);
		}
	}
	const u = total / N + penalty(ctx, p);
	const g = (paramValues(ctx).grad[p.index] = v.round(u));
	ctx.rec.push(ctx.table.add(GRADIENT, l, p.j ?? 0, null, g, u, p));
}

/** The penalty's share of ∂E/∂θ (regularization.ts writes it): l1·sign(θ) + 2·l2·θ, else 0. */
function penalty(ctx: TraceContext, p: Param): number {
	const reg = paramRegularizer(ctx, p);
	return reg ? penaltySlope(reg, paramValue(ctx, p)) : 0;
}

const GRADIENT: Kind = {
	phase: 'backward',
	param: true,
	id: (_l, _j, _k, p) => ids.d((p as Param).id),
	label: (ctx, _l, _j, _k, p) => ctx.labels.partial((p as Param).label),
	describe(ctx, _l, _j, _k, param) {
		const p = param as Param;
		const { labels } = ctx;
		// Written anew at each use, not kept: a kept description would hold 256 shares per gradient
		// (a worked excerpt of the largest trace reads 700 gradients: 190 MB).
		const shares = () => ctx.samples.map((k) => share(ctx, p, k));
		const N = ctx.samples.length;
		const penalty = gradientTerm(ctx, p);
		const lhs = labels.partial(p.label);
		const mean = (term: (m: number) => string) => (N === 1 ? term(0) : `\\frac{1}{${N}}\\left(${sumOf(N, term)}\\right)`);
		const plusPenalty = (s: string, pen: string | undefined) => (pen ? `${s} + ${pen}` : s);
		const chainRule = N === 1 ? `${ruleOf(ctx, p)} = ` : `\\frac{1}{${N}}\\sum_{k=1}^{${N}} ${labels.partial(p.label, 'k')} = `;
		let deps: string[] | undefined;
		return {
			formula: () => {
				const each = shares();
				return `${lhs} = ${chainRule}${plusPenalty(mean((m) => each[m].symbols()), penalty?.symbols)}`;
			},
			substituted: (num) => {
				const each = shares();
				return plusPenalty(mean((m) => each[m].numbers(num)), penalty?.numbers(num));
			},
			get dependsOn() {
				return (deps ??= [...shares().flatMap((s) => s.deps), ...(penalty ? [p.id] : [])]);
			},
			evaluate: (args) => {
				const each = shares();
				const arity = each[0].deps.length;
				let total = 0;
				for (let m = 0; m < N; m++) total += each[m].value(args.slice(m * arity, (m + 1) * arity));
				return total / N + (penalty ? penalty.value(args[N * arity]) : 0);
			},
			// Written when a page asks (the largest trace has 49,152 gradients of 256 shares each).
			get factors() {
				return shares().flatMap((s) => s.factors());
			}
		};
	}
};

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
			symbols: () => symProduct(labels.delta(l, j, k), labels.a(l - 1, i, k)),
			numbers: (num) => numProduct(num(d), num(a)),
			value: ([dv, av]) => dv * av,
			factors: () => [
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
			symbols: () => sum(js.map((j) => labels.delta(l, j, k))),
			numbers: (num) => sum(deltas.map((d) => numProduct(num(d)))),
			value: (args) => args.reduce((s, x) => s + x, 0),
			factors: () => deltas.map((d, m) => ({ tex: labels.delta(l, js[m], k), ref: d }))
		};
	}
	const j = p.j as number;
	const act = ctx.layer(l).activation;
	const op = activationOp(act.name);
	const dA = ids.d(ids.a(l, j, k));
	const z = ids.z(l, j, k);
	const a = ids.a(l, j, k);
	// Under dropout a_j = m/(1 − p) · prelu(z_j), so the scale is a factor of ∂a_j/∂α_j too.
	const drop = ctx.dropout[l];
	const scale = drop ? dropoutScale(drop, j, k) : 1;
	const scaleTex = drop ? [texConstant(scale)] : [];
	return {
		deps: [dA, z, a, p.id],
		symbols: () => chain(labels.partial(labels.a(l, j, k), k), ...scaleTex, `\\min(0, ${labels.z(l, j, k)})`),
		numbers: (num) => chain(numProduct(num(dA)), ...scaleTex, `\\min(0, ${num(z)})`),
		value: ([g, zv, av, alpha]) => g * scale * (op.dAlpha ? op.dAlpha(zv, av, act, alpha) : 0),
		factors: () => [{ tex: labels.partial(labels.a(l, j, k), k), ref: dA }]
	};
}
