// The trainable parameters of the network in the order a person updates them: layer by layer,
// weights row by row, then biases, then prelu slopes. Frozen ones are left out.

import { biasIds, type TraceContext } from './context';
import { ids } from './ids';

export interface Param {
	id: string;
	label: string;
	kind: 'w' | 'b' | 'alpha';
	l: number;
	/** Neuron of layer l (null for a shared bias). */
	j: number | null;
	/** Neuron of layer l − 1, for weights. */
	i: number | null;
	/** The tensor it belongs to, for per-tensor clipping: `w[2]`, `b[2]`, `alpha[2]`. */
	tensor: string;
}

export function layerParams(ctx: TraceContext, l: number): Param[] {
	const layer = ctx.layer(l);
	const out: Param[] = [];
	if (layer.trainableWeights) {
		layer.weights.forEach((row, j) =>
			row.forEach((_, i) =>
				out.push({
					id: ids.w(l, j + 1, i + 1),
					label: ctx.labels.w(l, j + 1, i + 1),
					kind: 'w',
					l,
					j: j + 1,
					i: i + 1,
					tensor: `w[${l}]`
				})
			)
		);
	}
	if (layer.trainableBiases) {
		for (const b of biasIds(layer, l)) {
			out.push({ id: b.id, label: ctx.labels.b(l, b.j), kind: 'b', l, j: b.j, i: null, tensor: `b[${l}]` });
		}
	}
	if (layer.activation.name === 'prelu' && layer.trainableWeights) {
		for (let j = 1; j <= layer.size; j++) {
			out.push({ id: ids.alpha(l, j), label: ctx.labels.alpha(l, j), kind: 'alpha', l, j, i: null, tensor: `alpha[${l}]` });
		}
	}
	return out;
}

export function allParams(ctx: TraceContext): Param[] {
	const out: Param[] = [];
	for (let l = 1; l <= ctx.L; l++) out.push(...layerParams(ctx, l));
	return out;
}
