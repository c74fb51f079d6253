// Which drawn element a quantity id lives at: a[l][j], z[l][j], delta[l][j], ∂E/∂a[l][j],
// alpha[l][j] and batch normalisation's quantities (zhat, ztilde, mu, var, gamma, beta, moving
// statistics) on neuron (l, j); w[l][j][i], its gradient and its update on edge (l, j, i); b[l][j]
// on its bias tag; y[j] on its target box; E on the loss box. A trailing @k names the sample.

import { biasKey, edgeKey, LOSS_KEY, nodeKey, targetKey } from './layout';

export interface ElementRef {
	key: string;
	kind: 'node' | 'edge' | 'bias' | 'target' | 'loss';
	sample: number | null;
}

const WEIGHT = /w\[(\d+)\]\[(\d+)\]\[(\d+)\]/;
// A name starts the id, follows `dE/d`, or follows a non-letter (inside an optimizer's term).
const BIAS = /(?:^|dE\/d|[^A-Za-z])b\[(\d+)\](?:\[(\d+)\])?/;
const NEURON = /(?:^|dE\/d|[^A-Za-z])(?:a|z|delta|alpha|zhat|ztilde|mu|var|gamma|beta|movingMean|movingVariance)\[(\d+)\]\[(\d+)\]/;
const TARGET = /(?:^|dE\/d|[^A-Za-z])y\[(\d+)\]/;
const LOSS = /^E(?:@\d+)?$/;

export function sampleOf(id: string): number | null {
	const m = /@(\d+)$/.exec(id);
	return m ? Number(m[1]) : null;
}

/** The element an id is drawn at, or null for quantities the diagram does not show. */
export function elementOf(id: string): ElementRef | null {
	const sample = sampleOf(id);
	let m = WEIGHT.exec(id);
	if (m) return { key: edgeKey(+m[1], +m[2], +m[3]), kind: 'edge', sample };
	m = BIAS.exec(id);
	if (m) return { key: biasKey(+m[1], m[2] === undefined ? null : +m[2]), kind: 'bias', sample };
	m = NEURON.exec(id);
	if (m) return { key: nodeKey(+m[1], +m[2]), kind: 'node', sample };
	m = TARGET.exec(id);
	if (m) return { key: targetKey(+m[1]), kind: 'target', sample };
	if (LOSS.test(id)) return { key: LOSS_KEY, kind: 'loss', sample };
	return null;
}
