// Reading an answers file (docs/checking.md): a JSON object whose values are numbers. JSON.parse forgets how a
// number was written (0.50 becomes 0.5), and the written form sets the tolerance, so this is a small
// strict JSON scanner that keeps each top-level number's literal text. Every mistake is an
// InputError (an AnswersError, worded in both languages): a JSON path for a bad value, a line and
// column for malformed text.

import { AnswersError, BAD_VALUE, EXPECTED, KINDS, malformed, NOT_AN_OBJECT, type Place } from './answers-errors';
import type { Answer, Notes } from './types';

/** How deep a value in an answers file may nest (answers are numbers: anything deeper is a mistake). */
const MAX_DEPTH = 64;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The JSON path of a top-level key: `H_1`, or `["dE/dw_5"]` where the key is not an identifier. */
export function answerPath(key: string): string {
	return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
}

class Scanner {
	pos = 0;
	constructor(readonly text: string) {}

	where(pos = this.pos): Place {
		const before = this.text.slice(0, pos);
		const line = before.split('\n').length;
		const column = pos - (before.lastIndexOf('\n') + 1) + 1;
		return { line, column };
	}

	fail(expected: Notes, pos = this.pos): never {
		const c = this.text[pos];
		throw new AnswersError('', malformed(this.where(pos), expected, c === undefined ? null : JSON.stringify(c)));
	}

	space(): void {
		while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos])) this.pos++;
	}

	peek(): string | undefined {
		return this.text[this.pos];
	}

	expect(c: string, what: Notes): void {
		if (this.text[this.pos] !== c) this.fail(what);
		this.pos++;
	}

	string(): string {
		const start = this.pos;
		this.expect('"', EXPECTED.string);
		let out = '';
		for (;;) {
			const c = this.text[this.pos];
			if (c === undefined) this.fail(EXPECTED.closingQuote(this.where(start)));
			if (c === '"') {
				this.pos++;
				return out;
			}
			if (c < ' ') this.fail(EXPECTED.noControl);
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
				this.fail(EXPECTED.escape, this.pos + 1);
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

	/**
	 * Skips any JSON value (for reporting what a non-number is); returns its kind (a key of KINDS).
	 * Nesting is bounded, so a file of 20,000 "[" is an error of the file, not of the stack.
	 */
	value(depth = 0): string {
		const c = this.peek();
		if (c === '"') {
			this.string();
			return 'string';
		}
		if (c === '{' || c === '[') {
			if (depth >= MAX_DEPTH) this.fail(EXPECTED.shallow);
			const close = c === '{' ? '}' : ']';
			this.pos++;
			this.space();
			if (this.peek() === close) {
				this.pos++;
				return c === '{' ? 'object' : 'array';
			}
			for (;;) {
				this.space();
				if (c === '{') {
					this.string();
					this.space();
					this.expect(':', EXPECTED.colon);
					this.space();
				}
				this.value(depth + 1);
				this.space();
				if (this.peek() === ',') {
					this.pos++;
					continue;
				}
				this.expect(close, EXPECTED.commaOr(close));
				return c === '{' ? 'object' : 'array';
			}
		}
		for (const word of ['true', 'false', 'null']) {
			if (this.text.startsWith(word, this.pos)) {
				this.pos += word.length;
				return word === 'null' ? 'null' : 'boolean';
			}
		}
		if (this.number() !== null) return 'number';
		return this.fail(EXPECTED.value);
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
		if (s.peek() === undefined) throw new AnswersError('', NOT_AN_OBJECT.empty);
		const kind = s.value();
		s.space();
		if (s.pos < s.text.length) s.fail(EXPECTED.end);
		throw new AnswersError('', NOT_AN_OBJECT.kind(KINDS[kind]));
	}
	s.pos++;
	const answers: Answer[] = [];
	const seen = new Map<string, number>();
	s.space();
	if (s.peek() === '}') s.pos++;
	else {
		for (;;) {
			s.space();
			const keyAt = s.pos;
			const key = s.string();
			s.space();
			s.expect(':', EXPECTED.colonAfterKey);
			s.space();
			const valueAt = s.pos;
			if (key === '$schema' && s.peek() === '"') {
				// The JSON Schema an editor completes the file from (schema/answers.schema.json): not an answer.
				s.string();
				s.space();
				if (s.peek() === ',') {
					s.pos++;
					continue;
				}
				s.expect('}', EXPECTED.commaOrBraceAfterValue);
				break;
			}
			const written = s.peek() === '-' || /[0-9]/.test(s.peek() ?? '') ? s.number() : null;
			if (written === null) {
				const kind = s.value();
				const raw = s.text.slice(valueAt, s.pos);
				// a long string is quoted in part, never echoed whole
				const shown = kind === 'string' ? ` ${raw.length > 40 ? `${raw.slice(0, 38)}…"` : raw}` : '';
				throw new AnswersError(answerPath(key), BAD_VALUE.notNumber(KINDS[kind], shown));
			}
			const value = Number(written);
			if (!Number.isFinite(value)) throw new AnswersError(answerPath(key), BAD_VALUE.notFinite(written));
			const first = seen.get(key);
			if (first !== undefined) throw new AnswersError(answerPath(key), BAD_VALUE.twice(s.where(first), s.where(keyAt)));
			// the offset only: its line and column are counted when a message needs them (linear time)
			seen.set(key, keyAt);
			answers.push({ key, value, written });
			s.space();
			if (s.peek() === ',') {
				s.pos++;
				continue;
			}
			s.expect('}', EXPECTED.commaOrBraceAfterValue);
			break;
		}
	}
	s.space();
	if (s.pos < s.text.length) s.fail(EXPECTED.endAfterBrace);
	return answers;
}
