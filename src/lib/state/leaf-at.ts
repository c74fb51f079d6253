// The number behind an editable diagram element: `e2-1-1` a weight, `b2-1` a bias, `n0-1` an input,
// `y1` a target (inputs and targets of sample k, the one on show); null for anything else.

import type { Network } from '$lib/engine/spec/types';
import { ids } from '$lib/engine/trace/ids';
import type { Trace } from '$lib/engine/trace/types';
import type { Leaf } from './edits';
import type { NetworkJson } from './network-json';

export interface EditableLeaf {
	leaf: Leaf;
	id: string;
	/** TeX label. */
	label: string;
	value: number;
}

export function leafAt(net: Network, json: NetworkJson, trace: Trace, k: number, key: string): EditableLeaf | null {
	const sampleNo = net.samples.length > 1 ? k : null;
	let m = /^e(\d+)-(\d+)-(\d+)$/.exec(key);
	if (m) {
		const [l, j, i] = [+m[1], +m[2], +m[3]];
		const id = ids.w(l, j, i);
		const value = net.layers[l - 1]?.weights[j - 1]?.[i - 1];
		return value === undefined ? null : { leaf: { kind: 'weight', l, j, i }, id, label: trace.leafLabels[id] ?? id, value };
	}
	m = /^b(\d+)(?:-(\d+))?$/.exec(key);
	if (m) {
		const l = +m[1];
		const j = m[2] === undefined ? null : +m[2];
		const biases = net.layers[l - 1]?.biases;
		const value = typeof biases === 'number' ? biases : j == null ? undefined : biases?.[j - 1];
		const id = j == null ? ids.b(l, null) : ids.b(l, j);
		return value === undefined ? null : { leaf: { kind: 'bias', l, j }, id, label: trace.leafLabels[id] ?? id, value };
	}
	m = /^n0-(\d+)$/.exec(key);
	if (m) {
		const i = +m[1];
		const id = ids.a(0, i, sampleNo);
		const value = net.samples[k - 1]?.input[i - 1];
		return value === undefined ? null : { leaf: { kind: 'input', sample: k, i }, id, label: trace.leafLabels[id] ?? id, value };
	}
	m = /^y(\d+)$/.exec(key);
	if (m) {
		const j = +m[1];
		const id = ids.y(j, sampleNo);
		const sample = (json.samples[k - 1] ?? {}).target;
		const value = Array.isArray(sample) ? sample[j - 1] : sample;
		return value === undefined ? null : { leaf: { kind: 'target', sample: k, j }, id, label: trace.leafLabels[id] ?? `y_{${j}}`, value };
	}
	return null;
}
