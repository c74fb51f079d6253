// The project documents itself: every name the engine accepts is in docs/, every docs/ page a file
// names exists, and nothing points outside the repository.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_FIELDS, NETWORK_FIELDS, OPTIMIZER_PARAM_FIELDS } from '../../src/lib/engine/spec/schema';
import { ACTIVATIONS, INITIALIZERS, LOSSES, OPTIMIZERS } from '../../src/lib/engine/spec/types';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const texts = tracked.filter((f) => /\.(ts|js|mjs|svelte|md|json|html|css|yml|yaml)$|^\.ci\//.test(f) && existsSync(resolve(ROOT, f)));
const mentioned = (doc: string, name: string) => doc.includes('`' + name + '`');

describe('docs/', () => {
	it('maths.md names every activation, loss, initialiser and optimizer, and every optimizer parameter', () => {
		const doc = read('docs/maths.md');
		const names = [...ACTIVATIONS, ...LOSSES, ...INITIALIZERS, ...OPTIMIZERS, ...Object.keys(OPTIMIZER_PARAM_FIELDS)];
		expect(names.filter((n) => !mentioned(doc, n))).toEqual([]);
	});
	it('network-file.md names every top-level key and every layer key', () => {
		const doc = read('docs/network-file.md');
		const keys = [...Object.keys(NETWORK_FIELDS), ...Object.keys(LAYER_FIELDS)];
		expect(keys.filter((k) => !mentioned(doc, k))).toEqual([]);
	});
	it('every docs/ page a file refers to exists', () => {
		const missing = new Set<string>();
		for (const f of texts)
			for (const m of read(f).matchAll(/\bdocs\/([\w-]+\.md)/g)) if (!existsSync(resolve(ROOT, 'docs', m[1]))) missing.add(`${f}: docs/${m[1]}`);
		expect([...missing]).toEqual([]);
	});
	it('no file refers to a path outside the repository', () => {
		const outside = /\.\.\/shared|\bSPEC\.md\b|\bSTYLE\.md\b|\/work\//;
		const bad = texts.filter((f) => f !== 'tests/docs/docs.test.ts' && outside.test(read(f)));
		expect(bad).toEqual([]);
	});
	it('links between the docs pages resolve', () => {
		const broken: string[] = [];
		for (const f of tracked.filter((p) => p.startsWith('docs/') && p.endsWith('.md')))
			for (const m of read(f).matchAll(/\]\(([\w-]+\.md)(#[\w-]+)?\)/g)) if (!existsSync(resolve(ROOT, 'docs', m[1]))) broken.push(`${f} → ${m[1]}`);
		expect(broken).toEqual([]);
	});
});
