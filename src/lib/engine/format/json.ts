// `solve --format json` (docs/cli.md): the loss, every computed value, the gradients and updated
// parameters by id, and the ordered steps. Numbers are what the trace holds (already rounded when
// the network rounds), in full double precision; keys in a fixed order.

import type { Phase, Step, Trace } from '../trace/types';

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
		steps: trace.steps.map(stepJson)
	};
}

/** One step as JSON writes it, keys in this order. */
function stepJson(s: Step): StepJson {
	return { id: s.id, label: s.label, phase: s.phase, formula: s.formula, substituted: s.substituted, value: num(s.value), dependsOn: [...s.dependsOn] };
}

/** Pieces of about a megabyte: small enough to hold, large enough to write quickly. */
const CHUNK = 1 << 20;

/**
 * The same text as `JSON.stringify(traceToJson(trace), null, 2)`, in pieces: the largest trace's
 * JSON (tens of megabytes, 800,000 values) is never held as one string or copied as a second
 * object, and a writer may wait between pieces (a pipe whose reader is slower).
 */
export function* traceJsonChunks(trace: Trace): Generator<string, void, undefined> {
	let out = `{\n  "loss": ${JSON.stringify(num(trace.loss))}`;
	const objects: [string, Iterable<[string, number]>][] = [
		['values', trace.valueEntries()],
		['gradients', Object.entries(trace.gradients)],
		['updated', Object.entries(trace.updated)]
	];
	for (const [key, entries] of objects) {
		out += `,\n  ${JSON.stringify(key)}: {`;
		let any = false;
		for (const [id, value] of entries) {
			// Finite numbers (the trace refuses others) print as JSON.stringify prints them.
			out += `${any ? ',' : ''}\n    ${JSON.stringify(id)}: ${num(value)}`;
			any = true;
			if (out.length >= CHUNK) {
				yield out;
				out = '';
			}
		}
		out += any ? '\n  }' : '}';
	}
	if (trace.steps.length === 0) out += ',\n  "steps": []';
	else {
		out += ',\n  "steps": [';
		for (const [m, s] of trace.steps.entries()) {
			out += `${m > 0 ? ',' : ''}\n    ${JSON.stringify(stepJson(s), null, 2).replace(/\n/g, '\n    ')}`;
			if (out.length >= CHUNK) {
				yield out;
				out = '';
			}
		}
		out += '\n  ]';
	}
	yield `${out}\n}\n`;
}
