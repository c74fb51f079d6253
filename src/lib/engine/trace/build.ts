// buildTrace: one training step of a network as the ordered steps a person computes.

import type { Network } from '../spec/types';
import { backwardPass } from './backward';
import { createContext } from './context';
import { forwardPass } from './forward';
import { ids } from './ids';
import { registerLeaves } from './leaves';
import { lossPhase } from './loss';
import { allParams } from './params';
import { perceptronUpdate } from './perceptron';
import type { Trace } from './types';
import { updatePhase } from './update';

export function buildTrace(net: Network): Trace {
	const ctx = createContext(net);
	registerLeaves(ctx);
	forwardPass(ctx);
	lossPhase(ctx);
	if (net.optimizer.type === 'perceptron') {
		perceptronUpdate(ctx);
	} else {
		backwardPass(ctx);
		updatePhase(ctx);
	}
	const { rec } = ctx;
	const values: Record<string, number> = {};
	for (const s of rec.steps) values[s.id] = s.value;
	const gradients: Record<string, number> = {};
	const updated: Record<string, number> = {};
	for (const p of allParams(ctx)) {
		const g = ids.d(p.id);
		if (rec.has(g)) gradients[p.id] = rec.value(g);
		updated[p.id] = rec.value(ids.updated(p.id));
	}
	return {
		network: net,
		steps: rec.steps,
		values,
		leaves: rec.leaves,
		gradients,
		updated,
		loss: rec.value(ids.E()),
		labelToId: labelIndex(net),
		idToLabel: rec.idToLabel
	};
}

/** The file's own labels (names, weightNames, biasNames) → the ids they label. */
function labelIndex(net: Network): Record<string, string> {
	const out: Record<string, string> = {};
	const add = (label: string | undefined, id: string) => {
		if (label && !(label in out)) out[label] = id;
	};
	net.input.names?.forEach((n, i) => add(n, ids.a(0, i + 1)));
	net.layers.forEach((layer, index) => {
		const l = index + 1;
		layer.names?.forEach((n, j) => add(n, ids.a(l, j + 1)));
		layer.weightNames?.forEach((row, j) => row.forEach((n, i) => add(n, ids.w(l, j + 1, i + 1))));
		if (typeof layer.biasNames === 'string') add(layer.biasNames, ids.b(l, null));
		else layer.biasNames?.forEach((n, j) => add(n, ids.b(l, j + 1)));
	});
	return out;
}
