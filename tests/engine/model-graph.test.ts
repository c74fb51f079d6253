// Keras models described as graphs (docs/models.md): the course's functional model (three inputs,
// Concatenate, Dense(64), two outputs) and its model.build((None, 3)) model, counted by hand:
//   (10000 + 10000 + 100 + 1) · 64 = 20101 · 64 = 1,286,464;  (64 + 1) · 1 = 65;  (64 + 1) · 4 = 260
//   1,286,464 + 65 + 260 = 1,286,789
//   (3 + 1) · 64 = 256;  (64 + 1) · 10 = 650;  256 + 650 = 906
// The code written for them builds the same model; where torch is installed the PyTorch code runs
// and prints the same count.

import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COURSE_BUILT, COURSE_FUNCTIONAL, parseModelGraph, readModelGraph } from '../../src/lib/engine/concepts/model-graph';
import { graphSummary } from '../../src/lib/engine/concepts/model-graph-summary';
import { graphKerasCode, graphPytorchCode } from '../../src/lib/engine/concepts/model-graph-code';
import { InputError } from '../../src/lib/engine/spec/errors';

const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0);

describe('the course functional model', () => {
	const s = graphSummary(readModelGraph(COURSE_FUNCTIONAL));

	it('has the layers, shapes and counts Keras prints: 1,286,789 parameters', () => {
		expect(s.rows.map((r) => [r.name, r.type, r.units, r.params])).toEqual([
			['title', 'InputLayer', 10000, 0],
			['text_body', 'InputLayer', 10000, 0],
			['tags', 'InputLayer', 100, 0],
			['concatenate', 'Concatenate', 20100, 0],
			['dense', 'Dense', 64, 1286464],
			['priority', 'Dense', 1, 65],
			['department', 'Dense', 4, 260]
		]);
		expect(s.total).toBe(1_286_789);
		expect(s.totalFormula).toBe('1286464 + 65 + 260 = 1286789');
		expect(s.rows[4].formula).toBe('(20100 + 1) * 64 = 1286464');
		expect(s.rows[3].joins).toEqual([10000, 10000, 100]);
	});

	it('says what each layer is connected to, as Keras 3 does', () => {
		expect(s.rows.map((r) => r.connectedTo.join(', '))).toEqual(['', '', '', 'title[0][0], text_body[0][0], tags[0][0]', 'concatenate[0][0]', 'dense[0][0]', 'dense[0][0]']);
	});

	it('is written as the course writes it in Keras, and as an nn.Module in PyTorch', () => {
		const keras = graphKerasCode(readModelGraph(COURSE_FUNCTIONAL));
		expect(keras).toContain('title = keras.Input(shape=(10000,), name="title")');
		expect(keras).toContain('concatenate = layers.Concatenate(name="concatenate")([title, text_body, tags])');
		expect(keras).toContain(`priority = layers.Dense(1, activation='sigmoid', name="priority")(dense)`);
		expect(keras).toContain('model = keras.Model(inputs=[title, text_body, tags], outputs=[priority, department], name="functional")');
		const torch = graphPytorchCode(readModelGraph(COURSE_FUNCTIONAL));
		expect(torch).toContain('self.dense = nn.Sequential(nn.Linear(20100, 64), nn.ReLU())');
		expect(torch).toContain('def forward(self, title, text_body, tags):');
		expect(torch).toContain('concatenate = torch.cat([title, text_body, tags], dim=1)');
		expect(torch).toContain('return priority, department');
	});
});

describe('the course model built with model.build((None, 3))', () => {
	const g = readModelGraph(COURSE_BUILT);

	it('lists no input row, names its layers, and counts 906 parameters', () => {
		const s = graphSummary(g);
		expect(s.rows.map((r) => [r.name, r.units, r.params, r.formula])).toEqual([
			['my_first_layer', 64, 256, '(3 + 1) * 64 = 256'],
			['my_last_layer', 10, 650, '(64 + 1) * 10 = 650']
		]);
		expect(s.total).toBe(906);
		expect(s.rows.every((r) => r.connectedTo.length === 0)).toBe(true);
	});

	it('is written with keras.Sequential and model.build', () => {
		const keras = graphKerasCode(g);
		expect(keras).toContain('model = keras.Sequential(name="my_example_model")');
		expect(keras).toContain(`model.add(layers.Dense(64, activation='relu', name="my_first_layer"))`);
		expect(keras).toContain('model.build((None, 3))');
	});
});

