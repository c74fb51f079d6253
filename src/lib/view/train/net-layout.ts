// Where the network view puts each feature, neuron and edge: columns spread over the room there is
// (between a node and a half and a node and three quarters of a column apart), the layers centred
// vertically, room on the left for the features' names.

import type { Network } from '$lib/engine/spec/types';
import { plain } from './format';

/** A feature (layer 0) or neuron j (0-based) of layer `layer` (1 = the first after the inputs). */
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
	nodes: { key: string; ref: NodeRef; x: number; y: number }[];
	edges: { key: string; ref: EdgeRef; x1: number; y1: number; x2: number; y2: number; w: number; width: number; title: string }[];
}

const NODE = 36;
const ROW = 46;
/** Room for the features' names. */
const NAMES = 52;
const MIN_COL = NODE + 22;
const MAX_COL = 150;

/** A feature's name, or "layer.neuron" (1-based) for a neuron. */
export const nodeName = (layer: number, j: number, inputNames: string[]) => (layer === 0 ? inputNames[j] : `${layer}.${j + 1}`);

/** The view of `net` in `room` pixels (wider when the columns cannot come closer). */
export function netLayout(net: Network, inputNames: string[], room: number, edgeLabel: (from: string, to: string, value: string) => string): NetLayout {
	const sizes = [net.input.size, ...net.layers.map((l) => l.size)];
	const cols = sizes.length;
	const col = Math.max(MIN_COL, Math.min(MAX_COL, Math.floor((room - NAMES - NODE - 8) / Math.max(1, cols - 1))));
	const height = Math.max(...sizes) * ROW;
	const x = (l: number) => NAMES + l * col;
	const y = (l: number, j: number) => (height - sizes[l] * ROW) / 2 + j * ROW + (ROW - NODE) / 2;
	const nameOf = (l: number, j: number) => nodeName(l, j, inputNames);
	const nodes = sizes.flatMap((n, l) => Array.from({ length: n }, (_, j) => ({ key: `${l}-${j}`, ref: { layer: l, j }, x: x(l), y: y(l, j) })));
	let max = 1e-9;
	for (const layer of net.layers) for (const row of layer.weights) for (const w of row) if (Number.isFinite(w)) max = Math.max(max, Math.abs(w));
	const edges = net.layers.flatMap((layer, k) =>
		layer.weights.flatMap((row, j) =>
			row.map((w, i) => ({
				key: `${k + 1}-${j}-${i}`,
				ref: { layer: k, j, i },
				x1: x(k) + NODE,
				y1: y(k, i) + NODE / 2,
				x2: x(k + 1),
				y2: y(k + 1, j) + NODE / 2,
				w,
				width: 0.6 + 4 * Math.min(1, Math.abs(w) / max),
				title: edgeLabel(nameOf(k, i), nameOf(k + 1, j), plain(w))
			}))
		)
	);
	return { width: x(cols - 1) + NODE + 4, height, node: NODE, nodes, edges };
}
