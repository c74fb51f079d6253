import { describe, expect, it } from 'vitest';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { parseAnswers } from '../../../src/lib/engine/check';
import { groupByPhase, markSheet, worksheetRows } from '../../../src/lib/view/check/sheet';
import { sheetToMarkdown } from '../../../src/lib/view/check/markdown';
import course from '../../../static/examples/course-2-2-2-textbook.json';

const net = validateNetwork(course);
const exact = buildTrace({ ...net, rounding: null });
const hand = buildTrace(net);
const rows = worksheetRows(exact);
const typed = { 'a[1][1]': '0.56', 'dE/dw[1][1][1]': '0.01' };
const extra = parseAnswers('{"<b>|x": 1}');
const marked = markSheet(exact, hand, rows, typed, extra);
const md = (lang: 'en' | 'zh-TW') =>
	sheetToMarkdown({
		title: 'Course | <script>',
		lang,
		groups: groupByPhase(rows),
		typed,
		byId: marked.byId,
		extra: marked.extra,
		summary: 'summary',
		phaseName: (p) => p
	});

describe('the marked sheet as Markdown', () => {
	it('has a table per phase with the label in TeX, the answer as typed, the verdict as icon and word', () => {
		const text = md('en');
		expect(text).toContain('## forward');
		expect(text).toContain('## update');
		expect(text).toContain('| $H_1$ | 0.56 | ✓ correct |  |');
		const w1 = text.split('\n').find((l) => l.startsWith('| $\\frac{\\partial E}{\\partial w_1}$'))!;
		expect(w1).toContain('| 0.01 | ✗ wrong |');
		expect(w1).toContain('weight gradients');
		expect(text).toContain('| $H_2$ | — | not answered |');
	});

	it('writes the notes in Chinese for zh-TW', () => {
		const text = md('zh-TW');
		expect(text).toContain('✗ 錯誤');
		expect(text).toContain('權重梯度');
	});

	it('escapes the title and pasted keys so no HTML or stray table cell comes through', () => {
		const text = md('en');
		expect(text).not.toContain('<script>');
		expect(text).not.toContain('<b>');
		expect(text).toContain('&lt;script&gt;');
		const row = text.split('\n').find((l) => l.includes('&lt;b&gt;'))!;
		expect(row.split(/(?<!\\)\|/).length).toBe(6); // four cells between five unescaped pipes
		expect(row).toContain('? unknown');
	});
});
