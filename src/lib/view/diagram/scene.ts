// What the diagram shows at one step of the trace: for every element the values known so far and
// whether the step computes it (current) or reads it (reads). Values appear as they are computed:
// activations in the forward pass, the loss, then deltas on neurons and gradients on edges, then the
// updated parameters. Pure data, recomputed per step; the layout is not.

import type { Network } from '$lib/engine/spec/types';
import type { Trace } from '$lib/engine/trace/types';
import { elementOf } from './elements';
import { biasKey, edgeKey, LOSS_KEY, nodeKey, targetKey } from './layout';
import { ids } from '$lib/engine/trace/ids';
import { layerDropouts, type LayerDropout } from '$lib/engine/trace/dropout';
import { runAtOnce } from '$lib/engine/slices';
import { maxMagnitude } from './style';

export type Mark = 'current' | 'reads' | null;

export interface NodeView {
	/** TeX label of the neuron (H_1, x_2). */
	label: string;
	/** Its output a (inputs: the given value), null until computed. */
	value: number | null;
	/** δ = ∂E/∂z, null until computed (and for inputs). */
	delta: number | null;
	/** Dropped out for the sample shown (its output and δ are 0). */
	dropped: boolean;
	mark: Mark;
}

export interface ParamView {
	label: string;
	value: number;
	gradient: number | null;
	updated: number | null;
	mark: Mark;
}

export interface TargetView {
	label: string;
	value: number;
	mark: Mark;
}

export interface Scene {
	/** The sample whose per-sample values are shown (null with one sample). */
	sample: number | null;
	nodes: Record<string, NodeView>;
	edges: Record<string, ParamView>;
	biases: Record<string, ParamView>;
	targets: Record<string, TargetView>;
	loss: { value: number | null; mark: Mark };
	/** The largest |w| of the whole network, which edge widths are scaled to. */
	maxWeight: number;
}

/** Steps read one by one for a scene this early in the trace; later ones use the index of positions. */
const READ_DIRECTLY = 4096;
const positions = new WeakMap<Trace, Map<string, number>>();

/** Each step's position by id, built once per trace (800,000 steps take a second in a browser). */
function positionsOf(trace: Trace): Map<string, number> {
	if (!positions.has(trace)) runAtOnce(indexPositions(trace));
	return positions.get(trace) as Map<string, number>;
}

/** Builds the index of positions a slice at a time (the lab runs it after a large trace arrives: ../../engine/slices.ts). */
export function* indexPositions(trace: Trace): Generator<void, void, void> {
	const index = new Map<string, number>();
	for (let n = 0; n < trace.steps.length; n++) {
		index.set(trace.steps[n].id, n);
		if (n % 20_000 === 19_999) {
			yield;
			if (positions.has(trace)) return; // built meanwhile, all at once
		}
	}
	positions.set(trace, index);
}

/** The value of a step computed at or before `index`, by id (null when not yet computed or not a step). */
export function knownValues(trace: Trace, index: number): (id: string) => number | null {
	const last = Math.min(index, trace.steps.length - 1);
	if (last < READ_DIRECTLY) {
		const known = new Map<string, number>();
		for (let s = 0; s <= last; s++) known.set(trace.steps[s].id, trace.steps[s].value);
		return (id) => known.get(id) ?? null;
	}
	const at = positionsOf(trace);
	return (id) => {
		const n = at.get(id);
		return n !== undefined && n <= last ? trace.steps[n].value : null;
	};
}

/** Marks of the elements the step at `index` computes and reads. */
export function stepMarks(trace: Trace, index: number): Map<string, Mark> {
	const marks = new Map<string, Mark>();
	const step = trace.steps[index];
	if (!step) return marks;
	for (const id of step.dependsOn) {
		const el = elementOf(id);
		if (el) marks.set(el.key, 'reads');
	}
	const own = elementOf(step.id);
	if (own) marks.set(own.key, 'current');
	return marks;
}

/** The label of the step with this id (one sample: a neuron's output is a step), or null. */
function stepLabel(trace: Trace, id: string): string | null {
	const n = positionsOf(trace).get(id);
	return n === undefined ? null : trace.steps[n].label;
}

/**
 * The scene at step `index`; with `visible` (per layer 0..L the neurons drawn, null for all:
 * ./collapse.ts) only what is drawn: a 12 × 64 network has 45,000 edges and draws a few hundred.
 */
