// What the exported scripts add to the plain forward pass and loss: each layer's dropout mask (the
// trace's own, so the scripts print the trace's numbers) and the penalties Keras adds to the loss.

import type { Network, Regularizer } from '../spec/types';
import { layerDropouts } from '../trace/dropout';
import { pyMatrix, pyNumber } from './python';

/** How a script names layer l's tensors and sums over one. */
export interface PythonNames {
	W(l: number): string;
	b(l: number): string;
	a(l: number): string;
	sumAbs(x: string): string;
	sumSq(x: string): string;
}

/** Each penalty of the loss: weights and biases summed, outputs summed per sample and averaged over the samples. */
export function penaltyTerms(net: Network, py: PythonNames): string[] {
	const N = net.samples.length;
	const term = (reg: Regularizer, x: string) =>
		[reg.l1 ? `${pyNumber(reg.l1)} * ${py.sumAbs(x)}` : '', reg.l2 || !reg.l1 ? `${pyNumber(reg.l2)} * ${py.sumSq(x)}` : ''].filter(Boolean).join(' + ');
	return net.layers.flatMap((layer, i) => {
		const l = i + 1;
		return [
			layer.regularizer ? term(layer.regularizer, py.W(l)) : '',
			layer.biasRegularizer ? term(layer.biasRegularizer, py.b(l)) : '',
			layer.activityRegularizer ? `${term(layer.activityRegularizer, py.a(l))} / ${N}`.replace(/^(.* \+ .*) \/ /, '($1) / ') : ''
		].filter(Boolean);
	});
}

/** Layer l's mask as a constant (`M2 = tensor([[1, 0], …])`), or null without dropout. */
export function dropoutMasks(net: Network, constant: (matrix: string) => string): (string | null)[] {
	return layerDropouts(net)
		.slice(1)
		.map((d, i) => (d ? `M${i + 1} = ${constant(pyMatrix(d.mask))}  # dropout (rate ${pyNumber(d.rate)}): 1 kept, 0 dropped, a row per sample` : null));
}

/** The activation's call with dropout applied: `relu(z1) * M1 / (1 - 0.5)`. */
export function withDropout(net: Network, i: number, call: string): string {
	const d = net.layers[i].dropout;
	return d ? `${call} * M${i + 1} / (1 - ${pyNumber(d.rate)})` : call;
}
