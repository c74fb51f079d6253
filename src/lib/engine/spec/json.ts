// JSON.parse with an error a person can act on: `malformed JSON at line 3, column 14: expected ',' or
// '}' after property value`. The position is V8's where its message gives one; where it does not
// ("Unexpected token '}', …", "Unexpected end of JSON input") a small scanner finds the first
// character that cannot continue a JSON text. V8's echo of the input is dropped from the reason.

import { InputError } from './errors';

/** 1-based line and column (in characters) of offset `pos`; a line ends at \n, \r\n or \r. */
export function lineColumn(text: string, pos: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	const end = Math.min(pos, text.length);
	for (let i = 0; i < end; i++) {
		const c = text[i];
		if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: Array.from(text.slice(start, end)).length + 1 };
}

/** Offset of the first character where `text` stops being JSON (text.length at a premature end). */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};
	const fail = (): never => {
		throw i;
	};
	const literal = (word: string) => {
		for (const ch of word) if (text[i++] !== ch) (i--, fail());
	};
	const string = () => {
		i++;
		for (;;) {
			if (i >= text.length) fail();
			const c = text.charCodeAt(i);
			if (c === 0x22) return void i++;
			if (c < 0x20) fail();
			if (c === 0x5c) {
				i++;
				if (text[i] === 'u') {
					for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) (i += k, fail());
					i += 5;
				} else if ('"\\/bfnrt'.includes(text[i] ?? 'x') && i < text.length) i++;
				else fail();
			} else i++;
		}
	};
	const digits = () => {
		if (!/[0-9]/.test(text[i] ?? '')) fail();
		while (/[0-9]/.test(text[i] ?? '')) i++;
	};
	const number = () => {
		if (text[i] === '-') i++;
		if (text[i] === '0') i++;
		else digits();
		if (text[i] === '.') (i++, digits());
		if (text[i] === 'e' || text[i] === 'E') {
			i++;
			if (text[i] === '+' || text[i] === '-') i++;
			digits();
		}
	};
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				if (text[i] !== '"') fail();
				string();
				ws();
				if (text[i] !== ':') fail();
				i++;
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail();
			}
		}
		if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail();
			}
		}
		if (c === '"') return string();
		if (c === 't') return literal('true');
		if (c === 'f') return literal('false');
		if (c === 'n') return literal('null');
		if (c === '-' || /[0-9]/.test(c ?? '')) return number();
		fail();
	};
	try {
		value();
		ws();
		return i < text.length ? i : text.length;
	} catch (pos) {
		if (typeof pos !== 'number') throw pos;
		return Math.min(pos, text.length);
	}
}

/** V8's message without the position and without its quotation of the input, in lower case. */
function reasonOf(message: string): string {
	let m = message.replace(/\s*\(line \d+ column \d+\)\s*$/, '');
	m = m.replace(/\s+(?:in JSON\s+)?at position \d+$/, '');
	// V8 quotes the input whole, or its start followed by "...": neither belongs in a one-line message.
	m = m.replace(/, ".*(?:"|\.\.\.) is not valid JSON$/s, '');
	m = m.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	m = m.replace(/^Unexpected end of JSON input$/, 'unexpected end of input');
	return m.charAt(0).toLowerCase() + m.slice(1);
}

/** Parses JSON text (a leading byte-order mark is ignored); malformed text is an InputError. */
export function parseJson(text: string): unknown {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	try {
		return JSON.parse(src);
	} catch (e) {
		if (!(e instanceof SyntaxError)) throw e;
		const reported = /at position (\d+)/.exec(e.message);
		const pos = reported ? Number(reported[1]) : jsonErrorOffset(src);
		const { line, column } = lineColumn(src, pos);
		throw new InputError('', `malformed JSON at line ${line}, column ${column}: ${reasonOf(e.message)}`);
	}
}
