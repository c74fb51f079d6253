// The forward pass: for each layer, each neuron's net input z = Σ_i w_ji a_i + b_j, then its
// output a = f(z). Softmax outputs read every z of their layer.

import { activationOp } from '../ops';
import { softmax } from '../ops/activations/softmax';
import type { Activation } from '../spec/types';
import type { TraceContext } from './context';
import { ids } from './ids';
import { numProduct, sum, symProduct, texConstant } from './tex';

export function forwardPass(ctx: TraceContext): void {
	for (const k of ctx.samples) {
		for (let l = 1; l <= ctx.L; l++) {
			const act = ctx.layer(l).activation;
			for (let j = 1; j <= ctx.size(l); j++) {
				netInput(ctx, l, j, k);
				if (act.name !== 'softmax') output(ctx, l, j, k, act);
			}
			if (act.name === 'softmax') for (let j = 1; j <= ctx.size(l); j++) softmaxOutput(ctx, l, j, k);
		}
	}
}

function netInput(ctx: TraceContext, l: number, j: number, k: number | null): void {
	const { labels, rec } = ctx;
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
	rec.record({
		id: ids.z(l, j, k),
		label: labels.z(l, j, k),
		phase: 'forward',
		formula: () => `${labels.z(l, j, k)} = ${sum(symTerms)}`,
		substituted: (n) =>
			sum([...factorIds.map(([w, a]) => numProduct(n(w), n(a))), ...(bias ? [n(bias)] : [])]),
		dependsOn: deps,
		evaluate: (args) => {
			let s = 0;
			for (let p = 0; p < pairs; p++) s += args[2 * p] * args[2 * p + 1];
			return bias ? s + args[2 * pairs] : s;
		},
		sample: k
	});
}

function output(ctx: TraceContext, l: number, j: number, k: number | null, act: Activation): void {
	const { labels, rec } = ctx;
	const op = activationOp(act.name);
	const layer = ctx.layer(l);
	const z = ids.z(l, j, k);
	// prelu's slope is a trainable parameter (a leaf); rrelu's is a fixed draw, written as a number.
	const alphaId = act.name === 'prelu' ? ids.alpha(l, j) : null;
	const fixedAlpha = act.name === 'rrelu' ? layer.alphas?.[j - 1] : undefined;
	rec.record({
		id: ids.a(l, j, k),
		label: labels.a(l, j, k),
		phase: 'forward',
		formula: () => `${labels.a(l, j, k)} = ${op.tex.apply(labels.z(l, j, k), act, alphaId ? labels.alpha(l, j) : fixedAlpha === undefined ? undefined : texConstant(fixedAlpha))}`,
		substituted: (n) =>
			op.tex.apply(n(z), act, alphaId ? n(alphaId) : fixedAlpha === undefined ? undefined : texConstant(fixedAlpha)),
		dependsOn: alphaId ? [z, alphaId] : [z],
		evaluate: (args) => op.f(args[0], act, alphaId ? args[1] : fixedAlpha),
		sample: k
	});
}

function softmaxOutput(ctx: TraceContext, l: number, j: number, k: number | null): void {
	const { labels, rec } = ctx;
	const n = ctx.size(l);
	const zs = Array.from({ length: n }, (_, m) => ids.z(l, m + 1, k));
	const exp = (s: string) => `e^{${s}}`;
	rec.record({
		id: ids.a(l, j, k),
		label: labels.a(l, j, k),
		phase: 'forward',
		formula: () => `${labels.a(l, j, k)} = \\frac{${exp(labels.z(l, j, k))}}{${sum(zs.map((_, m) => exp(labels.z(l, m + 1, k))))}}`,
		substituted: (num) => `\\frac{${exp(num(zs[j - 1]))}}{${sum(zs.map((id) => exp(num(id))))}}`,
		dependsOn: zs,
		evaluate: (args) => softmax(args)[j - 1],
		sample: k
	});
}
