// The graph's leaves: parameters, inputs and targets. They are given, not computed.

import type { TraceContext } from './context';
import { biasIds, ids } from './ids';

export function registerLeaves(ctx: TraceContext): void {
	const { rec } = ctx;
	eachLeaf(ctx, false, (id, value) => rec.leaf(id, value));
}

/** id → TeX label of every leaf, in the order they are registered. */
export function leafLabels(ctx: TraceContext): Record<string, string> {
	const out: Record<string, string> = {};
	eachLeaf(ctx, true, (id, _, label) => (out[id] = label as string));
	return out;
}

/** Visits every leaf in order; its label is written only when asked for. */
function eachLeaf(ctx: TraceContext, withLabels: boolean, visit: (id: string, value: number, label: string | null) => void): void {
	const { net, labels } = ctx;
	for (let l = 1; l <= ctx.L; l++) {
		const layer = ctx.layer(l);
		layer.weights.forEach((row, j) =>
			row.forEach((w, i) => visit(ids.w(l, j + 1, i + 1), w, withLabels ? labels.w(l, j + 1, i + 1) : null))
		);
		for (const b of biasIds(layer, l)) {
			const value = b.j == null ? (layer.biases as number) : (layer.biases as number[])[b.j - 1];
			visit(b.id, value, withLabels ? labels.b(l, b.j) : null);
		}
		const bn = layer.batchNorm;
		if (bn) {
			for (let j = 1; j <= layer.size; j++) {
				visit(ids.gamma(l, j), bn.gamma[j - 1], withLabels ? labels.gamma(l, j) : null);
				visit(ids.beta(l, j), bn.beta[j - 1], withLabels ? labels.beta(l, j) : null);
				visit(ids.movingMean(l, j), bn.movingMean[j - 1], withLabels ? labels.movingMean(l, j) : null);
				visit(ids.movingVariance(l, j), bn.movingVariance[j - 1], withLabels ? labels.movingVariance(l, j) : null);
			}
		}
		if (layer.activation.name === 'prelu' && layer.alphas) {
			layer.alphas.forEach((alpha, j) => visit(ids.alpha(l, j + 1), alpha, withLabels ? labels.alpha(l, j + 1) : null));
		}
	}
	net.samples.forEach((sample, s) => {
		const k = ctx.samples[s];
		sample.input.forEach((x, i) => visit(ids.a(0, i + 1, k), x, withLabels ? labels.a(0, i + 1, k) : null));
		sample.target.forEach((y, j) => visit(ids.y(j + 1, k), y, withLabels ? labels.y(j + 1, k) : null));
	});
}
