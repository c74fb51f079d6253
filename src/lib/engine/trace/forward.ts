// The forward pass: for each layer, each neuron's net input z = Σ_i w_ji a_i + b_j, then its
// output a = f(z) (with dropout, m/(1 − p) · f(z): dropout.ts). Softmax outputs read every z of their layer. Values are computed here over the
// layer arrays, in the order each step's own rule (`evaluate`) computes them, so the two agree to
// the last bit; each step's TeX and dependencies are written when read (lazy.ts).

import { activationOp } from '../ops';
import { softmax } from '../ops/activations/softmax';
import type { TraceContext } from './context';
import { ids } from './ids';
import { DROPPED_OUTPUT, dropoutScale } from './dropout';
import type { Kind } from './lazy';
import { numProduct, sum, symProduct, texConstant, sumOf } from './tex';

/** Yields after each sample, so that a page building a large trace can paint between them (build.ts). */
export function* forwardPass(ctx: TraceContext): Generator<void, void, void> {
	const { v, rec, L } = ctx;
	for (let l = 1; l <= L; l++) {
		v.mark('z', l);
		v.mark('a', l);
	}
	for (const k of ctx.samples) {
		const s = k == null ? 0 : k - 1;
		for (let l = 1; l <= L; l++) {
			const layer = ctx.layer(l);
			const act = layer.activation;
			const op = activationOp(act.name);
			const n = layer.size;
			const m = ctx.size(l - 1);
			const prev = v.a[l - 1];
			const from = s * m;
			const at = s * n;
			const zs = v.z[l];
			const as = v.a[l];
			const soft = act.name === 'softmax';
			const slopes = act.name === 'prelu' || act.name === 'rrelu' ? layer.alphas : undefined;
			const drop = ctx.dropout[l];
			for (let j = 1; j <= n; j++) {
				const row = layer.weights[j - 1];
				let sum = 0;
				for (let i = 0; i < m; i++) sum += row[i] * prev[from + i];
				const b = layer.biases;
				const u = b == null ? sum : sum + (typeof b === 'number' ? b : b[j - 1]);
				const z = (zs[at + j - 1] = v.round(u));
				rec.push(ctx.table.add(NET_INPUT, l, j, k, z, u));
				if (soft) continue;
				const f = op.f(z, act, slopes?.[j - 1]);
				const out = drop ? dropoutScale(drop, j, k) * f : f;
				const a = (as[at + j - 1] = v.round(out));
				rec.push(ctx.table.add(drop ? DROPPED_OUTPUT : OUTPUT, l, j, k, a, out));
			}
			if (!soft) continue;
			const p = softmax(Array.from(zs.subarray(at, at + n)));
			for (let j = 1; j <= n; j++) {
				const a = (as[at + j - 1] = v.round(p[j - 1]));
				rec.push(ctx.table.add(SOFTMAX_OUTPUT, l, j, k, a, p[j - 1]));
			}
		}
		yield;
	}
}

const NET_INPUT: Kind = {
	phase: 'forward',
	id: (l, j, k) => ids.z(l, j, k),
	label: (ctx, l, j, k) => ctx.labels.z(l, j, k),
	describe(ctx, l, j, k) {
		const { labels } = ctx;
		const layer = ctx.layer(l);
		const deps: string[] = [];
		const symTerms: string[] = [];
		const factorIds: [string, string][] = [];
		for (let i = 1; i <= ctx.size(l - 1); i++) {
			const w = ids.w(l, j, i);
			const a = ids.a(l - 1, i, k);
			deps.push(w, a);
			factorIds.push([w, a]);
			symTerms.push(symProduct(labels.w(l, j, i), labels.a(l - 1, i, k)));
		}
		const bias = layer.biases == null ? null : typeof layer.biases === 'number' ? ids.b(l, null) : ids.b(l, j);
		if (bias) {
			deps.push(bias);
			symTerms.push(labels.b(l, typeof layer.biases === 'number' ? null : j));
		}
		const pairs = factorIds.length;
		return {
			formula: () => `${labels.z(l, j, k)} = ${sum(symTerms)}`,
			substituted: (n) => sumOf(pairs + (bias ? 1 : 0), (m) => (m < pairs ? numProduct(n(factorIds[m][0]), n(factorIds[m][1])) : n(bias as string))),
			dependsOn: deps,
			evaluate: (args) => {
				let s = 0;
				for (let p = 0; p < pairs; p++) s += args[2 * p] * args[2 * p + 1];
				return bias ? s + args[2 * pairs] : s;
			}
		};
	}
};

const OUTPUT: Kind = {
	phase: 'forward',
	id: (l, j, k) => ids.a(l, j, k),
	label: (ctx, l, j, k) => ctx.labels.a(l, j, k),
	describe(ctx, l, j, k) {
		const { labels } = ctx;
		const layer = ctx.layer(l);
		const act = layer.activation;
		const op = activationOp(act.name);
		const z = ids.z(l, j, k);
		// prelu's slope is a trainable parameter (a leaf); rrelu's is a fixed draw, written as a number.
		const alphaId = act.name === 'prelu' ? ids.alpha(l, j) : null;
		const fixedAlpha = act.name === 'rrelu' ? layer.alphas?.[j - 1] : undefined;
		return {
			formula: () => `${labels.a(l, j, k)} = ${op.tex.apply(labels.z(l, j, k), act, alphaId ? labels.alpha(l, j) : fixedAlpha === undefined ? undefined : texConstant(fixedAlpha))}`,
			substituted: (n) =>
				op.tex.apply(n(z), act, alphaId ? n(alphaId) : fixedAlpha === undefined ? undefined : texConstant(fixedAlpha)),
			dependsOn: alphaId ? [z, alphaId] : [z],
			evaluate: (args) => op.f(args[0], act, alphaId ? args[1] : fixedAlpha)
		};
	}
};

const SOFTMAX_OUTPUT: Kind = {
	phase: 'forward',
	id: (l, j, k) => ids.a(l, j, k),
	label: (ctx, l, j, k) => ctx.labels.a(l, j, k),
	describe(ctx, l, j, k) {
		const { labels } = ctx;
		const n = ctx.size(l);
		const zs = Array.from({ length: n }, (_, m) => ids.z(l, m + 1, k));
		const exp = (s: string) => `e^{${s}}`;
		return {
			formula: () => `${labels.a(l, j, k)} = \\frac{${exp(labels.z(l, j, k))}}{${sum(zs.map((_, m) => exp(labels.z(l, m + 1, k))))}}`,
			substituted: (num) => `\\frac{${exp(num(zs[j - 1]))}}{${sum(zs.map((id) => exp(num(id))))}}`,
			dependsOn: zs,
			evaluate: (args) => softmax(args)[j - 1]
		};
	}
};
