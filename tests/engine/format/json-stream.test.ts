// solve's JSON written in pieces is the very text JSON.stringify writes, and the excerpt of a large
// trace keeps the first sample's steps and the first neuron's parameters, with every value.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traceToJson, writeTraceJson } from '../../../src/lib/engine/format/json';
import { selectSteps, STEP_LIMIT } from '../../../src/lib/engine/format/select';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { randomNetwork } from '../../fast/random-network';

const streamed = (trace: ReturnType<typeof buildTrace>) => {
	const chunks: string[] = [];
	writeTraceJson(trace, (c) => chunks.push(c));
	return chunks.join('');
};

describe('writeTraceJson', () => {
	it('writes the same text as JSON.stringify on the examples and on random networks', () => {
		const files = ['course-2-2-2.json', 'course-2-2-2-textbook.json', 'loss-softmax-categorical.json', 'frozen-first-layer.json'];
		const nets = [...files.map((f) => validateNetwork(JSON.parse(readFileSync(`static/examples/${f}`, 'utf8')))), ...Array.from({ length: 12 }, (_, s) => randomNetwork(900 + s))];
		for (const net of nets) {
			const trace = buildTrace(net);
			expect(streamed(trace)).toBe(JSON.stringify(traceToJson(trace), null, 2) + '\n');
		}
	});
	it('writes empty records and no steps as JSON.stringify does', () => {
		const trace = buildTrace(randomNetwork(3));
		const bare = { ...trace, steps: [], gradients: {}, updated: {} };
		expect(streamed(bare)).toBe(JSON.stringify(traceToJson(bare), null, 2) + '\n');
	});
});

describe('selectSteps', () => {
	it('keeps every step of a trace within the limit, and all of them on request', () => {
		const trace = buildTrace(randomNetwork(5, { samples: 3 }));
		expect(trace.steps.length).toBeLessThan(STEP_LIMIT);
		expect(selectSteps(trace, 'auto')).toEqual({ trace, excerpt: false });
		expect(selectSteps(trace, 'all').trace.steps.length).toBe(trace.steps.length);
	});
	it('the excerpt: sample 1, the loss, and the parameters into neuron 1; every value kept', () => {
		const trace = buildTrace(randomNetwork(6, { samples: 3 }));
		const { trace: part, excerpt } = selectSteps(trace, 'excerpt');
		expect(excerpt).toBe(true);
		const ids = part.steps.map((s) => s.id);
		expect(ids.some((id) => id.endsWith('@2') || id.endsWith('@3'))).toBe(false);
		expect(ids.some((id) => id.endsWith('@1'))).toBe(true);
		expect(ids).toContain('E');
		for (const id of ids.filter((x) => /^(?:dE\/d)?w\[/.test(x))) expect(id).toMatch(/^(?:dE\/d)?w\[\d+\]\[1\]/);
		expect(part.values).toEqual(trace.values);
		expect(part.updated).toEqual(trace.updated);
	});
});