export function buildScene(trace: Trace, index: number, visible?: readonly (readonly number[] | null)[]): Scene {
	const net: Network = trace.network;
	const multi = net.samples.length > 1;
	const step = trace.steps[index];
	const sample = multi ? (step?.sample ?? 1) : null;
	const at = sample == null ? '' : `@${sample}`;
	const get = knownValues(trace, index);
	const marks = stepMarks(trace, index);
	const mark = (key: string): Mark => marks.get(key) ?? null;
	// Leaves' labels alone: a label for every step (800,000 of them) would be built for the few shown.
	const label = (id: string, fallback: string) => trace.leafLabels[id] ?? fallback;
	// A gradient is shown once known: the mean when it exists, else this sample's own.
	const gradient = (id: string): number | null => get(`dE/d${id}`) ?? get(`dE/d${id}${at}`);

	const sizes = [net.input.size, ...net.layers.map((layer) => layer.size)];
	const drawn = (l: number): readonly number[] => visible?.[l] ?? Array.from({ length: sizes[l] }, (_, m) => m + 1);

	const nodes: Record<string, NodeView> = {};
	for (const i of drawn(0)) {
		const id = ids.a(0, i);
		nodes[nodeKey(0, i)] = {
			label: label(id, label(id + at, `x_{${i}}`)).replace(/^\{(.*)\}\^\{\(\d+\)\}$/, '$1'),
			value: trace.leaves[id + at] ?? null,
			delta: null,
			dropped: false,
			mark: mark(nodeKey(0, i))
		};
	}
	const edges: Record<string, ParamView> = {};
	const biases: Record<string, ParamView> = {};
	const dropouts = dropoutsOf(net);
	net.layers.forEach((layer, index0) => {
		const l = index0 + 1;
		const from = drawn(l - 1);
		const mask = dropouts[l]?.mask[sample == null ? 0 : sample - 1];
		for (const j of drawn(l)) {
			const a = ids.a(l, j);
			nodes[nodeKey(l, j)] = {
				label: layer.names?.[j - 1] ?? (multi ? null : stepLabel(trace, a)) ?? `a^{[${l}]}_{${j}}`,
				value: get(a + at),
				delta: get(ids.delta(l, j, sample)),
				dropped: mask?.[j - 1] === 0,
				mark: mark(nodeKey(l, j))
			};
			for (const i of from) {
				const id = ids.w(l, j, i);
				edges[edgeKey(l, j, i)] = {
					label: label(id, `w^{[${l}]}_{${j},${i}}`),
					value: layer.weights[j - 1][i - 1],
					gradient: gradient(id),
					updated: get(`${id}'`),
					mark: mark(edgeKey(l, j, i))
				};
			}
		}
		const param = (id: string, key: string, value: number) => {
			biases[key] = { label: label(id, id), value, gradient: gradient(id), updated: get(`${id}'`), mark: mark(key) };
		};
		if (typeof layer.biases === 'number') param(ids.b(l, null), biasKey(l, null), layer.biases);
		else if (layer.biases) for (const j of drawn(l)) param(ids.b(l, j), biasKey(l, j), layer.biases[j - 1]);
	});
	const targets: Record<string, TargetView> = {};
	const last = net.layers[net.layers.length - 1];
	for (const j of drawn(net.layers.length)) {
		const id = ids.y(j, sample);
		targets[targetKey(j)] = {
			label: `y_{${j}}`,
			value: trace.leaves[id] ?? 0,
			mark: mark(targetKey(j))
		};
	}
	return {
		sample,
		nodes,
		edges,
		biases,
		targets,
		loss: { value: get('E') ?? get(`E${at}`), mark: mark(LOSS_KEY) },
		maxWeight: maxWeightOf(net)
	};
}

const dropoutCache = new WeakMap<Network, (LayerDropout | null)[]>();

/** Each layer's dropout mask for the network's samples, resolved once per network. */
function dropoutsOf(net: Network): (LayerDropout | null)[] {
	let d = dropoutCache.get(net);
	if (!d) dropoutCache.set(net, (d = layerDropouts(net)));
	return d;
}

const maxWeights = new WeakMap<Network, number>();

/** The largest |w| in the network, drawn or not: edge widths keep their scale as the drawn set changes. */
function maxWeightOf(net: Network): number {
	let m = maxWeights.get(net);
	if (m === undefined) maxWeights.set(net, (m = maxMagnitude(net.layers.flatMap((layer) => layer.weights.flat()))));
	return m;
}
