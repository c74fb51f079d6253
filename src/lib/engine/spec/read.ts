// Readers of the pieces of a network file, each throwing an InputError that names the JSON path and
// what is wrong. Scalars are read through the schema's Field entries; vectors and matrices through
// the shape they must have and a word on where that shape comes from (`layers[0].size`).

import { InputError } from './errors';
import { checkLabel } from './label-syntax';
import { child, describe, index, own, plural, quote } from './path';
import { ANY, type Field, type Range } from './schema';
import { suggest } from './suggest';

/** "a positive number", "a number in [0, 1)", "an integer from 0 to 10", "a finite number". */
export function describeRange(r: Range): string {
	const noun = r.integer ? 'integer' : 'number';
	if (r.min === undefined && r.max === undefined) return r.integer ? 'an integer' : 'a finite number';
	if (r.max === undefined) {
		if (r.min === 0) return r.minOpen ? `a positive ${noun}` : `a non-negative ${noun}`;
		if (r.integer && r.min === 1) return 'a positive integer';
		return `${r.integer ? 'an' : 'a'} ${noun} ${r.minOpen ? '>' : '≥'} ${r.min}`;
	}
	if (r.integer) return `an integer from ${r.min ?? '−∞'} to ${r.max}`;
	return `a number in ${r.minOpen ? '(' : '['}${r.min ?? '−∞'}, ${r.max}${r.maxOpen ? ')' : ']'}`;
}

export function inRange(x: number, r: Range): boolean {
	if (r.integer && !Number.isInteger(x)) return false;
	if (r.min !== undefined && (r.minOpen ? x <= r.min : x < r.min)) return false;
	if (r.max !== undefined && (r.maxOpen ? x >= r.max : x > r.max)) return false;
	return true;
}

/** A finite number in `range`; NaN and ±Infinity (which a JavaScript caller can pass) are refused. */
export function readNumber(v: unknown, path: string, range: Range = ANY): number {
	if (typeof v !== 'number' || !Number.isFinite(v) || !inRange(v, range)) {
		throw new InputError(path, `expected ${describeRange(range)}, got ${describe(v)}`);
	}
	return v;
}

export function readBoolean(v: unknown, path: string): boolean {
	if (typeof v !== 'boolean') throw new InputError(path, `expected true or false, got ${describe(v)}`);
	return v;
}

/** A string of at most `max` characters without control characters. */
export function readText(v: unknown, path: string, max: number): string {
	if (typeof v !== 'string') throw new InputError(path, `expected a string, got ${describe(v)}`);
	const length = Array.from(v).length;
	if (length > max) throw new InputError(path, `${length} characters, more than the ${max} allowed`);
	const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.exec(v);
	if (control) {
		const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
		throw new InputError(path, `contains a control character (U+${code})`);
	}
	return v;
}

/** One of `names`, with the nearest suggested for a misspelling. */
export function readName<T extends string>(v: unknown, path: string, names: readonly T[]): T {
	if (typeof v !== 'string') throw new InputError(path, `expected a name, got ${describe(v)}`);
	if ((names as readonly string[]).includes(v)) return v as T;
	const near = suggest(v, names);
	throw new InputError(path, `unknown ${quote(v)}${near ? ` — did you mean ${quote(near)}?` : ` (known: ${names.join(', ')})`}`);
}

/**
 * An optional key set to null is read as absent (a JavaScript caller may write `title: null`), except
 * a number whose null is no default (`rounding.decimals`: null is an error). Structures decide for
 * themselves.
 */
function nullMeansAbsent(field: Field): boolean {
	if (field.kind === 'structure') return false;
	if (field.kind === 'number') return field.default !== null || field.nullable === true;
	return true;
}

/** The value of `key` in `obj` read as `field` says, or the field's default when absent or null. */
export function readField(obj: Record<string, unknown>, key: string, field: Field, path: string): unknown {
	const v = own(obj, key);
	const at = child(path, key);
	if (v === undefined || (v === null && nullMeansAbsent(field))) {
		if (field.kind === 'structure') {
			if (field.required) throw new InputError(at, 'missing');
			return undefined;
		}
		return field.default;
	}
	switch (field.kind) {
		case 'number':
			return readNumber(v, at, field.range);
		case 'boolean':
			return readBoolean(v, at);
		case 'string':
			return readText(v, at, field.maxLength);
		case 'choice':
			return readName(v, at, field.choices);
		case 'structure':
			return v;
	}
}

