// The graph's leaves: parameters, inputs and targets. They are given, not computed.

import { biasIds, type TraceContext } from './context';
import { ids } from './ids';

export function registerLeaves(ctx: TraceContext): void {
	const { net, rec, labels } = ctx;
	for (let l = 1; l <= ctx.L; l++) {
		const layer = ctx.layer(l);
		layer.weights.forEach((row, j) =>
			row.forEach((w, i) => rec.leaf(ids.w(l, j + 1, i + 1), labels.w(l, j + 1, i + 1), w))
		);
		for (const b of biasIds(layer, l)) {
			const value = b.j == null ? (layer.biases as number) : (layer.biases as number[])[b.j - 1];
			rec.leaf(b.id, labels.b(l, b.j), value);
		}
		if (layer.activation.name === 'prelu' && layer.alphas) {
			layer.alphas.forEach((alpha, j) => rec.leaf(ids.alpha(l, j + 1), labels.alpha(l, j + 1), alpha));
		}
	}
	net.samples.forEach((sample, s) => {
		const k = ctx.samples[s];
		sample.input.forEach((x, i) => rec.leaf(ids.a(0, i + 1, k), labels.a(0, i + 1, k), x));
		sample.target.forEach((y, j) => rec.leaf(ids.y(j + 1, k), labels.y(j + 1, k), y));
	});
}
