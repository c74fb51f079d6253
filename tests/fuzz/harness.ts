// The fuzz suite's rule for every reader (docs/limits.md): whatever the input, the result is a value
// with no non-finite number in it, or the project's own error (one line, of bounded length), in
// bounded time. `npm run fuzz` runs the same properties with many more inputs (BACKSTEP_FUZZ_RUNS)
// and writes each reader's figures where BACKSTEP_FUZZ_REPORT says, for scripts/fuzz.mjs to total.

import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { isInputError } from '../../src/lib/engine/spec/errors';

/** Inputs per property: a few dozen in `npm test`, thousands in `npm run fuzz`. */
export const RUNS = Number(process.env.BACKSTEP_FUZZ_RUNS ?? 25);
/** An input that takes longer than this is a hang. */
export const HANG_MS = 10_000;
/** A message longer than this is echoing its input. */
export const MAX_MESSAGE = 2_000;

interface Figure {
	inputs: number;
	/** How the inputs ended: "value" and "error", or a command's "exit 0", "exit 2", … */
	outcomes: Record<string, number>;
	slowestMs: number;
}

const figures = new Map<string, Figure>();

afterAll(() => {
	const dir = process.env.BACKSTEP_FUZZ_REPORT;
	if (!dir || figures.size === 0) return;
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${[...figures.keys()][0].replace(/[^a-z0-9]+/gi, '-')}-${process.pid}-${Date.now()}.json`);
	writeFileSync(file, JSON.stringify(Object.fromEntries(figures)));
});

/** The path of the first number in `v` that is NaN or infinite, or null. */
export function nonFinite(v: unknown, path = '$', depth = 0): string | null {
	if (typeof v === 'number') return Number.isFinite(v) ? null : path;
	if (depth > 200 || typeof v !== 'object' || v === null) return null;
	if (ArrayBuffer.isView(v)) {
		const a = v as unknown as ArrayLike<number>;
		for (let i = 0; i < a.length; i++) if (typeof a[i] === 'number' && !Number.isFinite(a[i])) return `${path}[${i}]`;
		return null;
	}
	if (v instanceof Map) return nonFinite([...v.values()], path, depth + 1);
	for (const [k, x] of Object.entries(v)) {
		const found = nonFinite(x, `${path}.${k}`, depth + 1);
		if (found) return found;
	}
	return null;
}

/** Text that shows a non-finite number as a result: NaN, Infinity or ∞ where a number belongs. */
export function showsNonFinite(text: string): boolean {
	return /(^|[=:\s(\[,])(-?Infinity|NaN|[+−-]?∞)(?=$|[\s,;)\]}])/m.test(text);
}

/**
 * Runs `read` on `input` and checks the rule: a value with no non-finite number, or an error that
 * `own` accepts (the project's InputError by default) with a one-line message of bounded length.
 */
export async function judged(
	reader: string,
	read: () => unknown,
	own: (e: unknown) => boolean = isInputError,
	outcome: (value: unknown) => string = () => 'value'
): Promise<void> {
	const fig = figures.get(reader) ?? { inputs: 0, outcomes: {}, slowestMs: 0 };
	figures.set(reader, fig);
	const started = performance.now();
	let value: unknown;
	let error: unknown = null;
	try {
		value = await read();
	} catch (e) {
		error = e;
	}
	const ms = performance.now() - started;
	fig.inputs++;
	fig.slowestMs = Math.max(fig.slowestMs, ms);
	expect(ms, `${reader}: ${ms.toFixed(0)} ms for one input`).toBeLessThan(HANG_MS);
	const count = (o: string) => (fig.outcomes[o] = (fig.outcomes[o] ?? 0) + 1);
	if (error === null) {
		count(outcome(value));
		expect(nonFinite(value), `${reader}: non-finite number in the result`).toBeNull();
		return;
	}
	if (!own(error)) throw error;
	count('error');
	const message = (error as Error).message;
	expect(message, `${reader}: a message of several lines`).not.toMatch(/[\n\r]/);
	expect(message.length, `${reader}: a message of ${message.length} characters`).toBeLessThanOrEqual(MAX_MESSAGE);
}

/** fc.assert with the suite's number of runs. */
export async function fuzz<T>(arb: fc.Arbitrary<T>, check: (input: T) => Promise<void> | void, runs = RUNS): Promise<void> {
	await fc.assert(
		fc.asyncProperty(arb, async (input) => {
			await check(input);
		}),
		{ numRuns: runs }
	);
}
