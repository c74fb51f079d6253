// How a course line is written: ∂Error/∂z of a neuron as the chain the course writes, from the
// output layer down (∂Error/∂O · ∂O/∂O_in, then Σ over the paths · w · ∂H/∂H_in), in symbols and
// with the written numbers. A chain with more than MAX_PATHS paths is written by its value instead.

import { activationOp, lossOp } from '../../ops';
import type { TraceContext } from '../context';
import { ids } from '../ids';
import { chain, numProduct, sum } from '../tex';
import type { CourseLabels } from './labels';
import { outputCombined } from './chain';

export const MAX_PATHS = 16;

type Num = (id: string) => string;

export interface Written {
	symbols: string;
	numbers: (num: Num) => string;
}

const group = (s: string) => `\\left(${s}\\right)`;

/** Number of paths from layer l to the outputs. */
export function paths(ctx: TraceContext, l: number): number {
	let p = 1;
	for (let m = l + 1; m <= ctx.L; m++) p *= ctx.size(m);
	return p;
}

/** ∂a/∂z of neuron j of layer l, in symbols and numbers (`O_1(1 - O_1)`, `0.48(1 - 0.48)`). */
export function localSlope(ctx: TraceContext, l: number, j: number, k: number | null): Written {
	const labels = ctx.labels as CourseLabels;
	const layer = ctx.layer(l);
	const act = layer.activation;
	const op = activationOp(act.name);
	const z = ctx.v.z[l][ctx.v.at(l, j, k)];
	const a = ids.a(l, j, k);
	return {
		symbols: labels.local(labels.a(l, j, k), labels.z(l, j, k)),
		numbers: (num) => op.tex.derivative(ctx.rec.format(z), num(a), act, z)
	};
}

/** ∂Error/∂z of neuron j of layer l written as the course writes it. */
export function delta(ctx: TraceContext, l: number, j: number, k: number | null): Written {
	const labels = ctx.labels as CourseLabels;
	const L = ctx.L;
	if (l === L) {
		if (outputCombined(ctx)) {
			const a = ids.a(L, j, k);
			const y = ids.y(j, k);
			return {
				symbols: group(`${labels.a(L, j, k)} - ${labels.y(j, k)}`),
				numbers: (num) => group(`${num(a)} - ${numProduct(num(y))}`)
			};
		}
		const g = ids.d(ids.a(L, j, k));
		const f = localSlope(ctx, L, j, k);
		return {
			symbols: chain(labels.partial(labels.a(L, j, k), k), f.symbols),
			numbers: (num) => chain(numProduct(num(g)), f.numbers(num))
		};
	}
	const above = Array.from({ length: ctx.size(l + 1) }, (_, m) => m + 1);
	const terms = above.map((m) => {
		const d = delta(ctx, l + 1, m, k);
		const w = ids.w(l + 1, m, j);
		return {
			symbols: chain(d.symbols, ctx.labels.w(l + 1, m, j)),
			numbers: (num: Num) => chain(d.numbers(num), numProduct(num(w)))
		};
	});
	const f = localSlope(ctx, l, j, k);
	return {
		symbols: chain(group(sum(terms.map((t) => t.symbols))), f.symbols),
		numbers: (num) => chain(group(sum(terms.map((t) => t.numbers(num)))), f.numbers(num))
	};
}

/** The loss's ∂Error/∂O_j in symbols and numbers (`O_1 - y_1`). */
export function outputGradientTex(ctx: TraceContext, j: number, k: number | null): Written {
	const L = ctx.L;
	const op = lossOp(ctx.net.loss);
	const n = ctx.size(L);
	const a = ids.a(L, j, k);
	const y = ids.y(j, k);
	const aValue = ctx.rec.value(a);
	const yValue = ctx.v.y[ctx.v.at(L, j, k)];
	return {
		symbols: op.tex.grad(ctx.labels.a(L, j, k), ctx.labels.y(j, k), n, aValue, yValue),
		numbers: (num) => op.tex.grad(num(a), num(y), n, aValue, yValue)
	};
}
