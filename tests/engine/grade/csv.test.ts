import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv } from '../../../src/lib/engine/grade/csv';
import { isInputError } from '../../../src/lib/engine/spec/errors';

describe('parseCsv', () => {
	it('reads RFC 4180: quoted commas, quotes and line breaks, CRLF, a BOM, no final line break', () => {
		expect(parseCsv('\ufeffa,"b,c","say ""hi"""\r\n"two\r\nlines",x,\r\nlast,row,1')).toEqual([
			{ line: 1, fields: ['a', 'b,c', 'say "hi"'] },
			{ line: 2, fields: ['two\r\nlines', 'x', ''] },
			{ line: 4, fields: ['last', 'row', '1'] }
		]);
	});

	it('takes LF and lone CR as line ends too', () => {
		expect(parseCsv('a\nb\rc\n').map((r) => [r.line, r.fields[0]])).toEqual([[1, 'a'], [2, 'b'], [3, 'c']]);
	});

	it.each([
		['a,"b\nc', 'line 1: a quoted field is never closed'],
		['a,"b"c', 'line 1: text after a closing quote'],
		['x\na,b"c', 'line 2: a quote inside an unquoted field']
	])('refuses %j with its line', (text, message) => {
		expect(() => parseCsv(text)).toThrow(message);
	});

	it('reads back what csvField writes, for any fields', () => {
		const field = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '字', '1') });
		fc.assert(
			fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
				const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0] === ''));
				const text = nonEmpty.map((r) => r.map(csvField).join(',')).join('\r\n');
				expect(parseCsv(text).map((r) => r.fields)).toEqual(nonEmpty);
			})
		);
	});

	it('ends any text in records or an InputError, never a crash or a hang', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '\ufeff', ' ') , maxLength: 200 }), (text) => {
				try {
					const records = parseCsv(text);
					for (const r of records) expect(r.line).toBeGreaterThanOrEqual(1);
				} catch (e) {
					expect(isInputError(e)).toBe(true);
				}
			}),
			{ numRuns: 3000 }
		);
	});
});
