// Inverted dropout in the trace, as Keras's Dropout after a dense layer while training: sample k
// keeps neuron j (mask 1) or drops it (mask 0), and
//   a_j = m_j / (1 − p) · f(z_j),   δ_j = ∂E/∂a_j · m_j / (1 − p) · f′(z_j),
// so a dropped neuron's output and δ are 0 and nothing flows back through it. f′ is written in z
// (σ(z)(1 − σ(z)), not a(1 − a)): a is the scaled output here.

import { activationOp } from '../ops';
import { drawDropoutMask } from '../spec/init';
import type { Network } from '../spec/types';
import type { TraceContext } from './context';
import { ids } from './ids';
import type { Kind } from './lazy';
import { chain, numProduct, texConstant } from './tex';

export interface LayerDropout {
	rate: number;
	/** mask[s][j] (0-based sample and neuron): 1 kept, 0 dropped; a row for every sample. */
	mask: number[][];
}

/** Each layer's dropout with its mask resolved for the network's samples; index l (0: the input, none). */
export function layerDropouts(net: Network): (LayerDropout | null)[] {
	const N = Math.max(1, net.samples.length);
	return [
		null,
		...net.layers.map((layer, index) => {
			const d = layer.dropout;
			if (!d) return null;
			const given = d.mask;
			const mask = given
				? Array.from({ length: N }, (_, s) => (given.length === 1 ? given[0] : given[s]))
				: drawDropoutMask(d.rate, layer.size, N, net.seed, index + 1);
			return { rate: d.rate, mask };
		})
	];
}

/** m / (1 − p) for neuron j (1-based) of sample k (1-based, null for the only one). */
export function dropoutScale(d: LayerDropout, j: number, k: number | null): number {
	return d.mask[k == null ? 0 : k - 1][j - 1] / (1 - d.rate);
}

function dropped(ctx: TraceContext, l: number, j: number, k: number | null): { d: LayerDropout; m: number; scale: number } {
	const d = ctx.dropout[l] as LayerDropout;
	const m = d.mask[k == null ? 0 : k - 1][j - 1];
	return { d, m, scale: m / (1 - d.rate) };
}

/** The factor m/(1 − p) as written: `\frac{1}{1 - 0.5}`. */
function scaleTex(d: LayerDropout, m: number): string {
	return `\\frac{${m}}{1 - ${texConstant(d.rate)}}`;
}

function dropNote(d: LayerDropout, m: number): NonNullable<ReturnType<Kind['describe']>['note']> {
	const p = texConstant(d.rate);
	if (m === 0) {
		return {
			en: `Dropped out (rate ${p}): this neuron's output is 0 for this sample, and so is its δ — no gradient flows back through it.`,
			'zh-TW': `被 dropout 丟棄（比率 ${p}）：此樣本中這個神經元的輸出為 0，它的 δ 也是 0，梯度不會經過它往回傳。`
		};
	}
	const s = texConstant(1 / (1 - d.rate));
	return {
		en: `Kept by dropout (rate ${p}): scaled by 1/(1 − ${p}) = ${s}, so the expected output is unchanged.`,
		'zh-TW': `dropout 保留（比率 ${p}）：乘上 1/(1 − ${p}) = ${s}，使輸出的期望值不變。`
	};
}

/** The slope of prelu (a parameter) or rrelu (a fixed draw), as the activation's ops want it. */
function slopeOf(ctx: TraceContext, l: number, j: number) {
	const layer = ctx.layer(l);
	const act = layer.activation;
	const alphaId = act.name === 'prelu' ? ids.alpha(l, j) : null;
	const fixed = act.name === 'rrelu' ? layer.alphas?.[j - 1] : undefined;
	const tex = (num?: (id: string) => string) =>
		alphaId ? (num ? num(alphaId) : ctx.labels.alpha(l, j)) : fixed === undefined ? undefined : texConstant(fixed);
	return { act, alphaId, fixed, tex };
}

/** a_j = m_j/(1 − p) · f(z_j). */
export const DROPPED_OUTPUT: Kind = {
	phase: 'forward',
	id: (l, j, k) => ids.a(l, j, k),
	label: (ctx, l, j, k) => ctx.labels.a(l, j, k),
	describe(ctx, l, j, k) {
		const { labels } = ctx;
		const { act, alphaId, fixed, tex } = slopeOf(ctx, l, j);
		const op = activationOp(act.name);
		const { d, m, scale } = dropped(ctx, l, j, k);
		const z = ids.z(l, j, k);
		return {
			formula: () => `${labels.a(l, j, k)} = ${chain(scaleTex(d, m), op.tex.apply(labels.z(l, j, k), act, tex()))}`,
			substituted: (n) => chain(scaleTex(d, m), op.tex.apply(n(z), act, tex(n))),
			dependsOn: alphaId ? [z, alphaId] : [z],
			evaluate: (args) => scale * op.f(args[0], act, alphaId ? args[1] : fixed),
			note: dropNote(d, m)
		};
	}
};

/** δ_j = ∂E/∂a_j · m_j/(1 − p) · f′(z_j). */
export const DROPPED_DELTA: Kind = {
	phase: 'backward',
	id: (l, j, k) => ids.delta(l, j, k),
	label: (ctx, l, j, k) => ctx.labels.delta(l, j, k),
	describe(ctx, l, j, k) {
		const { labels, rec } = ctx;
		const { act, alphaId, fixed, tex } = slopeOf(ctx, l, j);
		const op = activationOp(act.name);
		const { d, m, scale } = dropped(ctx, l, j, k);
		const dA = ids.d(ids.a(l, j, k));
		const z = ids.z(l, j, k);
		const aSym = labels.a(l, j, k);
		const zSym = labels.z(l, j, k);
		const zValue = rec.value(z);
		const fz = (zTex: string, num?: (id: string) => string) => op.tex.apply(zTex, act, tex(num));
		return {
			formula: () =>
				`${labels.delta(l, j, k)} = ${labels.partial(zSym, k)} = ${chain(labels.partial(aSym, k), labels.local(aSym, zSym))} = ${chain(labels.partial(aSym, k), scaleTex(d, m), op.tex.derivative(zSym, fz(zSym), act, zValue, tex()))}`,
			substituted: (n) => chain(numProduct(n(dA)), scaleTex(d, m), op.tex.derivative(n(z), fz(n(z), n), act, zValue, tex(n))),
			dependsOn: alphaId ? [dA, z, alphaId] : [dA, z],
			evaluate: (args) => {
				const alpha = alphaId ? args[2] : fixed;
				return args[0] * scale * op.df(args[1], op.f(args[1], act, alpha), act, alpha);
			},
			factors: [
				{ tex: labels.partial(aSym, k), ref: dA },
				{ tex: labels.local(aSym, zSym), ref: ids.a(l, j, k) }
			],
			note: dropNote(d, m)
		};
	}
};
