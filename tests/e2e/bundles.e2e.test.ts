// mathjs (custom activations only) is loaded on demand: it is in the build, but in no page's
// initial JavaScript (the modules a page preloads, SvelteKit's static import closure) and in no
// worker bundle. Reads the build the global setup made.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILD = resolve(import.meta.dirname, '../../build');
// A message of typed-function, the dispatcher every mathjs function is made of.
const MATHJS = 'Unexpected type of argument';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
const js = files(join(BUILD, '_app/immutable')).filter((f) => f.endsWith('.js'));
const hasMathjs = (f: string) => readFileSync(f, 'utf8').includes(MATHJS);

function preloaded(page: string): string[] {
	const html = readFileSync(join(BUILD, page), 'utf8');
	return [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((m) => resolve(BUILD, m[1]));
}

describe('mathjs is loaded only for custom activations', () => {
	it('is in the build, in chunks of its own', () => {
		expect(js.filter(hasMathjs).length).toBeGreaterThan(0);
	});

	it("is not in any page's initial JavaScript", () => {
		const pages = readdirSync(BUILD).filter((f) => f.endsWith('.html') && f !== '404.html');
		expect(pages).toContain('index.html');
		for (const page of pages) {
			const modules = preloaded(page);
			expect(modules.length, page).toBeGreaterThan(3);
			expect(modules.filter(hasMathjs), page).toEqual([]);
		}
	});

	it('is not in the worker bundles', () => {
		const workers = readdirSync(join(BUILD, '_app/immutable/workers')).filter((f) => f.endsWith('.js'));
		expect(workers.some((w) => w.startsWith('train.worker'))).toBe(true);
		for (const w of workers) expect(hasMathjs(join(BUILD, '_app/immutable/workers', w)), w).toBe(false);
	});
});
