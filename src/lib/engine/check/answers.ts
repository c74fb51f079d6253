// Reading an answers file (SPEC §7): a JSON object whose values are numbers. JSON.parse forgets how a
// number was written (0.50 becomes 0.5), and the written form sets the tolerance, so this is a small
// strict JSON scanner that keeps each top-level number's literal text. Every mistake is an
// InputError: a JSON path for a bad value, a line and column for malformed text.

import { InputError } from '../spec/errors';
import type { Answer } from './types';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The JSON path of a top-level key: `H_1`, or `["dE/dw_5"]` where the key is not an identifier. */
export function answerPath(key: string): string {
	return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
}

class Scanner {
	pos = 0;
	constructor(readonly text: string) {}

	where(pos = this.pos): string {
		const before = this.text.slice(0, pos);
		const line = before.split('\n').length;
		const column = pos - (before.lastIndexOf('\n') + 1) + 1;
		return `line ${line}, column ${column}`;
	}

	fail(expected: string, pos = this.pos): never {
		const c = this.text[pos];
		const found = c === undefined ? 'the end of the file' : JSON.stringify(c);
		throw new InputError('', `malformed JSON at ${this.where(pos)}: expected ${expected}, found ${found}`);
	}

	space(): void {
		while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos])) this.pos++;
	}

	peek(): string | undefined {
		return this.text[this.pos];
	}

	expect(c: string, what: string): void {
		if (this.text[this.pos] !== c) this.fail(what);
		this.pos++;
	}

	string(): string {
		const start = this.pos;
		this.expect('"', 'a string');
		let out = '';
		for (;;) {
			const c = this.text[this.pos];
			if (c === undefined) this.fail('the closing quote of the string that starts at ' + this.where(start));
			if (c === '"') {
				this.pos++;
				return out;
			}
			if (c < ' ') this.fail('no control character inside a string (write \\n, \\t)');
			if (c !== '\\') {
				out += c;
				this.pos++;
				continue;
			}
			const e = this.text[this.pos + 1];
			const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
			if (e !== undefined && e in simple) {
				out += simple[e];
				this.pos += 2;
			} else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
				out += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16));
				this.pos += 6;
			} else {
				this.fail('a valid escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)', this.pos + 1);
			}
		}
	}

	/** The literal text of a number, or null when none starts here. */
	number(): string | null {
		NUMBER.lastIndex = this.pos;
		const m = NUMBER.exec(this.text);
		if (!m) return null;
		this.pos += m[0].length;
		return m[0];
	}

	/** Skips any JSON value (for reporting what a non-number is); returns its kind. */
	value(): string {
		const c = this.peek();
		if (c === '"') {
			this.string();
			return 'a string';
		}
		if (c === '{' || c === '[') {
			const close = c === '{' ? '}' : ']';
			this.pos++;
			this.space();
			if (this.peek() === close) {
				this.pos++;
				return c === '{' ? 'an object' : 'an array';
			}
			for (;;) {
				this.space();
				if (c === '{') {
					this.string();
					this.space();
					this.expect(':', '":"');
					this.space();
				}
				this.value();
				this.space();
				if (this.peek() === ',') {
					this.pos++;
					continue;
				}
				this.expect(close, `"," or "${close}"`);
				return c === '{' ? 'an object' : 'an array';
			}
		}
		for (const word of ['true', 'false', 'null']) {
			if (this.text.startsWith(word, this.pos)) {
				this.pos += word.length;
				return word === 'null' ? 'null' : 'a boolean';
			}
		}
		if (this.number() !== null) return 'a number';
		return this.fail('a value');
	}
}

/**
 * Reads an answers file: `{ "H_1": 0.56, "dE/dw_5": 0.03 }`. Keys are kept as written (they are
 * resolved against a network by `checkAnswers`); each number keeps its literal text in `written`.
 * Throws InputError when the text is not JSON, not an object, has a value that is not a finite
 * number, or repeats a key.
 */
export function parseAnswers(text: string): Answer[] {
	const s = new Scanner(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	s.space();
	if (s.peek() !== '{') {
		if (s.peek() === undefined) throw new InputError('', 'the file is empty; expected an object of answers, e.g. {"H_1": 0.56}');
		const kind = s.value();
		s.space();
		if (s.pos < s.text.length) s.fail('the end of the file');
		throw new InputError('', `expected an object of answers, e.g. {"H_1": 0.56}, not ${kind}`);
	}
	s.pos++;
	const answers: Answer[] = [];
	const seen = new Map<string, string>();
	s.space();
	if (s.peek() === '}') s.pos++;
	else {
		for (;;) {
			s.space();
			const keyAt = s.pos;
			const key = s.string();
			s.space();
			s.expect(':', '":" after the key');
			s.space();
			const valueAt = s.pos;
			const written = s.peek() === '-' || /[0-9]/.test(s.peek() ?? '') ? s.number() : null;
			if (written === null) {
				const kind = s.value();
				const shown = kind === 'a string' ? ` ${s.text.slice(valueAt, s.pos)}` : '';
				throw new InputError(answerPath(key), `expected a number, not ${kind}${shown}`);
			}
			const value = Number(written);
			if (!Number.isFinite(value)) throw new InputError(answerPath(key), `${written} is not a finite number`);
			const first = seen.get(key);
			if (first !== undefined) {
				throw new InputError(answerPath(key), `the key is given twice (${first} and ${s.where(keyAt)})`);
			}
			seen.set(key, s.where(keyAt));
			answers.push({ key, value, written });
			s.space();
			if (s.peek() === ',') {
				s.pos++;
				continue;
			}
			s.expect('}', '"," or "}" after a value');
			break;
		}
	}
	s.space();
	if (s.pos < s.text.length) s.fail('the end of the file after the closing "}"');
	return answers;
}
