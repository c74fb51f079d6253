// JSON paths as errors show them (`layers[2].weights[1][0]`) and values as errors quote them
// (`"abc"`, `NaN`, `an array`).

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of `key` inside the object at `path`: `layers[1]` + `weights` → `layers[1].weights`. */
export function child(path: string, key: string): string {
	// A long name is untrusted text too (a file may hold a key of 20,000 letters): quoted in part.
	if (!IDENTIFIER.test(key) || key.length > 40) return `${path}[${JSON.stringify(quoteable(key))}]`;
	return path ? `${path}.${key}` : key;
}

/** The path of element `i` of the array at `path`: `layers` + 2 → `layers[2]`. */
export function index(path: string, i: number): string {
	return `${path}[${i}]`;
}

/** Untrusted text quoted in a message: at most 24 characters, control characters escaped by JSON. */
function quoteable(s: string): string {
	const chars = Array.from(s);
	return chars.length > 24 ? chars.slice(0, 23).join('') + '…' : s;
}

/** A value as a message quotes it after "got": `"abc"`, `3`, `NaN`, `true`, `null`, `an array`. */
export function describe(v: unknown): string {
	if (v === null) return 'null';
	if (v === undefined) return 'nothing';
	switch (typeof v) {
		case 'string':
			return JSON.stringify(quoteable(v));
		case 'number':
			return Object.is(v, -0) ? '-0' : String(v);
		case 'boolean':
			return String(v);
		case 'bigint':
			return 'a bigint';
		case 'function':
			return 'a function';
		case 'symbol':
			return 'a symbol';
	}
	if (Array.isArray(v)) return v.length === 0 ? 'an empty array' : `an array of ${v.length}`;
	return 'an object';
}

/** A name quoted in a message: `"sigmoid"`. */
export function quote(s: string): string {
	return JSON.stringify(quoteable(s));
}

/** The value of own property `key`, never one inherited (a file's "constructor" is not Object's). */
export function own(obj: Record<string, unknown>, key: string): unknown {
	return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** "1 sample", "3 samples". */
export function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}