describe.skipIf(!python)('the PyTorch code, run', () => {
	for (const [name, model, total] of [['functional', COURSE_FUNCTIONAL, 1286789], ['built', COURSE_BUILT, 906]] as const) {
		it(`prints ${total} parameters for the ${name} model`, () => {
			const r = spawnSync(python!, ['-c', graphPytorchCode(readModelGraph(model))], { encoding: 'utf8' });
			expect(r.status, r.stderr).toBe(0);
			expect(r.stdout.trim().split('\n').at(-1)).toBe(String(total));
		});
	}
});

describe('a model graph with a mistake', () => {
	const base = () => structuredClone(COURSE_FUNCTIONAL) as Record<string, unknown> & { layers: Record<string, unknown>[] };
	const refuses = (json: unknown, path: string, reason: RegExp) => {
		try {
			readModelGraph(json);
		} catch (e) {
			expect(e).toBeInstanceOf(InputError);
			expect((e as InputError).path).toBe(path);
			expect((e as InputError).reason).toMatch(reason);
			return;
		}
		expect.fail('read without an error');
	};

	it('is refused at its path, saying what is wrong', () => {
		refuses({ ...base(), model: 'graph' }, 'model', /"functional" or "sequential"/);
		refuses({ ...base(), extra: 1 }, 'extra', /unknown key/);
		const unknownFrom = base();
		unknownFrom.layers[2].from = 'nowhere';
		refuses(unknownFrom, 'layers[2].from', /not an input or an earlier layer/);
		const laterFrom = base();
		laterFrom.layers[1].from = 'priority';
		refuses(laterFrom, 'layers[1].from', /not an input or an earlier layer/);
		const twoInputs = base();
		twoInputs.layers[1].from = ['title', 'tags'];
		refuses(twoInputs, 'layers[1].from', /concatenate several first/);
		const twice = base();
		twice.layers[3].name = 'priority';
		refuses(twice, 'layers[3].name', /already the name/);
		const units = base();
		units.layers[1].units = 0;
		refuses(units, 'layers[1].units', /whole number from 1/);
		refuses({ ...base(), outputs: ['tags'] }, 'outputs[0]', /not a layer/);
		refuses({ ...COURSE_BUILT, build: [3] }, 'build', /\[null, n\]/);
		refuses({ ...COURSE_BUILT, layers: [{ type: 'concatenate', from: ['a', 'b'] }] }, 'layers[0].type', /functional/);
		refuses({ ...base(), ['k'.repeat(5000)]: 1 }, `${'k'.repeat(37)}…`, /unknown key/);
	});

	it('from any JSON text: a model or an InputError, never another error', () => {
		const graphish = fc.record({
			model: fc.constantFrom('functional', 'sequential', 'other'),
			inputs: fc.array(fc.record({ name: fc.constantFrom('a', 'b', 'dense', '1x'), shape: fc.oneof(fc.integer(), fc.double()) }), { maxLength: 3 }),
			build: fc.constantFrom([null, 3], [3], null),
			layers: fc.array(fc.record({ type: fc.constantFrom('dense', 'concatenate', 'x'), units: fc.integer({ min: -2, max: 1e7 }), from: fc.oneof(fc.constantFrom('a', 'b', 'dense'), fc.array(fc.constantFrom('a', 'b', 'dense'))), activation: fc.constantFrom('relu', 'prelu', 'nope', undefined) }, { requiredKeys: ['type'] }), { maxLength: 5 }),
			outputs: fc.array(fc.constantFrom('dense', 'dense_1', 'a'), { maxLength: 2 })
		});
		fc.assert(
			fc.property(fc.oneof(fc.json(), graphish.map((g) => JSON.stringify(g))), (text) => {
				try {
					const s = graphSummary(parseModelGraph(text));
					expect(Number.isSafeInteger(s.total)).toBe(true);
				} catch (e) {
					if (!(e instanceof InputError)) throw e;
				}
			}),
			{ numRuns: 500 }
		);
	});
});
