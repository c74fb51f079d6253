// The project's import graph, read from the source text: every `import … from`, `export … from`
// and `import('…')` of every .ts, .js and .svelte file under src/, resolved to a file path.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const EXTENSIONS = ['.ts', '.js', '.svelte', '.svelte.ts'];

export function sourceFiles(dir = SRC): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
		else if (/\.(ts|js|svelte)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
	}
	return out;
}

const SPECIFIER = /(?:\b(?:import|export)\s+(type\s+)?(?:\{([^}]*)\}|[\w*$]+(?:\s+as\s+\w+)?)?\s*from\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

export interface Specifier {
	spec: string;
	/** `import type …`, or braces that name only types: gone once compiled. */
	typeOnly: boolean;
}

/** The module specifiers a file names (type-only imports included: they couple rooms too). */
export function specifiers(text: string): Specifier[] {
	return [...text.matchAll(SPECIFIER)].map((m) => {
		const names = m[2]?.split(',').map((n) => n.trim()).filter(Boolean) ?? [];
		const typeOnly = m[1] !== undefined || (names.length > 0 && names.every((n) => n.startsWith('type ')));
		return { spec: m[3].replace(/\?.*$/, ''), typeOnly };
	});
}

function resolveFile(base: string): string | null {
	if (existsSync(base) && statSync(base).isFile()) return base;
	for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
	for (const ext of EXTENSIONS) if (existsSync(join(base, 'index' + ext))) return join(base, 'index' + ext);
	return null;
}

/** A specifier seen from `from`, as a path relative to the repository, or null for a package. */
export function resolveSpecifier(from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/') || spec === '$lib') base = join(SRC, 'lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return null;
	const file = resolveFile(base);
	return file ? relative(ROOT, file) : relative(ROOT, base);
}

export interface Edge {
	from: string;
	to: string;
	typeOnly: boolean;
}

export function importGraph(): { files: string[]; edges: Edge[]; packages: Map<string, string[]> } {
	const files = sourceFiles().map((f) => relative(ROOT, f));
	const edges: Edge[] = [];
	const packages = new Map<string, string[]>();
	for (const file of files) {
		const text = readFileSync(join(ROOT, file), 'utf8');
		for (const { spec, typeOnly } of specifiers(text)) {
			const to = resolveSpecifier(join(ROOT, file), spec);
			if (to) edges.push({ from: file, to, typeOnly });
			else packages.set(file, [...(packages.get(file) ?? []), spec]);
		}
	}
	return { files, edges, packages };
}

/**
 * Every cycle found by a depth-first walk, each as the list of files around it. Imports of types
 * only are left out: two interfaces that name each other are not a cycle at run time.
 */
export function cycles(files: string[], edges: Edge[]): string[][] {
	const next = new Map<string, string[]>();
	for (const e of edges) if (!e.typeOnly) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const found: string[][] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const to of next.get(file) ?? []) {
			if (state.get(to) === 'open') found.push(stack.slice(stack.indexOf(to)).concat(to));
			else if (!state.has(to)) visit(to);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const f of files) if (!state.has(f)) visit(f);
	return found;
}
