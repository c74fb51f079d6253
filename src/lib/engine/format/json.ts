// `solve --format json` (docs/cli.md): the loss, every computed value, the gradients and updated
// parameters by id, and the ordered steps. Numbers are what the trace holds (already rounded when
// the network rounds), in full double precision; keys in a fixed order.

import type { Phase, Trace } from '../trace/types';

export interface StepJson {
	id: string;
	label: string;
	phase: Phase;
	formula: string;
	substituted: string;
	value: number;
	dependsOn: string[];
}

export interface TraceJson {
	loss: number;
	values: Record<string, number>;
	gradients: Record<string, number>;
	updated: Record<string, number>;
	steps: StepJson[];
}

/** -0 (a relu′ of 0 times a negative number) as 0: JSON has one zero. */
const num = (x: number) => (x === 0 ? 0 : x);

/** A fresh object with the same keys in the same order. */
const copy = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, num(v)]));

export function traceToJson(trace: Trace): TraceJson {
	return {
		loss: num(trace.loss),
		values: copy(trace.values),
		gradients: copy(trace.gradients),
		updated: copy(trace.updated),
		steps: trace.steps.map((s) => ({
			id: s.id,
			label: s.label,
			phase: s.phase,
			formula: s.formula,
			substituted: s.substituted,
			value: num(s.value),
			dependsOn: [...s.dependsOn]
		}))
	};
}