/**
 * Refuses every key of `obj` not in `allowed`. `explain` may give a better reason for a key that is
 * known elsewhere (an optimizer parameter another optimizer takes); otherwise the nearest allowed key
 * is suggested, or the allowed keys are listed.
 */
export function checkKeys(
	obj: Record<string, unknown>,
	allowed: readonly string[],
	path: string,
	explain?: (key: string) => string | null
): void {
	for (const key of Object.keys(obj)) {
		if (allowed.includes(key)) continue;
		const reason = explain?.(key);
		if (reason) throw new InputError(child(path, key), reason);
		const near = suggest(key, allowed);
		throw new InputError(child(path, key), near ? `unknown key — did you mean ${quote(near)}?` : `unknown key (allowed: ${allowed.join(', ')})`);
	}
}

export function readObject(v: unknown, path: string, what = 'an object'): Record<string, unknown> {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InputError(path, `expected ${what}, got ${describe(v)}`);
	return v as Record<string, unknown>;
}

/** An array of exactly n items; `what` says where n comes from, e.g. `layers[0].size`. */
export function readArray(v: unknown, n: number, path: string, noun: string, what: string): unknown[] {
	if (!Array.isArray(v)) throw new InputError(path, `expected an array of ${plural(n, noun)} (${what}), got ${describe(v)}`);
	if (v.length !== n) throw new InputError(path, `expected ${plural(n, noun)} (${what}), got ${v.length}`);
	return v;
}

export function readVector(v: unknown, n: number, path: string, what: string, range: Range = ANY): number[] {
	return readArray(v, n, path, 'number', what).map((x, i) => readNumber(x, index(path, i), range));
}

/** rows × cols items, row by row (a matrix such as `weights`), each read by `item`. */
function readGrid<T>(
	v: unknown,
	[rows, cols]: [number, number],
	path: string,
	[rowsWhat, colsWhat]: [string, string],
	noun: string,
	item: (x: unknown, path: string) => T
): T[][] {
	if (!Array.isArray(v)) {
		throw new InputError(path, `expected ${plural(rows, 'row')} (${rowsWhat}) of ${plural(cols, noun)} (${colsWhat}), got ${describe(v)}`);
	}
	if (v.length !== rows) throw new InputError(path, `expected ${plural(rows, 'row')} (${rowsWhat}), got ${v.length}`);
	return v.map((row: unknown, j) => {
		const at = index(path, j);
		if (!Array.isArray(row)) throw new InputError(at, `expected a row of ${plural(cols, noun)} (${colsWhat}), got ${describe(row)}`);
		if (row.length !== cols) throw new InputError(at, `expected ${plural(cols, 'column')} (${colsWhat}), got ${row.length}`);
		return row.map((x: unknown, i) => item(x, index(at, i)));
	});
}

/** rows × cols finite numbers, as `weights`. */
export function readMatrix(v: unknown, rows: number, cols: number, path: string, rowsWhat: string, colsWhat: string): number[][] {
	return readGrid(v, [rows, cols], path, [rowsWhat, colsWhat], 'number', (x, at) => readNumber(x, at));
}

export function readLabel(v: unknown, path: string): string {
	if (typeof v !== 'string') throw new InputError(path, `expected a label (a string), got ${describe(v)}`);
	checkLabel(v, path);
	return v;
}

export function readLabels(v: unknown, n: number, path: string, what: string): string[] {
	return readArray(v, n, path, 'label', what).map((x, i) => readLabel(x, index(path, i)));
}

export function readLabelMatrix(v: unknown, rows: number, cols: number, path: string, rowsWhat: string, colsWhat: string): string[][] {
	return readGrid(v, [rows, cols], path, [rowsWhat, colsWhat], 'label', readLabel);
}
