// What the exported scripts add to the plain forward pass and loss: each layer's dropout mask (the
// trace's own, so the scripts print the trace's numbers) and the penalties Keras adds to the loss
// (an output's penalty to each sample's loss, so the mean over the samples is Keras's division by
// the batch size).

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
	/** The same summed along each row (one number per sample). */
	rowAbs(x: string): string;
	rowSq(x: string): string;
}

function term(reg: Regularizer, x: string, abs: (x: string) => string, sq: (x: string) => string): string {
	return [reg.l1 ? `${pyNumber(reg.l1)} * ${abs(x)}` : '', reg.l2 || !reg.l1 ? `${pyNumber(reg.l2)} * ${sq(x)}` : ''].filter(Boolean).join(' + ');
}

/** The penalties on weights and biases, added to the mean loss. */
export function penaltyTerms(net: Network, py: PythonNames): string[] {
	return net.layers.flatMap((layer, i) => {
		const l = i + 1;
		return [
			layer.regularizer ? term(layer.regularizer, py.W(l), py.sumAbs, py.sumSq) : '',
			layer.biasRegularizer ? term(layer.biasRegularizer, py.b(l), py.sumAbs, py.sumSq) : ''
		].filter(Boolean);
	});
}

/** The activity penalties, one number per sample, added to each sample's loss E_k (as the trace writes E_k). */
export function activityTerms(net: Network, py: PythonNames): string[] {
	return net.layers.flatMap((layer, i) => (layer.activityRegularizer ? [term(layer.activityRegularizer, py.a(i + 1), py.rowAbs, py.rowSq)] : []));
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
