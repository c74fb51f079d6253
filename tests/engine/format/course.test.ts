// The printers on real traces: the course's 2-2-2 network of docs/network-file.md (built by the engine from the
// network file), and every example network shipped in static/examples.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { traceToJson } from '../../../src/lib/engine/format/json';
import { traceToMarkdown } from '../../../src/lib/engine/format/markdown';
import { traceToTex } from '../../../src/lib/engine/format/tex';
import { traceToText } from '../../../src/lib/engine/format/text';
import { displayWidth } from '../../../src/lib/engine/format/width';
import { parseNetwork, validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { katexFailures, latexMath, markdownMath } from './math';
import { courseJson } from '../../fixtures/course';

const COURSE = courseJson;

const course = (rounding: object | undefined) => {
	const json: Record<string, unknown> = { ...COURSE };
	if (rounding === undefined) delete json.rounding;
	else json.rounding = rounding;
	return buildTrace(validateNetwork(json));
};

/** The line of a text solution that starts with `lhs` followed by spaces and `=`. */
const line = (text: string, lhs: string) => text.split('\n').find((l) => l.startsWith(`${lhs} `) && /^\S+ +=/.test(l)) ?? '';

describe('the course network of docs/network-file.md, rounded to 2 decimals as the course sheet works it', () => {
	const trace = course({ decimals: 2 });
	const text = traceToText(trace, 'en');

	test('prints the forward pass with the sheet’s values (H_1 0.56, H_2 0.50, O_1 0.48, O_2 0.53, E 0.21)', () => {
		expect(line(text, 'H_1')).toMatch(/= σ\(0\.25\) = 0\.56$/);
		expect(line(text, 'H_2')).toMatch(/= σ\(-0\.02\) = 0\.50$/);
		expect(line(text, 'O_1')).toMatch(/= σ\(-0\.09\) = 0\.48$/);
		expect(line(text, 'O_2')).toMatch(/= σ\(0\.12\) = 0\.53$/);
		expect(line(text, 'E')).toMatch(/= ½\(0\.23 - 0\.48\)\^2 \+ ½\(-0\.07 - 0\.53\)\^2 = 0\.21$/);
	});

	test('prints ∂E/∂w_5 as the chain rule, then δ_O1 · H_1 with numbers (0.06 · 0.56 = 0.03)', () => {
		expect(line(text, '∂E/∂w_5')).toMatch(/^∂E\/∂w_5 = ∂E\/∂O_1 · ∂O_1\/∂z_O1 · ∂z_O1\/∂w_5 = δ_O1 .*H_1 = 0\.06 · 0\.56 = 0\.03$/);
	});

	test('rounds half away from zero on the decimals: ∂E/∂w_8 = 0.15 · 0.50 = 0.075 → 0.08, w_5′ = 0.085 → 0.09', () => {
		expect(line(text, '∂E/∂w_8')).toMatch(/= 0\.15 · 0\.50 = 0\.08$/);
		expect(line(text, "w_5'")).toMatch(/= 0\.10? - 0\.5 · 0\.03 = 0\.09$/);
	});

	test('gives the same numbers in JSON, as docs/cli.md lays it out', () => {
		const json = traceToJson(trace);
		expect(Object.keys(json)).toEqual(['loss', 'values', 'gradients', 'updated', 'steps']);
		expect(json.loss).toBe(0.21);
		expect(json.values).toMatchObject({ 'z[1][1]': 0.25, 'a[1][1]': 0.56, 'a[1][2]': 0.5, 'a[2][1]': 0.48, 'a[2][2]': 0.53, E: 0.21 });
		expect(json.gradients['w[2][1][1]']).toBe(0.03);
		expect(json.gradients['w[2][2][2]']).toBe(0.08);
		expect(json.updated['w[2][1][1]']).toBe(0.09);
		const h1 = json.steps.find((s) => s.id === 'a[1][1]');
		expect(h1).toMatchObject({ label: 'H_1', phase: 'forward', substituted: '\\sigma(0.25)', value: 0.56, dependsOn: ['z[1][1]'] });
		expect(new Set(json.steps.map((s) => s.phase))).toEqual(new Set(['forward', 'loss', 'backward', 'update']));
	});

	test('lists all eight weights in the closing table', () => {
		const rows = text.split('\n').filter((l) => /^w_\d +w\[/.test(l));
		expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['w_1', 'w_3', 'w_2', 'w_4', 'w_5', 'w_7', 'w_6', 'w_8']);
		expect(rows.find((r) => r.startsWith('w_5'))!.split(/\s+/)).toEqual(['w_5', 'w[2][1][1]', '0.10', '0.03', '0.09']);
	});

	test('prints the Chinese solution with the course’s terms', () => {
		const zh = traceToText(trace, 'zh-TW');
		for (const word of ['正向傳導', '損失函數', '反向傳導', '權重更新', '激勵函數', '學習率']) expect(zh).toContain(word);
		expect(line(zh, 'H_1')).toMatch(/= 0\.56$/);
	});
});

describe('the course network in full precision', () => {
	const trace = course(undefined);

	test('shows 4-decimal display values and keeps full precision in JSON (docs/cli.md: a[1][1] 0.5622, E 0.2097)', () => {
		const text = traceToText(trace, 'en');
		expect(line(text, 'H_1')).toMatch(/= σ\(0\.25\) = 0\.5622$/);
		expect(line(text, 'E')).toMatch(/= 0\.2097$/);
		const json = traceToJson(trace);
		expect(json.values['a[1][1]']).toBe(1 / (1 + Math.exp(-0.25)));
		expect(json.loss).toBeCloseTo(0.2097, 4);
	});
});

const EXAMPLES = join(__dirname, '../../../static/examples');
/** Every example the exact engine takes (the 784-input course models are for `summary` and the fast path). */
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.includes('784'));

describe('every example network', () => {
	test('is found', () => {
		expect(examples.length).toBeGreaterThan(20);
	});

	test.each(examples)('%s prints text within 100 columns, and Markdown and LaTeX that KaTeX renders', (file) => {
		const trace = buildTrace(parseNetwork(readFileSync(join(EXAMPLES, file), 'utf8')));
		for (const lang of ['en', 'zh-TW'] as const) {
			const wide = traceToText(trace, lang)
				.split('\n')
				.filter((l) => displayWidth(l) > 100);
			expect(wide).toEqual([]);
			expect(katexFailures(markdownMath(traceToMarkdown(trace, lang)))).toEqual([]);
		}
		const tex = traceToTex(trace);
		expect(latexMath(tex).display).toHaveLength(trace.steps.length);
		expect(katexFailures(latexMath(tex))).toEqual([]);
		const json = traceToJson(trace);
		expect(json.steps).toHaveLength(trace.steps.length);
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	test('with several samples, heads each sample’s steps', () => {
		const trace = buildTrace(parseNetwork(readFileSync(join(EXAMPLES, 'course-perceptron-4-samples.json'), 'utf8')));
		const text = traceToText(trace, 'en').split('\n');
		for (const k of [1, 2, 3, 4]) expect(text).toContain(`Sample ${k}:`);
		expect(text).toContain('Over all samples:');
		expect(traceToText(trace, 'zh-TW').split('\n')).toContain('樣本 1：');
		expect(traceToMarkdown(trace, 'en')).toContain('### Sample 1');
		expect(traceToTex(trace)).toContain('\\subsection*{Sample 1}');
	});
});
