// Escaping for the printers. Labels and titles come from the network file: labels are TeX-like by
// design (the validator restricts their characters), titles and notes are plain words. Nothing
// here produces HTML; Markdown text is escaped so a renderer shows it as the same words.

/** TeX math from labels: a bare %, #, & or $ (a comment, a parameter, a column, a math shift) becomes literal. */
export function escapeMath(tex: string): string {
	let out = '';
	for (let i = 0; i < tex.length; i++) {
		const c = tex[i];
		if (c === '\\') {
			out += c + (tex[i + 1] ?? '');
			i++;
		} else out += '%#&$'.includes(c) ? `\\${c}` : c;
	}
	return out;
}

const LATEX_TEXT: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	$: '\\$',
	'&': '\\&',
	'#': '\\#',
	'%': '\\%',
	_: '\\_',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}',
	'<': '\\textless{}',
	'>': '\\textgreater{}',
	'|': '\\textbar{}'
};

/** Plain words for a LaTeX document: every special character written literally. */
export function escapeLatexText(s: string): string {
	return s.replace(/[\\{}$&#%_^~<>|]/g, (c) => LATEX_TEXT[c]);
}

/** Plain words for Markdown: HTML-significant characters as entities, Markdown syntax backslashed. */
export function escapeMarkdownText(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/[\\`*_[\]{}#|$~!]/g, (c) => `\\${c}`);
}

/** TeX math for Markdown: as `escapeMath`, and no raw < > a Markdown renderer might read as HTML. */
export function escapeMarkdownMath(tex: string): string {
	return escapeMath(tex).replace(/</g, '\\lt ').replace(/>/g, '\\gt ');
}

/** Splits a note into plain-text and `$…$` math segments, escaping each with its own rule. */
export function mixed(note: string, text: (s: string) => string, math: (tex: string) => string): string {
	return note
		.split(/(\$[^$]+\$)/)
		.map((part) => (/^\$[^$]+\$$/.test(part) ? math(part.slice(1, -1)) : text(part)))
		.join('');
}

/**
 * Untrusted words from the file (a title, a custom expression) on one line: control characters
 * (a terminal's escape sequences among them) removed, runs of white space made one space.
 */
export function oneLine(s: string): string {
	return s.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
}
