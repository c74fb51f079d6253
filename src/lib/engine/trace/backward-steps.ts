// How the backward pass's steps are written (backward.ts computes their values): the formula in
// symbols with the chain rule factor by factor, the numbers, the ids read and the local rule.

import { texToText } from '../format/tex-text';
import { activationOp, lossOp } from '../ops';
import { softmaxBackward } from '../ops/activations/softmax';
import { ids } from './ids';
import type { Kind } from './lazy';
import { chain, numProduct, sum, symProduct, texConstant, sumOf } from './tex';
import { activityRegularizer, penaltySlope, writePenaltySlope } from './regularization';

/** Softmax with cross-entropy: δ_j = a_j − y_j. */
export const SOFTMAX_CE_DELTA: Kind = {
	phase: 'backward',
	id: (l, j, k) => ids.delta(l, j, k),
	label: (ctx, L, j, k) => ctx.labels.delta(L, j, k),
	describe(ctx, L, j, k) {
		const { labels } = ctx;
		const a = ids.a(L, j, k);
		const y = ids.y(j, k);
		return {
			formula: () => `${labels.delta(L, j, k)} = ${labels.partial(labels.z(L, j, k), k)} = ${labels.a(L, j, k)} - ${labels.y(j, k)}`,
			substituted: (num) => `${num(a)} - ${numProduct(num(y))}`,
			dependsOn: [a, y],
			evaluate: ([av, yv]) => av - yv,
			factors: [{ tex: labels.a(L, j, k), ref: a }],
			note: {
				en: 'Softmax with cross-entropy: the two derivatives combine into a − y.',
				'zh-TW': 'Softmax 搭配交叉熵：兩個導數合併為 a − y。'
			}
		};
	}
};

/** ∂E/∂a_j of an output from the loss. */
export const OUTPUT_DA: Kind = {
	phase: 'backward',
	id: (l, j, k) => ids.d(ids.a(l, j, k)),
	label: (ctx, L, j, k) => ctx.labels.partial(ctx.labels.a(L, j, k), k),
	describe(ctx, L, j, k) {
		const { labels, rec, net } = ctx;
		const op = lossOp(net.loss);
		const n = ctx.size(L);
		const outputs = Array.from({ length: n }, (_, m) => rec.value(ids.a(L, m + 1, k)));
		const targets = Array.from({ length: n }, (_, m) => rec.value(ids.y(m + 1, k)));
		const a = ids.a(L, j, k);
		const y = ids.y(j, k);
		// Every loss of docs/maths.md is a sum over outputs, so ∂E/∂a_j reads only a_j and y_j.
		const grad = ([av, yv]: number[]) => {
			const as = outputs.slice();
			const ys = targets.slice();
			as[j - 1] = av;
			ys[j - 1] = yv;
			return op.grad(as, ys)[j - 1];
		};
		return {
			formula: () => `${labels.partial(labels.a(L, j, k), k)} = ${op.tex.grad(labels.a(L, j, k), labels.y(j, k), n, outputs[j - 1], targets[j - 1])}`,
			substituted: (num) => op.tex.grad(num(a), num(y), n, rec.value(a), rec.value(y)),
			dependsOn: [a, y],
			evaluate: grad
		};
	}
};

/** δ_j = ∂E/∂a_j · f′(z_j). */
export const DELTA: Kind = {
	phase: 'backward',
	id: (l, j, k) => ids.delta(l, j, k),
	label: (ctx, l, j, k) => ctx.labels.delta(l, j, k),
	describe(ctx, l, j, k) {
		const { labels, rec } = ctx;
		const layer = ctx.layer(l);
		const act = layer.activation;
		const op = activationOp(act.name);
		const dA = ids.d(ids.a(l, j, k));
		const z = ids.z(l, j, k);
		const a = ids.a(l, j, k);
		const alphaId = act.name === 'prelu' ? ids.alpha(l, j) : null;
		const fixedAlpha = act.name === 'rrelu' ? layer.alphas?.[j - 1] : undefined;
		const aSym = labels.a(l, j, k);
		const zSym = labels.z(l, j, k);
		const alphaTex = (num?: (id: string) => string) =>
			alphaId ? (num ? num(alphaId) : labels.alpha(l, j)) : fixedAlpha === undefined ? undefined : texConstant(fixedAlpha);
		const zValue = rec.value(z);
		return {
			formula: () => `${labels.delta(l, j, k)} = ${labels.partial(zSym, k)} = ${chain(labels.partial(aSym, k), labels.local(aSym, zSym))} = ${chain(labels.partial(aSym, k), op.tex.derivative(zSym, aSym, act, zValue, alphaTex()))}`,
			substituted: (num) => chain(numProduct(num(dA)), op.tex.derivative(num(z), num(a), act, zValue, alphaTex(num))),
			dependsOn: alphaId ? [dA, z, a, alphaId] : [dA, z, a],
			evaluate: (args) => args[0] * op.df(args[1], args[2], act, alphaId ? args[3] : fixedAlpha),
			factors: [
				{ tex: labels.partial(aSym, k), ref: dA },
				{ tex: labels.local(aSym, zSym), ref: a }
			]
		};
	}
};

