// Columns on a terminal: combining marks (the hat of m̂) take none, CJK characters take two.

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const COMBINING = /\p{M}/u;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(s: string): number {
	if (PRINTABLE_ASCII.test(s)) return s.length;
	let w = 0;
	for (const c of s) {
		const code = c.codePointAt(0) ?? 0;
		w += code < 0x300 ? 1 : COMBINING.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
	}
	return w;
}

export function padEnd(s: string, width: number): string {
	return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
	return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** CJK punctuation that may not begin a line (it moves down with the character before it). */
const NO_LINE_START = /^[，。、；：！？）」』】》〉]$/u;

/**
 * Greedy word wrap to `width` columns, each line after `indent`. Breaks at spaces, and between
 * CJK characters, which need no spaces, but never just before CJK closing punctuation.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
	// Breaks at ordinary white space only: a non-breaking space (U+00A0) holds its words together.
	const units = text.match(/[ \t\n]+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^ \t\n\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/gu) ?? [];
	const lines: string[] = [];
	/** The current line's units; a space is kept as ' ' between units. */
	let line: string[] = [];
	const text_ = (us: string[]) => indent + us.join('').trimEnd();
	for (const u of units) {
		if (/^[ \t\n]+$/.test(u)) {
			if (line.length > 0 && line[line.length - 1] !== ' ') line.push(' ');
			continue;
		}
		if (line.length > 0 && displayWidth(text_(line) + (line[line.length - 1] === ' ' ? ' ' : '') + u) > width) {
			let carry: string[] = [];
			if (NO_LINE_START.test(u) && line.length > 1 && line[line.length - 1] !== ' ') carry = [line.pop() as string];
			lines.push(text_(line));
			line = carry;
		}
		if (line.length === 1 && line[0] === ' ') line = [];
		line.push(u);
	}
	if (line.join('').trim() !== '') lines.push(text_(line));
	return lines;
}
