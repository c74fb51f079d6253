// Where the network view puts each feature, neuron and edge, as TensorFlow Playground does: every
// feature in the first column (the ones not used faded, without edges), then the layers, centred
// vertically; the columns spread over the room there is (no closer than a node and a bit), with room
// on the left for the features' names.

import type { Network } from '$lib/engine/spec/types';
import { FEATURES, type Feature } from '$lib/fast/grid';
import { plain } from './format';

/** A feature (layer 0, j its place in FEATURES) or neuron j (0-based) of `layer` (1 = the first after the inputs). */
export interface NodeRef {
	layer: number;
	j: number;
}

/** The weight into neuron j of `layer` (0-based index into network.layers) from neuron i before it. */
export interface EdgeRef {
	layer: number;
	j: number;
	i: number;
}

export interface NetLayout {
	width: number;
	height: number;
	node: number;
	/** Every feature; `input` is its input number in the network, null when it is not used. */
	features: { key: string; feature: Feature; ref: NodeRef; input: number | null; x: number; y: number }[];
	neurons: { key: string; ref: NodeRef; x: number; y: number }[];
	/** Above each hidden layer (1-based `layer`): where its size and buttons go. */
	heads: { layer: number; x: number; size: number }[];
	edges: { key: string; ref: EdgeRef; x1: number; y1: number; x2: number; y2: number; w: number; width: number; title: string }[];
}

const NODE = 36;
const ROW = 46;
/** Room above the columns for each hidden layer's size and buttons. */
const HEAD = 44;
/** Room for the features' names. */
const NAMES = 52;
const MIN_COL = NODE + 22;
const MAX_COL = 150;

/** A feature's name (input i of the network uses `used[i]`), or "layer.neuron" (1-based) for a neuron. */
export const nodeName = (layer: number, j: number, used: readonly Feature[], names: Record<Feature, string>) =>
	layer === 0 ? names[used[j]] : `${layer}.${j + 1}`;

/** The view of `net`, whose inputs are the features `used`, in `room` pixels (wider when the columns cannot come closer). */
export function netLayout(
	net: Network, used: readonly Feature[], names: Record<Feature, string>, room: number, edgeLabel: (from: string, to: string, value: string) => string
): NetLayout {
	const sizes = [FEATURES.length, ...net.layers.map((l) => l.size)];
	const cols = sizes.length;
	const col = Math.max(MIN_COL, Math.min(MAX_COL, Math.floor((room - NAMES - NODE - 8) / Math.max(1, cols - 1))));
	const body = Math.max(...sizes) * ROW;
	const height = HEAD + body;
	const x = (l: number) => NAMES + l * col;
	const y = (l: number, j: number) => HEAD + (body - sizes[l] * ROW) / 2 + j * ROW + (ROW - NODE) / 2;
	/** The row of input i of the network in the features' column. */
	const rowOf = (i: number) => FEATURES.indexOf(used[i]);
	const features = FEATURES.map((feature, j) => {
		const input = used.indexOf(feature);
		return { key: feature, feature, ref: { layer: 0, j }, input: input < 0 ? null : input, x: x(0), y: y(0, j) };
	});
	const neurons = sizes.slice(1).flatMap((n, k) => Array.from({ length: n }, (_, j) => ({ key: `${k + 1}-${j}`, ref: { layer: k + 1, j }, x: x(k + 1), y: y(k + 1, j) })));
	let max = 1e-9;
	for (const layer of net.layers) for (const row of layer.weights) for (const w of row) if (Number.isFinite(w)) max = Math.max(max, Math.abs(w));
	const edges = net.layers.flatMap((layer, k) =>
		layer.weights.flatMap((row, j) =>
			row.map((w, i) => ({
				key: `${k + 1}-${j}-${i}`,
				ref: { layer: k, j, i },
				x1: x(k) + NODE,
				y1: (k === 0 ? y(0, rowOf(i)) : y(k, i)) + NODE / 2,
				x2: x(k + 1),
				y2: y(k + 1, j) + NODE / 2,
				w,
				width: 0.6 + 4 * Math.min(1, Math.abs(w) / max),
				title: edgeLabel(nodeName(k, i, used, names), nodeName(k + 1, j, used, names), plain(w))
			}))
		)
	);
	const heads = net.layers.slice(0, -1).map((l, k) => ({ layer: k + 1, x: x(k + 1) + NODE / 2, size: l.size }));
	return { width: x(cols - 1) + NODE + 4, height, node: NODE, features, neurons, heads, edges };
}
