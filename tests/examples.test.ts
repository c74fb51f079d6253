// Every network in static/examples (served to the app, read by the CLI) validates and solves, the
// menu (index.json) lists exactly them, and together they show every activation, loss and optimizer.

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseNetwork } from '../src/lib/engine/spec/validate';
import { buildTrace } from '../src/lib/engine/trace/build';
import { traceToText } from '../src/lib/engine/format/text';
import { traceToTex } from '../src/lib/engine/format/tex';
import { traceToMarkdown } from '../src/lib/engine/format/markdown';
import { traceToJson } from '../src/lib/engine/format/json';
import { ACTIVATIONS, LIMITS, LOSSES, OPTIMIZERS, type Network } from '../src/lib/engine/spec/types';

const DIR = 'static/examples';
const files = readdirSync(DIR)
	.filter((f) => f.endsWith('.json') && f !== 'index.json')
	.sort();
const read = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');
const load = (f: string) => parseNetwork(read(f), { engine: 'fast' });

const withinLimits = (net: Network) =>
	net.layers.length + 1 <= LIMITS.layers &&
	[net.input.size, ...net.layers.map((l) => l.size)].every((n) => n <= LIMITS.neurons) &&
	net.samples.length <= LIMITS.samples;

interface IndexEntry {
	file: string;
	title: { en: string; 'zh-TW': string };
	description: { en: string; 'zh-TW': string };
	tags: string[];
}
const index = JSON.parse(read('index.json')) as IndexEntry[];

