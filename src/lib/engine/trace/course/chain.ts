// ∂Error/∂z of every neuron from the course's written values, as one line computes it: the written
// ∂Error/∂O of the outputs, the written outputs (for f′), the weights on the paths. Nothing inside
// a line is rounded. `get` reads a written value by id, so the same code computes a line's value
// for the trace and recomputes it from a person's own answers for the checker.

import { activationOp, lossOp } from '../../ops';
import { softmaxBackward } from '../../ops/activations/softmax';
import { combinesWithSoftmax } from '../../ops/losses';
import type { TraceContext } from '../context';
import { ids } from '../ids';

export type Read = (id: string) => number;

/** f′ at neuron j of layer l: from its written output, and the net input the written values give. */
export function slope(ctx: TraceContext, l: number, j: number, k: number | null, get: Read): number {
	const layer = ctx.layer(l);
	const act = layer.activation;
	const z = ctx.v.z[l][ctx.v.at(l, j, k)];
	return activationOp(act.name).df(z, get(ids.a(l, j, k)), act, layer.alphas?.[j - 1]);
}

export function outputCombined(ctx: TraceContext): boolean {
	return ctx.layer(ctx.L).activation.name === 'softmax' && combinesWithSoftmax(ctx.net.loss);
}

/** ∂Error/∂z of output j alone, reading only its own written values (not for softmax). */
export function outputDelta(ctx: TraceContext, j: number, k: number | null, get: Read): number {
	const L = ctx.L;
	const a = get(ids.a(L, j, k));
	if (outputCombined(ctx)) return a - ctx.v.y[ctx.v.at(L, j, k)];
	return get(ids.d(ids.a(L, j, k))) * slope(ctx, L, j, k, get);
}

/** ∂Error/∂z of layer l (index j − 1) for sample k, from the output layer down. */
export function deltas(ctx: TraceContext, l: number, k: number | null, get: Read): number[] {
	const L = ctx.L;
	const n = ctx.size(L);
	const outputs = Array.from({ length: n }, (_, j) => get(ids.a(L, j + 1, k)));
	let d: number[];
	if (outputCombined(ctx)) {
		d = outputs.map((a, j) => a - ctx.v.y[ctx.v.at(L, j + 1, k)]);
	} else {
		const g = Array.from({ length: n }, (_, j) => get(ids.d(ids.a(L, j + 1, k))));
		d = ctx.layer(L).activation.name === 'softmax' ? softmaxBackward(outputs, g) : g.map((x, j) => x * slope(ctx, L, j + 1, k, get));
	}
	for (let m = L - 1; m >= l; m--) d = backOne(ctx, m, k, d, get);
	return d;
}

/** ∂Error/∂a of layer m from the deltas of layer m + 1: Σ over the paths, δ_j · w_ji. */
export function sumOverPaths(ctx: TraceContext, m: number, k: number | null, above: number[], get: Read): number[] {
	return Array.from({ length: ctx.size(m) }, (_, i) => {
		let s = 0;
		for (let j = 0; j < above.length; j++) s += above[j] * get(ids.w(m + 1, j + 1, i + 1));
		void k;
		return s;
	});
}

function backOne(ctx: TraceContext, m: number, k: number | null, above: number[], get: Read): number[] {
	return sumOverPaths(ctx, m, k, above, get).map((g, i) => g * slope(ctx, m, i + 1, k, get));
}

/** ∂Error_k/∂O from the loss, for one sample's written outputs and targets. */
export function outputGradient(ctx: TraceContext, j: number, k: number | null, get: Read): number {
	const L = ctx.L;
	const n = ctx.size(L);
	const a = Array.from({ length: n }, (_, m) => get(ids.a(L, m + 1, k)));
	const y = Array.from({ length: n }, (_, m) => ctx.v.y[ctx.v.at(L, m + 1, k)]);
	return lossOp(ctx.net.loss).grad(a, y)[j - 1];
}
