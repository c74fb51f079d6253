// solve's JSON written in pieces is the very text JSON.stringify writes, and the excerpt of a large
// trace keeps the first sample's steps and the first neuron's parameters, with every value.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traceJsonChunks, traceToJson } from '../../../src/lib/engine/format/json';
import { selectSteps, STEP_LIMIT } from '../../../src/lib/engine/format/select';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { randomNetwork } from '../../fast/random-network';

const streamed = (trace: ReturnType<typeof buildTrace>) => {
	const chunks = [...traceJsonChunks(trace)];
	expect(chunks.every((c) => c.length > 0)).toBe(true);
	return chunks.join('');
};

describe('traceJsonChunks', () => {
	it('writes the same text as JSON.stringify on the examples and on random networks', () => {
		const files = ['course-2-2-2.json', 'course-2-2-2-textbook.json', 'loss-softmax-categorical.json', 'frozen-first-layer.json'];
		const nets = [...files.map((f) => validateNetwork(JSON.parse(readFileSync(`static/examples/${f}`, 'utf8')))), ...Array.from({ length: 12 }, (_, s) => randomNetwork(900 + s))];
		for (const net of nets) {
			const trace = buildTrace(net);
			expect(streamed(trace)).toBe(JSON.stringify(traceToJson(trace), null, 2) + '\n');
		}
	});
	it('hands a trace of megabytes on in pieces of about a megabyte, the same text', () => {
		const n = 24;
		const rows = (r: number, c: number, s: number) => Array.from({ length: r }, (_, j) => Array.from({ length: c }, (_, i) => Math.sin(s + 7 * j + i) / 4));
		const net = validateNetwork({
			layers: [{ size: n }, ...[1, 2, 3].map((l) => ({ size: n, activation: 'tanh', weights: rows(n, n, l), biases: rows(1, n, -l)[0] }))],
			loss: 'mse',
			samples: rows(128, n, 5).map((input, k) => ({ input, target: rows(1, n, k)[0] })),
			optimizer: { type: 'adam' }
		});
		const trace = buildTrace(net);
		const chunks = [...traceJsonChunks(trace)];
		expect(chunks.length).toBeGreaterThan(1);
		for (const c of chunks.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(1 << 20);
		expect(chunks.join('')).toBe(JSON.stringify(traceToJson(trace), null, 2) + '\n');
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
