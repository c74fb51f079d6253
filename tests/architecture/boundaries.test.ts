// The rooms of the house and which doors between them may be used: the engine stands alone, the
// fast path builds on the engine only, the worker on both, view models and state never reach into
// components, and nothing imports in a circle.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cycles, importGraph, specifiers } from './graph';

const { files, edges, packages } = importGraph();

const room = (path: string): string => {
	if (path.startsWith('static/')) return 'static';
	const m = /^src\/(lib\/(?:[^/]+)|routes|cli)/.exec(path);
	return m ? m[1].replace(/^lib\//, '') : path;
};

/** For each room, the rooms it may import from (its own room always allowed). */
const ALLOWED: Record<string, string[]> = {
	engine: [],
	fast: ['engine'],
	worker: ['fast', 'engine'],
	state: ['engine', 'fast', 'worker', 'i18n', 'static', 'view'],
	view: ['engine', 'fast', 'i18n', 'static', 'state'],
	i18n: ['engine'],
	cli: ['engine', 'fast']
};

function crossings(from: string): string[] {
	return edges
		.filter((e) => room(e.from) === from && room(e.to) !== from && !ALLOWED[from].includes(room(e.to)))
		.map((e) => `${e.from} → ${e.to}`);
}

describe('the import graph', () => {
	it('tells imports of types only from imports of values', () => {
		const text = [
			"import type { A } from './a';",
			"import { type B, type C } from './b';",
			"import { D, type E } from './d';",
			"export type { F } from './f';",
			"import G from './g.svelte';",
			"const H = await import('./h');"
		].join('\n');
		expect(specifiers(text)).toEqual([
			{ spec: './a', typeOnly: true },
			{ spec: './b', typeOnly: true },
			{ spec: './d', typeOnly: false },
			{ spec: './f', typeOnly: true },
			{ spec: './g.svelte', typeOnly: false },
			{ spec: './h', typeOnly: false }
		]);
	});

	it('reads a sizeable graph (the reader finds the imports)', () => {
		expect(files.length).toBeGreaterThan(200);
		expect(edges.length).toBeGreaterThan(500);
	});

	for (const from of Object.keys(ALLOWED)) {
		it(`${from}/ imports only from ${ALLOWED[from].join(', ') || 'itself'}`, () => {
			expect(crossings(from)).toEqual([]);
		});
	}

	it('the engine and the fast path import no Svelte, no SvelteKit and no DOM-only package', () => {
		const bad = [...packages]
			.filter(([file]) => ['engine', 'fast'].includes(room(file)))
			.flatMap(([file, specs]) => specs.filter((s) => /^(svelte|\$app|@sveltejs|d3|katex)/.test(s)).map((s) => `${file} → ${s}`));
		expect(bad).toEqual([]);
	});

	it('the engine, the fast path, the worker and the command line import by relative paths (node has no $lib)', () => {
		const bad = files
			.filter((f) => ['engine', 'fast', 'worker', 'cli'].includes(room(f)))
			.filter((f) => specifiers(readFileSync(join(ROOT, f), 'utf8')).some((s) => s.spec.startsWith('$lib')));
		expect(bad).toEqual([]);
	});

	it('the engine never touches the document or the window', () => {
		const bad = files
			.filter((f) => room(f) === 'engine')
			.filter((f) => /\b(document|window|localStorage)\.[A-Za-z]|\bHTMLElement\b/.test(readFileSync(join(ROOT, f), 'utf8')));
		expect(bad).toEqual([]);
	});

	it('components import no page and no route', () => {
		const bad = edges.filter((e) => room(e.from) === 'components' && room(e.to) === 'routes');
		expect(bad).toEqual([]);
	});

	it('has no import cycles', () => {
		expect(cycles(files, edges).map((c) => c.join(' → '))).toEqual([]);
	});
});
