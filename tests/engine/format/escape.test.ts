import { describe, expect, test } from 'vitest';
import { escapeLatexText, escapeMarkdownMath, escapeMarkdownText, escapeMath, mixed } from '../../../src/lib/engine/format/escape';

describe('escapeMath', () => {
	test('escapes bare %, #, & and $, and leaves escaped ones and commands alone', () => {
		expect(escapeMath('a % b # c & d $ e')).toBe('a \\% b \\# c \\& d \\$ e');
		expect(escapeMath('\\% \\frac{a}{b} \\\\ x')).toBe('\\% \\frac{a}{b} \\\\ x');
		expect(escapeMath('w_5')).toBe('w_5');
	});

	test('for Markdown also writes < and > as \\lt and \\gt', () => {
		expect(escapeMarkdownMath('0 < x > 1')).toBe('0 \\lt  x \\gt  1');
	});
});

describe('escapeLatexText', () => {
	test('writes every special character literally', () => {
		expect(escapeLatexText('\\ { } $ & # % _ ^ ~ < > |')).toBe(
			'\\textbackslash{} \\{ \\} \\$ \\& \\# \\% \\_ \\textasciicircum{} \\textasciitilde{} \\textless{} \\textgreater{} \\textbar{}'
		);
	});
});

describe('escapeMarkdownText', () => {
	test('turns HTML characters into entities and backslashes Markdown syntax', () => {
		expect(escapeMarkdownText('<b>&</b>')).toBe('&lt;b&gt;&amp;&lt;/b&gt;');
		expect(escapeMarkdownText('*a* _b_ `c` [d](e) $f$ | # ! ~ \\')).toBe(
			'\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\$f\\$ \\| \\# \\! \\~ \\\\'
		);
	});
});

describe('mixed', () => {
	test('escapes text and math segments each by its own rule', () => {
		expect(mixed('from $O_1$ and O_2', (s) => s.toUpperCase(), (t) => `[${t}]`)).toBe('FROM [O_1] AND O_2');
	});
});
