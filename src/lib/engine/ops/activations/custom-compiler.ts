// The custom activations' compiler, loaded on demand: parsing and differentiating an expression
// needs mathjs (./custom-mathjs.ts, about 50 KB gzip), which only a network with a custom activation
// uses. Everything else in the engine stays synchronous and free of it. Whoever validates a file
// that may hold a custom activation first awaits `prepareCustomActivations(file)` (the lab, the
// training worker and the command line do); `compileCustom` before that throws
// CustomNotPreparedError, which says so.

import type { CompiledCustom } from './custom-types';

export { CUSTOM_CONSTANTS, CUSTOM_FUNCTIONS, CustomDomainError, type CompiledCustom } from './custom-types';

/** A custom activation met before its compiler was loaded: the caller's mistake, not the user's. */
export class CustomNotPreparedError extends Error {
	constructor() {
		super('a custom activation needs its expression compiler, which is loaded on demand: await prepareCustomActivations(file) before validating a file that has one');
		this.name = 'CustomNotPreparedError';
	}
}

let build: ((expression: string) => CompiledCustom) | null = null;
let loading: Promise<void> | null = null;

/** Loads mathjs and the compiler (once; later calls return the same promise). */
export function loadCustomCompiler(): Promise<void> {
	loading ??= import('./custom-mathjs').then(
		(m) => {
			build = m.buildCustom;
		},
		(e) => {
			loading = null; // a failed download may be retried
			throw e;
		}
	);
	return loading;
}

export function customCompilerLoaded(): boolean {
	return build !== null;
}

/**
 * Whether a network file (as JSON, as text or validated) may hold a custom activation: any string
 * "custom" in it. Typed arrays (training data) are not looked into; the walk is iterative, so any
 * depth is fine.
 */
export function mentionsCustom(file: unknown): boolean {
	if (typeof file === 'string') return file.includes('custom');
	const stack: unknown[] = [file];
	while (stack.length > 0) {
		const v = stack.pop();
		if (v === 'custom') return true;
		if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v) || v instanceof ArrayBuffer) continue;
		for (const child of Object.values(v)) if (typeof child === 'object' || child === 'custom') stack.push(child);
	}
	return false;
}

/** Loads the compiler if `file` may need it; then validating it runs synchronously as always. */
export async function prepareCustomActivations(file: unknown): Promise<void> {
	if (build === null && mentionsCustom(file)) await loadCustomCompiler();
}

// Bounded, so that an editor compiling at every keystroke cannot grow it without limit.
const cache = new Map<string, CompiledCustom>();
const CACHE_SIZE = 128;

/** Parses, checks, differentiates and compiles; throws an Error whose message says what is wrong. */
export function compileCustom(expression: string): CompiledCustom {
	const hit = cache.get(expression);
	if (hit) return hit;
	if (build === null) throw new CustomNotPreparedError();
	const compiled = build(expression);
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	cache.set(expression, compiled);
	return compiled;
}
