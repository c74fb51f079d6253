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

/**
 * The same text as `JSON.stringify(traceToJson(trace), null, 2)`, handed to `write` in pieces: the
 * largest trace's JSON (tens of megabytes, 800,000 values) is never held as one string or copied as
 * a second object.
 */
export function writeTraceJson(trace: Trace, write: (chunk: string) => void): void {
	const lines: string[] = [];
	const flush = (force = false) => {
		if (force || lines.length >= 4096) {
			write(lines.join('\n') + '\n');
			lines.length = 0;
		}
	};
	const object = (key: string, record: Record<string, number>, last = false) => {
		const entries = Object.keys(record);
		if (entries.length === 0) {
			lines.push(`  ${JSON.stringify(key)}: {}${last ? '' : ','}`);
			return;
		}
		lines.push(`  ${JSON.stringify(key)}: {`);
		entries.forEach((k, m) => {
			lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(num(record[k]))}${m < entries.length - 1 ? ',' : ''}`);
			flush();
		});
		lines.push(`  }${last ? '' : ','}`);
	};
	lines.push('{', `  "loss": ${JSON.stringify(num(trace.loss))},`);
	object('values', trace.values);
	object('gradients', trace.gradients);
	object('updated', trace.updated);
	if (trace.steps.length === 0) lines.push('  "steps": []');
	else {
		lines.push('  "steps": [');
		trace.steps.forEach((s, m) => {
			const step: StepJson = { id: s.id, label: s.label, phase: s.phase, formula: s.formula, substituted: s.substituted, value: num(s.value), dependsOn: [...s.dependsOn] };
			const text = JSON.stringify(step, null, 2).replace(/\n/g, '\n    ');
			lines.push(`    ${text}${m < trace.steps.length - 1 ? ',' : ''}`);
			flush();
		});
		lines.push('  ]');
	}
	lines.push('}');
	flush(true);
}
