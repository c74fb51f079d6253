// What the diagram shows at one step of the trace: for every element the values known so far and
// whether the step computes it (current) or reads it (reads). Values appear as they are computed:
// activations in the forward pass, the loss, then deltas on neurons and gradients on edges, then the
// updated parameters. Pure data, recomputed per step; the layout is not.

import type { Network } from '$lib/engine/spec/types';
import type { Trace } from '$lib/engine/trace/types';
import { elementOf } from './elements';
import { biasKey, edgeKey, LOSS_KEY, nodeKey, targetKey } from './layout';
import { ids } from '$lib/engine/trace/ids';

export type Mark = 'current' | 'reads' | null;

export interface NodeView {
	/** TeX label of the neuron (H_1, x_2). */
	label: string;
	/** Its output a (inputs: the given value), null until computed. */
	value: number | null;
	/** δ = ∂E/∂z, null until computed (and for inputs). */
	delta: number | null;
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
}

/** Values of the steps up to and including `index`, by id. */
export function knownValues(trace: Trace, index: number): Map<string, number> {
	const known = new Map<string, number>();
	const last = Math.min(index, trace.steps.length - 1);
	for (let s = 0; s <= last; s++) known.set(trace.steps[s].id, trace.steps[s].value);
	return known;
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

export function buildScene(trace: Trace, index: number): Scene {
	const net: Network = trace.network;
	const multi = net.samples.length > 1;
	const step = trace.steps[index];
	const sample = multi ? (step?.sample ?? 1) : null;
	const at = sample == null ? '' : `@${sample}`;
	const known = knownValues(trace, index);
	const marks = stepMarks(trace, index);
	const mark = (key: string): Mark => marks.get(key) ?? null;
	const label = (id: string, fallback: string) => trace.idToLabel[id] ?? fallback;
	const get = (id: string): number | null => known.get(id) ?? null;
	// A gradient is shown once known: the mean when it exists, else this sample's own.
	const gradient = (id: string): number | null => get(`dE/d${id}`) ?? get(`dE/d${id}${at}`);

	const nodes: Record<string, NodeView> = {};
	for (let i = 1; i <= net.input.size; i++) {
		const id = ids.a(0, i);
		nodes[nodeKey(0, i)] = {
			label: label(id, label(id + at, `x_{${i}}`)).replace(/^\{(.*)\}\^\{\(\d+\)\}$/, '$1'),
			value: trace.leaves[id + at] ?? null,
			delta: null,
			mark: mark(nodeKey(0, i))
		};
	}
	const edges: Record<string, ParamView> = {};
	const biases: Record<string, ParamView> = {};
	net.layers.forEach((layer, index0) => {
		const l = index0 + 1;
		for (let j = 1; j <= layer.size; j++) {
			const a = ids.a(l, j);
			nodes[nodeKey(l, j)] = {
				label: layer.names?.[j - 1] ?? label(a, `a^{[${l}]}_{${j}}`).replace(/^\{(.*)\}\^\{\(\d+\)\}$/, '$1'),
				value: get(a + at),
				delta: get(ids.delta(l, j, sample)),
				mark: mark(nodeKey(l, j))
			};
			layer.weights[j - 1].forEach((w, i0) => {
				const id = ids.w(l, j, i0 + 1);
				edges[edgeKey(l, j, i0 + 1)] = {
					label: label(id, `w^{[${l}]}_{${j},${i0 + 1}}`),
					value: w,
					gradient: gradient(id),
					updated: get(`${id}'`),
					mark: mark(edgeKey(l, j, i0 + 1))
				};
			});
		}
		const param = (id: string, key: string, value: number) => {
			biases[key] = { label: label(id, id), value, gradient: gradient(id), updated: get(`${id}'`), mark: mark(key) };
		};
		if (typeof layer.biases === 'number') param(ids.b(l, null), biasKey(l, null), layer.biases);
		else layer.biases?.forEach((b, j0) => param(ids.b(l, j0 + 1), biasKey(l, j0 + 1), b));
	});
	const targets: Record<string, TargetView> = {};
	const last = net.layers[net.layers.length - 1];
	for (let j = 1; j <= last.size; j++) {
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
		loss: { value: get('E') ?? get(`E${at}`), mark: mark(LOSS_KEY) }
	};
}
