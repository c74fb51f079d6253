import { describe, expect, test } from 'vitest';
import { traceToJson } from '../../../src/lib/engine/format/json';
import { trace } from './fixtures';

describe('traceToJson', () => {
	test('has exactly the keys of docs/cli.md, in order', () => {
		const json = traceToJson(trace());
		expect(Object.keys(json)).toEqual(['loss', 'values', 'gradients', 'updated', 'steps']);
		for (const step of json.steps) {
			expect(Object.keys(step)).toEqual(['id', 'label', 'phase', 'formula', 'substituted', 'value', 'dependsOn']);
		}
	});

	test('holds the values the trace holds (rounded ones when the network rounds)', () => {
		const t = trace();
		const json = traceToJson(t);
		expect(json.loss).toBe(0.08);
		expect(json.values).toEqual(t.values);
		expect(Object.keys(json.values)).toEqual(t.steps.map((s) => s.id));
		expect(json.values['a[1][1]']).toBe(0.55);
		expect(json.values['z[2][1]']).toBe(0.39);
		expect(json.gradients).toEqual({ 'w[1][1][1]': 0.01, 'w[2][1][1]': 0.06 });
		expect(json.updated).toEqual({ 'w[1][1][1]': 0.4, 'w[2][1][1]': 0.67 });
	});

	test('keeps full double precision without rounding', () => {
		const json = traceToJson(trace(null));
		expect(json.values['a[1][1]']).toBe(1 / (1 + Math.exp(-0.2)));
	});

	test('writes each step with its phase, TeX, value and dependencies', () => {
		const json = traceToJson(trace());
		expect(json.steps[1]).toEqual({
			id: 'a[1][1]',
			label: 'H_1',
			phase: 'forward',
			formula: 'H_1 = \\sigma(z_{H_1})',
			substituted: '\\sigma(0.20)',
			value: 0.55,
			dependsOn: ['z[1][1]']
		});
		expect(json.steps.map((s) => s.phase)).toEqual([
			...Array(4).fill('forward'),
			'loss',
			...Array(6).fill('backward'),
			'update',
			'update'
		]);
	});

	test('survives JSON.stringify unchanged and shares no arrays with the trace', () => {
		const t = trace();
		const json = traceToJson(t);
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
		json.steps[0].dependsOn.push('x');
		json.values.E = 1;
		expect(t.steps[0].dependsOn).toEqual(['w[1][1][1]', 'a[0][1]']);
		expect(t.values.E).toBe(0.08);
	});
});
