// Columns on a terminal: combining marks (the hat of m̂) take none, CJK characters take two.

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const COMBINING = /\p{M}/u;

export function displayWidth(s: string): number {
	let w = 0;
	for (const c of s) w += COMBINING.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
	return w;
}

export function padEnd(s: string, width: number): string {
	return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
	return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/**
 * Greedy word wrap to `width` columns, each line after `indent`. Breaks at spaces, and between
 * CJK characters, which need no spaces.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
	// Breaks at ordinary white space only: a non-breaking space (U+00A0) holds its words together.
	const units = text.match(/[ \t\n]+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^ \t\n\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/gu) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const u of units) {
		const isSpace = /^[ \t\n]+$/.test(u);
		if (isSpace) {
			if (line !== '') line += ' ';
			continue;
		}
		if (line.trim() !== '' && displayWidth(indent + line + u) > width) {
			lines.push(indent + line.trimEnd());
			line = '';
		}
		line += u;
	}
	if (line.trim() !== '') lines.push(indent + line.trimEnd());
	return lines;
}
