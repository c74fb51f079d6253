import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../src/lib/engine/check';
import { InputError } from '../../../src/lib/engine/spec/errors';

/** The InputError message `parseAnswers` throws for `text`. */
function failure(text: string): string {
	try {
		parseAnswers(text);
	} catch (e) {
		expect(e).toBeInstanceOf(InputError);
		return (e as Error).message;
	}
	throw new Error('parseAnswers accepted the text');
}

describe('parseAnswers', () => {
	it('keeps each number as written, trailing zeros included', () => {
		const answers = parseAnswers('{ "H_1": 0.56, "H_2": 0.50, "E": 0.210, "w_5\'": -0.0700 }');
		expect(answers).toEqual([
			{ key: 'H_1', value: 0.56, written: '0.56' },
			{ key: 'H_2', value: 0.5, written: '0.50' },
			{ key: 'E', value: 0.21, written: '0.210' },
			{ key: "w_5'", value: -0.07, written: '-0.0700' }
		]);
	});

	it('keeps integers and exponent forms as written', () => {
		expect(parseAnswers('{"a": 1, "b": 0, "c": 1.5e-3, "d": -2E+2}').map((a) => a.written)).toEqual([
			'1',
			'0',
			'1.5e-3',
			'-2E+2'
		]);
	});

	it('reads an empty object as no answers, and accepts a byte-order mark and any whitespace', () => {
		expect(parseAnswers('{}')).toEqual([]);
		expect(parseAnswers('\ufeff\n{\r\n\t"x_1" :\n 0.5 }\n')).toEqual([{ key: 'x_1', value: 0.5, written: '0.5' }]);
	});

	it('decodes escapes in keys', () => {
		expect(parseAnswers('{"\\\\delta_{O_1}": 0.06, "dE\\/dw_5": 0.03, "\\u0048_1": 0.56}').map((a) => a.key)).toEqual([
			'\\delta_{O_1}',
			'dE/dw_5',
			'H_1'
		]);
	});

	it('refuses a document that is not an object', () => {
		expect(failure('[0.56]')).toBe('expected an object of answers, e.g. {"H_1": 0.56}, not an array');
		expect(failure('0.56')).toBe('expected an object of answers, e.g. {"H_1": 0.56}, not a number');
		expect(failure('  ')).toBe('the file is empty; expected an object of answers, e.g. {"H_1": 0.56}');
	});

	it('refuses a value that is not a number, naming its key as a JSON path', () => {
		expect(failure('{"H_1": "0.56"}')).toBe('H_1: expected a number, not a string "0.56"');
		expect(failure('{"dE/dw_5": null}')).toBe('["dE/dw_5"]: expected a number, not null');
		expect(failure('{"H_1": [0.5]}')).toBe('H_1: expected a number, not an array');
		expect(failure('{"H_1": true}')).toBe('H_1: expected a number, not a boolean');
		expect(failure('{"H_1": 1e999}')).toBe('H_1: 1e999 is not a finite number');
	});

	it('refuses a key given twice, with both places', () => {
		expect(failure('{\n  "H_1": 0.56,\n  "H_1": 0.57\n}')).toBe(
			'H_1: the key is given twice (line 2, column 3 and line 3, column 3)'
		);
	});

	it('reports malformed JSON with its line and column', () => {
		expect(failure('{\n  "H_1": 0.56\n  "H_2": 0.50\n}')).toBe(
			'malformed JSON at line 3, column 3: expected "," or "}" after a value, found "\\""'
		);
		expect(failure('{"H_1": 0.56,}')).toBe('malformed JSON at line 1, column 14: expected a string, found "}"');
		expect(failure('{"H_1": .5}')).toBe('malformed JSON at line 1, column 9: expected a value, found "."');
		expect(failure('{"H_1": 0.56')).toBe(
			'malformed JSON at line 1, column 13: expected "," or "}" after a value, found the end of the file'
		);
		expect(failure('{"H_1": 0.56} x')).toBe(
			'malformed JSON at line 1, column 15: expected the end of the file after the closing "}", found "x"'
		);
		expect(failure('{H_1: 0.56}')).toBe('malformed JSON at line 1, column 2: expected a string, found "H"');
		expect(failure('{"H_1": 05}')).toBe(
			'malformed JSON at line 1, column 10: expected "," or "}" after a value, found "5"'
		);
	});
});

describe('parseAnswers on deeply nested values (#19)', () => {
	it.each([10_000, 200_000])('refuses %i levels of nesting with a line and column, never a stack overflow', (depth) => {
		for (const text of ['['.repeat(depth) + ']'.repeat(depth), `{"H_1": ${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}}`]) {
			expect(() => parseAnswers(text)).toThrow(/nested at most 64 levels deep/);
		}
	});

	it('reads any nesting up to the limit as an ordinary bad value', () => {
		expect(() => parseAnswers(`{"H_1": ${'['.repeat(63)}${']'.repeat(63)}}`)).toThrow(/H_1: expected a number/);
	});
});

describe('parseAnswers on generated nesting and garbage (#19)', () => {
	it('ends in answers or an InputError for any bracket soup, at any depth', async () => {
		const fc = (await import('fast-check')).default;
		fc.assert(
			fc.property(fc.stringMatching(/^[[\]{}":,0-9a-z ]{0,3000}$/), fc.integer({ min: 0, max: 100_000 }), (soup, depth) => {
				for (const text of [soup, '['.repeat(depth) + soup, `{"H_1": ${'['.repeat(depth)}${soup}`]) {
					try {
						for (const a of parseAnswers(text)) expect(Number.isFinite(a.value)).toBe(true);
					} catch (e) {
						expect(e).toBeInstanceOf(InputError);
					}
				}
			}),
			{ numRuns: 200 }
		);
	});
});
