// Which quantities a worksheet asks for (docs/exercises.md): the template's `exercise.ask` keys
// (labels or ids) resolved against the network, or by default every neuron's output, the loss,
// every gradient of a weight or bias and every updated parameter, in the order a person computes them.

import { KeyResolver } from '../check/keys';
import { InputError } from '../spec/errors';
import { index } from '../spec/path';
import type { Trace } from '../trace/types';

export interface Asked {
	/** The key as the worksheet, key.json and the class CSV write it: the label where there is one. */
	key: string;
	id: string;
}

const DEFAULT_ASKED = /^(a\[[1-9]\d*\]\[\d+\](@\d+)?|E|dE\/d[wb]\[.*|.*')$/;

export function askedOf(trace: Trace, ask: string[] | null): Asked[] {
	const keys = new KeyResolver(trace);
	if (ask === null) {
		return trace.steps.filter((s) => DEFAULT_ASKED.test(s.id)).map((s) => ({ key: keys.keyFor(s.id), id: s.id }));
	}
	const steps = new Set(trace.steps.map((s) => s.id));
	return ask.map((key, k) => {
		const found = keys.resolve(key);
		if (found.id === null) {
			const near = found.suggestions?.[0]?.key;
			throw new InputError(index('exercise.ask', k), `"${key}" names no quantity of this network${near ? ` — did you mean "${near}"?` : ''}`);
		}
		if (!steps.has(found.id)) throw new InputError(index('exercise.ask', k), `"${key}" is given on the worksheet (an input, target or parameter), not computed`);
		return { key, id: found.id };
	});
}
