// Inputs for the fuzz suite: garbage text, valid inputs with their text cut, spliced and repeated,
// and valid JSON documents with a few values replaced by extremes (the numbers at the edges of
// float64, huge and deeply nested arrays, long strings, control characters, prototype keys).

import fc from 'fast-check';

const EXTREME_NUMBERS = [0, -0, 1, -1, 0.5, 1e308, -1e308, 1.7976931348623157e308, 5e-324, -5e-324, 1e-300, 3.5e38, 2 ** 53 + 1, 1e21, 64, 65, 256, 257, 100000, 1e9, -3];

/** One value that stresses a reader: an extreme number, an odd string, a big or deep structure. */
export const extremeValue: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom(...EXTREME_NUMBERS),
	fc.double(),
	fc.integer(),
	fc.constantFrom(null, true, false, '', 'NaN', 'Infinity', '1e999', '__proto__', 'constructor', 'custom', 'softmax', 'x^x^x^x^x', 'max(x,x,x,x,x,x,x,x)'),
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom('x'.repeat(5000), '\u0000\u0007\ud800', '%E0%A4%A'),
	fc.jsonValue({ maxDepth: 3 }),
	fc.integer({ min: 1, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => i / 7)),
	fc.integer({ min: 65, max: 1000 }).map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown)
);

/** Names a file may use: a mutation to one of them keeps the file valid more often, so reaches further. */
const NAMES = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softmax', 'linear', 'swish', 'softplus', 'prelu', 'rrelu', 'step', 'custom', 'half_sse', 'sse', 'mse', 'mae', 'binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'hinge', 'sgd', 'momentum', 'nesterov', 'adam', 'adamw', 'adamax', 'nadam', 'rmsprop', 'adagrad', 'adadelta', 'adafactor', 'ftrl', 'course', 'textbook', 'glorot_uniform', 'he_normal', 'zeros', 'each', 'shared', 'none'];

type Json = unknown;

/** Every place in a document: [container, key] pairs, found without recursion. */
function places(doc: Json): [Record<string | number, Json>, string | number][] {
	const out: [Record<string | number, Json>, string | number][] = [];
	const stack: Json[] = [doc];
	while (stack.length > 0 && out.length < 5000) {
		const v = stack.pop();
		if (typeof v !== 'object' || v === null) continue;
		for (const k of Object.keys(v)) {
			const key = Array.isArray(v) ? Number(k) : k;
			out.push([v as Record<string | number, Json>, key]);
			stack.push((v as Record<string, Json>)[k]);
		}
	}
	return out;
}

interface Mutation {
	at: number;
	op: number;
	value: unknown;
	/** A power of ten to scale a number by, or an index into NAMES. */
	scale: number;
}

function apply(doc: Json, m: Mutation): Json {
	const all = places(doc);
	if (all.length === 0) return m.value;
	const [container, key] = all[m.at % all.length];
	const old = container[key];
	switch (m.op % 10) {
		case 0:
		case 1:
			container[key] = m.value;
			break;
		case 5:
		case 6:
		case 7:
		case 8:
		case 9:
			// the same kind of value, changed: a number scaled by 10^k, a name swapped for another
			if (typeof old === 'number') container[key] = old === 0 ? m.scale : old * 10 ** m.scale;
			else if (typeof old === 'string') container[key] = NAMES[Math.abs(m.scale) % NAMES.length];
			else container[key] = m.value;
			break;
		case 2:
			if (Array.isArray(container)) container.splice(key as number, 1);
			else delete container[key];
			break;
		case 3:
			// an array element repeated: more rows, samples or layers than the file allows
			if (Array.isArray(container)) container.push(...Array.from({ length: 1 + (m.at % 300) }, () => structuredClone(container[key])));
			else container[`${String(key)}_`] = container[key];
			break;
		case 4:
			container[key] = [container[key]];
	}
	return doc;
}

/** A valid document with one to four values replaced, removed, repeated or wrapped. */
export function mutatedJson(base: Json): fc.Arbitrary<Json> {
	return fc
		.array(fc.record({ at: fc.nat(), op: fc.nat(), value: extremeValue, scale: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -330, max: 330 })) }), { minLength: 1, maxLength: 3 })
		.map((ms) => ms.reduce((doc, m) => apply(doc, m), structuredClone(base)));
}

/** A valid text cut short, with characters inserted or removed, or a piece of it repeated. */
export function mutatedText(base: string): fc.Arbitrary<string> {
	const at = fc.nat({ max: Math.max(0, base.length) });
	return fc.oneof(
		at.map((i) => base.slice(0, i)),
		fc.tuple(at, fc.string({ unit: 'binary', maxLength: 12 })).map(([i, s]) => base.slice(0, i) + s + base.slice(i)),
		fc.tuple(at, fc.nat({ max: 40 })).map(([i, n]) => base.slice(0, i) + base.slice(i + n)),
		fc.tuple(at, fc.nat({ max: 60 }), fc.integer({ min: 2, max: 400 })).map(([i, n, k]) => base.slice(0, i) + base.slice(i, i + n).repeat(k) + base.slice(i + n)),
		fc.tuple(at, fc.constantFrom('\u0000', '\ufffd', '\r', '"', '\\', '{', ']', '%', '1e999', '-', '.')).map(([i, c]) => base.slice(0, i) + c + base.slice(i + 1))
	);
}

/** Text for a text reader: garbage, or a valid text mutated. */
export function textFor(base: string): fc.Arbitrary<string> {
	return fc.oneof(
		{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
		{ weight: 1, arbitrary: fc.integer({ min: 65, max: 200_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
		{ weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
		{ weight: 4, arbitrary: mutatedText(base) }
	);
}

/** Text for a JSON reader: garbage, a valid text mutated, or a valid document with extremes in it. */
export function jsonTextFor(base: Json): fc.Arbitrary<string> {
	return fc.oneof(
		{ weight: 1, arbitrary: textFor(JSON.stringify(base, null, 1)) },
		{ weight: 3, arbitrary: mutatedJson(base).map((d) => JSON.stringify(d) ?? '') }
	);
}
