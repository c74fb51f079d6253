// The JSON Schemas in schema/ are the engine's schema table written out (regenerate with
// UPDATE_SCHEMA=1 npx vitest run tests/docs/schema.test.ts), and every shipped file follows them.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { parseAnswers } from '../../src/lib/engine/check/answers';
import { answersJsonSchema, networkJsonSchema } from '../../src/lib/engine/spec/json-schema';
import { check } from './json-schema-check';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = resolve(ROOT, 'static/examples');
const text = (o: unknown) => JSON.stringify(o, null, '\t') + '\n';
const network = networkJsonSchema();
const answers = answersJsonSchema();
const json = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json');

describe('schema/', () => {
	for (const [file, schema] of [['network.schema.json', network], ['answers.schema.json', answers]] as const) {
		it(`${file} is the engine's schema written out`, () => {
			const path = resolve(ROOT, 'schema', file);
			if (process.env.UPDATE_SCHEMA === '1') writeFileSync(path, text(schema));
			expect(readFileSync(path, 'utf8')).toBe(text(schema));
		});
	}
	it('every example network follows the schema', () => {
		const bad = json(EXAMPLES).flatMap((f) => check(network, JSON.parse(readFileSync(resolve(EXAMPLES, f), 'utf8'))).map((e) => `${f} ${e}`));
		expect(bad).toEqual([]);
	});
	it('every example answers file follows its schema', () => {
		const dir = resolve(EXAMPLES, 'answers');
		const bad = json(dir).flatMap((f) => check(answers, JSON.parse(readFileSync(resolve(dir, f), 'utf8'))).map((e) => `${f} ${e}`));
		expect(bad).toEqual([]);
	});
	it('catches what the engine refuses: an unknown key, a misspelt name, a rate out of range', () => {
		const course = JSON.parse(readFileSync(resolve(EXAMPLES, 'course-2-2-2.json'), 'utf8'));
		expect(check(network, { ...course, lossFunction: 'mse' })).toEqual(['$: unknown key lossFunction']);
		expect(check(network, { ...course, loss: 'hlaf_sse' })[0]).toMatch(/^\$\.loss: not one of/);
		expect(check(network, { ...course, optimizer: { type: 'sgd', learningRate: -1 } })[0]).toMatch(/^\$\.optimizer: matches none/);
	});
	it('a file naming its schema is read by the engine, and so is an answers file', () => {
		const course = JSON.parse(readFileSync(resolve(EXAMPLES, 'course-2-2-2.json'), 'utf8'));
		const named = { $schema: '../schema/network.schema.json', ...course };
		expect(check(network, named)).toEqual([]);
		expect(validateNetwork(named)).toEqual(validateNetwork(course));
		expect(() => validateNetwork({ ...course, $schema: 3 })).toThrow(/\$schema/);
		expect(parseAnswers('{"$schema": "../schema/answers.schema.json", "H_1": 0.56}')).toEqual([{ key: 'H_1', value: 0.56, written: '0.56' }]);
	});
});
