import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn, parseJson } from '../../../src/lib/engine/spec/json';
import { parseNetwork } from '../../../src/lib/engine/spec/validate';

function messageOf(text: string): string {
	try {
		parseJson(text);
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error('no error');
}

describe('parseJson', () => {
	it('reads valid JSON and ignores a byte-order mark', () => {
		expect(parseJson('{"a": [1, 2]}')).toEqual({ a: [1, 2] });
		expect(parseJson('\uFEFF[true]')).toEqual([true]);
	});

	it.each([
		['{x', 'malformed JSON at line 1, column 2: expected property name or \'}\''],
		['{\n  "a": 1,\n  "b" 2\n}', 'malformed JSON at line 3, column 7: unexpected number'],
		['{\n  "a": 1\n  "b": 2\n}', "malformed JSON at line 3, column 3: expected ',' or '}' after property value"],
		['[1, 2', "malformed JSON at line 1, column 6: expected ',' or ']' after array element"],
		['{"a": 1,}', 'malformed JSON at line 1, column 9: expected double-quoted property name'],
		['[1] x', 'malformed JSON at line 1, column 5: unexpected non-whitespace character after JSON'],
		['{"a": "\\q"}', 'malformed JSON at line 1, column 9: bad escaped character'],
		['["a\nb"]', 'malformed JSON at line 1, column 4: bad control character in string literal'],
		['', 'malformed JSON at line 1, column 1: unexpected end of input'],
		['{\n  "layers": [\n', 'malformed JSON at line 3, column 1: unexpected end of input'],
		['{"a":}', "malformed JSON at line 1, column 6: unexpected token '}'"],
		['[1,\r\n,2]', "malformed JSON at line 2, column 1: unexpected token ','"],
		['{"α": 1, "隱藏": }', "malformed JSON at line 1, column 16: unexpected token '}'"],
		['{"a": NaN}', "malformed JSON at line 1, column 7: unexpected token 'N'"],
		['{"a": "<b>', 'malformed JSON at line 1, column 11: unterminated string']
	])('reports %j as %j', (text, message) => {
		expect(messageOf(text)).toBe(message);
	});

	it('never repeats the input in its message', () => {
		expect(messageOf('{"secret<script>":}')).not.toContain('script');
	});

	it('parseNetwork reports malformed JSON with an empty path', () => {
		expect(() => parseNetwork('{"layers": [}')).toThrow("malformed JSON at line 1, column 13: unexpected token '}'");
	});
});

describe('lineColumn', () => {
	it('counts lines after \\n, \\r\\n and \\r, and columns in characters from 1', () => {
		expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
		expect(lineColumn('ab\r\ncd', 4)).toEqual({ line: 2, column: 1 });
		expect(lineColumn('a\rb', 2)).toEqual({ line: 2, column: 1 });
		expect(lineColumn('😀x', 2)).toEqual({ line: 1, column: 2 });
	});
});

describe('jsonErrorOffset', () => {
	it('agrees with the positions V8 reports', () => {
		const bad = ['{x', '{"a" 1}', '[1, 2', '{"a":1,}', '[1] x', '{"a": "\\q"}', '{"a":1 "b":2}', '"\\u12G4"', '[tru]', '-', '1.', '1e', '01'];
		for (const text of bad) {
			let reported: number | null = null;
			try {
				JSON.parse(text);
			} catch (e) {
				const m = /at position (\d+)/.exec((e as Error).message);
				if (m) reported = Number(m[1]);
			}
			if (reported !== null) expect(jsonErrorOffset(text), text).toBe(reported);
		}
	});

	it('finds no error in valid JSON', () => {
		const text = JSON.stringify({ a: [1, -2.5e-3, 'x\n"y"\\', true, false, null, {}], b: '\u00e9\ud83d\ude00' });
		expect(jsonErrorOffset(text)).toBe(text.length);
	});
});