describe('static/examples', () => {
	it('holds the course’s networks and the small ones', () => {
		expect(files).toEqual(
			expect.arrayContaining([
				'course-2-2-2.json',
				'course-2-2-2-exact.json',
				'course-perceptron-784-10.json',
				'course-mlp-784-300-200-100-10.json',
				'course-perceptron-4-samples.json'
			])
		);
		expect(files.length).toBeGreaterThan(25);
	});

	it.each(files)('%s validates and, within the exact engine’s limits, solves in every format', (file) => {
		const net = load(file);
		if (!withinLimits(net)) {
			expect(() => parseNetwork(read(file))).toThrow(/more than the \d+ the exact engine accepts/);
			return;
		}
		expect(parseNetwork(read(file))).toEqual(net);
		const trace = buildTrace(net);
		expect(Number.isFinite(trace.loss)).toBe(true);
		for (const v of Object.values(trace.updated)) expect(Number.isFinite(v)).toBe(true);
		expect(traceToText(trace, 'en').length).toBeGreaterThan(0);
		expect(traceToText(trace, 'zh-TW').length).toBeGreaterThan(0);
		expect(traceToMarkdown(trace, 'en').length).toBeGreaterThan(0);
		expect(traceToTex(trace)).toContain('\\end{document}');
		expect(JSON.parse(JSON.stringify(traceToJson(trace)))).toHaveProperty('steps');
	});

	it('stays small: initialisers draw the big models’ weights', () => {
		for (const f of files) expect(read(f).length, f).toBeLessThan(5000);
	});

	it('index.json lists exactly the files present, each titled and described in both languages', () => {
		expect(index.map((e) => e.file).sort()).toEqual(files);
		for (const e of index) {
			for (const lang of ['en', 'zh-TW'] as const) {
				expect(e.title[lang].trim(), `${e.file} title ${lang}`).not.toBe('');
				expect(e.description[lang].trim(), `${e.file} description ${lang}`).not.toBe('');
			}
			expect(Object.keys(e).sort()).toEqual(['description', 'file', 'tags', 'title']);
			expect(e.tags.length).toBeGreaterThan(0);
			expect(e.tags.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
		}
	});

	it('together show every activation, loss and optimizer, and each feature of the file', () => {
		const nets = files.map(load);
		const activations = new Set(nets.flatMap((n) => n.layers.map((l) => l.activation.name)));
		expect([...ACTIVATIONS].filter((a) => !activations.has(a))).toEqual([]);
		expect([...LOSSES].filter((l) => !nets.some((n) => n.loss === l))).toEqual([]);
		expect([...OPTIMIZERS].filter((o) => !nets.some((n) => n.optimizer.type === o))).toEqual([]);
		const some = (p: (n: Network) => boolean) => nets.some(p);
		expect(some((n) => n.optimizer.type === 'sgd' && n.optimizer.momentum > 0 && !n.optimizer.nesterov)).toBe(true);
		expect(some((n) => n.optimizer.nesterov)).toBe(true);
		expect(some((n) => n.layers.some((l) => Array.isArray(l.biases)))).toBe(true);
		expect(some((n) => n.layers.some((l) => typeof l.biases === 'number'))).toBe(true);
		expect(some((n) => n.layers.some((l) => !l.trainableBiases))).toBe(true);
		expect(some((n) => n.layers.some((l) => !l.trainableWeights))).toBe(true);
		expect(some((n) => n.layers.some((l) => (l.regularizer?.l1 ?? 0) > 0))).toBe(true);
		expect(some((n) => n.layers.some((l) => (l.regularizer?.l2 ?? 0) > 0))).toBe(true);
		expect(some((n) => n.optimizer.clipnorm !== null)).toBe(true);
		expect(some((n) => n.optimizer.clipvalue !== null)).toBe(true);
		expect(some((n) => n.samples.length > 1)).toBe(true);
		expect(some((n) => n.rounding !== null && 'significant' in n.rounding)).toBe(true);
		expect(some((n) => n.layers.some((l) => l.activation.name === 'leaky_relu' && l.activation.alpha !== 0.01))).toBe(true);
	});
});

describe('the course examples', () => {
	it('course-2-2-2.json is the course network in the course style, rounded to 2 decimals; -textbook and -exact are the same network', () => {
		const course = JSON.parse(read('course-2-2-2.json'));
		const textbook = JSON.parse(read('course-2-2-2-textbook.json'));
		const exact = JSON.parse(read('course-2-2-2-exact.json'));
		expect(course.title).toEqual({ en: 'Course example: 2-2-2 sigmoid network', 'zh-TW': '課程範例：2-2-2 sigmoid 網路' });
		expect(course.style).toBe('course');
		expect(course.rounding).toEqual({ decimals: 2 });
		expect(textbook.style).toBeUndefined();
		expect(exact.rounding).toBeUndefined();
		const { style: _style, sheet, ...withoutStyle } = course;
		expect(sheet).toEqual(JSON.parse(read('answers/course-sheet.json')));
		const same = { title: course.title, description: course.description };
		expect({ ...textbook, ...same }).toEqual(withoutStyle);
		expect({ ...exact, ...same, rounding: course.rounding }).toEqual(withoutStyle);
	});

	it('every example is titled and described in English and Traditional Chinese', () => {
		for (const file of files) {
			const json = JSON.parse(read(file));
			expect([file, Object.keys(json.title ?? {})]).toEqual([file, ['en', 'zh-TW']]);
			expect([file, Object.keys(json.description ?? {})]).toEqual([file, ['en', 'zh-TW']]);
		}
	});

	it('the 4-sample perceptron takes one step of the course’s rule, worked by hand', () => {
		const trace = buildTrace(load('course-perceptron-4-samples.json'));
		// ŷ = sign(Xw) with w = (0.61, −0.96, 0.02): z = (−2.21, −3.17, −0.33, 0.65) → ŷ = (−1, −1, −1, 1);
		// y − ŷ = (2, 2, 0, −2); Xᵀ(y − ŷ)/4 = (0.5, 3.5, 2); w' = w + 0.11 · (0.5, 3.5, 2).
		expect(trace.updated['w[1][1][1]']).toBeCloseTo(0.665, 12);
		expect(trace.updated['w[1][1][2]']).toBeCloseTo(-0.575, 12);
		expect(trace.updated['w[1][1][3]']).toBeCloseTo(0.24, 12);
	});

	it('Mazur’s example reproduces his published numbers', () => {
		// Matt Mazur, "A Step by Step Backpropagation Example" (2015): E_total = 0.298371109,
		// w5+ = 0.35891648, w6+ = 0.408666186, w7+ = 0.511301270, w8+ = 0.561370121,
		// w1+ = 0.149780716, w2+ = 0.19956143, w3+ = 0.24975114, w4+ = 0.29950229; biases not updated.
		const trace = buildTrace(load('mazur-shared-frozen-biases.json'));
		expect(trace.loss).toBeCloseTo(0.298371109, 8);
		const expected: Record<string, number> = {
			'w[2][1][1]': 0.35891648,
			'w[2][1][2]': 0.408666186,
			'w[2][2][1]': 0.51130127,
			'w[2][2][2]': 0.561370121,
			'w[1][1][1]': 0.149780716,
			'w[1][1][2]': 0.19956143,
			'w[1][2][1]': 0.24975114,
			'w[1][2][2]': 0.29950229
		};
		for (const [id, v] of Object.entries(expected)) expect(trace.updated[id], id).toBeCloseTo(v, 8);
		expect(Object.keys(trace.updated).filter((id) => id.startsWith('b'))).toEqual([]);
	});
});