/** Softmax outputs all depend on every z: δ_j = a_j (∂E/∂a_j − Σ_m ∂E/∂a_m a_m). */
export const SOFTMAX_DELTA: Kind = {
	phase: 'backward',
	id: (l, j, k) => ids.delta(l, j, k),
	label: (ctx, L, j, k) => ctx.labels.delta(L, j, k),
	describe(ctx, L, j, k) {
		const { labels } = ctx;
		const n = ctx.size(L);
		const as = Array.from({ length: n }, (_, m) => ids.a(L, m + 1, k));
		const dAs = as.map((a) => ids.d(a));
		const aj = labels.a(L, j, k);
		const inner = (dA: string[], a: string[]) => sum(dA.map((d, m) => symProduct(d, a[m])));
		return {
			formula: () => `${labels.delta(L, j, k)} = ${labels.partial(labels.z(L, j, k), k)} = ${aj}\\left(${labels.partial(aj, k)} - \\left(${inner(
				as.map((_, m) => labels.partial(labels.a(L, m + 1, k), k)),
				as.map((_, m) => labels.a(L, m + 1, k))
			)}\\right)\\right)`,
			substituted: (num) =>
				`${num(as[j - 1])}\\left(${num(dAs[j - 1])} - \\left(${sum(dAs.map((d, m) => numProduct(num(d), num(as[m]))))}\\right)\\right)`,
			dependsOn: [...dAs, ...as],
			evaluate: (args) => softmaxBackward(args.slice(n), args.slice(0, n))[j - 1],
			note: {
				en: 'Softmax: every output depends on every net input, so δ sums over all outputs.',
				'zh-TW': 'Softmax：每個輸出都依賴所有淨輸入，因此 δ 要對所有輸出加總。'
			}
		};
	}
};

/** Up to this many paths a note names them all; past it, the first two and the last. */
const FEW_PATHS = 4;

/** The neurons 1…m a note names, in plain text (a note is text, not maths). */
function pathNames(m: number, name: (j: number) => string): string {
	if (m <= FEW_PATHS) return Array.from({ length: m }, (_, j) => name(j + 1)).join(', ');
	return [name(1), name(2), '…', name(m)].join(', ');
}

/** ∂E/∂a_i of a hidden neuron (layer l, neuron i): the sum over the paths back from layer l + 1. */
export const HIDDEN_DA: Kind = {
	phase: 'backward',
	id: (l, j, k) => ids.d(ids.a(l, j, k)),
	label: (ctx, l, i, k) => ctx.labels.partial(ctx.labels.a(l, i, k), k),
	describe(ctx, l, i, k) {
		const { labels } = ctx;
		const next = l + 1;
		const m = ctx.size(next);
		const deltas = Array.from({ length: m }, (_, j) => ids.delta(next, j + 1, k));
		const ws = Array.from({ length: m }, (_, j) => ids.w(next, j + 1, i));
		const ai = labels.a(l, i, k);
		const paths = deltas.map((_, j) =>
			chain(labels.partial(labels.z(next, j + 1, k), k), labels.local(labels.z(next, j + 1, k), ai))
		);
		const names = pathNames(m, (j) => texToText(labels.neuron(next, j)));
		// An activity penalty on this layer adds its slope at a_i (the last dependency).
		const activity = activityRegularizer(ctx, l);
		const a = ids.a(l, i, k);
		const plus = (s: string, x: string) => (activity ? `${s} + ${writePenaltySlope(activity, x)}` : s);
		return {
			formula: () =>
				`${labels.partial(ai, k)} = ${plus(sum(paths), ai)} = ${plus(sumOf(deltas.length, (j) => symProduct(labels.delta(next, j + 1, k), labels.w(next, j + 1, i))), ai)}`,
			substituted: (num) => plus(sumOf(deltas.length, (j) => numProduct(num(deltas[j]), num(ws[j]))), numProduct(num(a))),
			dependsOn: [...deltas.flatMap((d, j) => [d, ws[j]]), ...(activity ? [a] : [])],
			evaluate: (args) => {
				let s = 0;
				for (let p = 0; p < m; p++) s += args[2 * p] * args[2 * p + 1];
				if (activity) s += penaltySlope(activity, args[2 * m]);
				return s;
			},
			factors: deltas.flatMap((d, j) => [
				{ tex: labels.delta(next, j + 1, k), ref: d },
				{ tex: labels.w(next, j + 1, i), ref: ws[j] }
			]),
			note: {
				en: `Sum over the ${m > FEW_PATHS ? `${m} ` : ''}paths back from ${names}: ${texToText(ai)} feeds each of them.`,
				'zh-TW': `對 ${names}${m > FEW_PATHS ? `（共 ${m} 個）` : ' '}回傳的所有路徑加總：${texToText(ai)} 連到它們每一個。`
			}
		};
	}
};
