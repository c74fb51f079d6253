import { describe, expect, test } from 'vitest';
import { traceToMarkdown } from '../../../src/lib/engine/format/markdown';
import { trace } from './fixtures';
import { katexFailures, markdownMath } from './math';

describe('traceToMarkdown', () => {
	test('prints the rounded 1-1-1 solution as in its snapshot', async () => {
		await expect(traceToMarkdown(trace(), 'en')).toMatchFileSnapshot('./__snapshots__/markdown-1-1-1-rounded.en.md');
	});

	test('prints the full-precision solution in Traditional Chinese as in its snapshot', async () => {
		await expect(traceToMarkdown(trace(null), 'zh-TW')).toMatchFileSnapshot('./__snapshots__/markdown-1-1-1-exact.zh-TW.md');
	});

	test('has a heading per phase, in order, and the summary heading', () => {
		const headings = traceToMarkdown(trace(), 'en')
			.split('\n')
			.filter((l) => l.startsWith('#'));
		expect(headings).toEqual([
			'# Fixture: 1-1-1 sigmoid network',
			'## 1. Forward pass',
			'## 2. Loss',
			'## 3. Backward pass',
			'## 4. Update',
			'## Updated parameters'
		]);
	});

	test('writes each step as one display block: formula = substituted = value', () => {
		const { display } = markdownMath(traceToMarkdown(trace(), 'en'));
		expect(display).toHaveLength(trace().steps.length);
		expect(display[1]).toBe('H_1 = \\sigma(z_{H_1}) = \\sigma(0.20) = 0.55');
		// A long chain becomes an aligned block: the symbols, then the numbers.
		expect(display[7]).toBe(
			'\\begin{aligned}\n\\frac{\\partial E}{\\partial w_2} &= \\frac{\\partial E}{\\partial O_1} \\cdot \\frac{\\partial O_1}{\\partial z_{O_1}} \\cdot \\frac{\\partial z_{O_1}}{\\partial w_2} = \\delta_{O_1} \\cdot H_1 \\\\\n&= 0.10 \\cdot 0.55 = 0.06\n\\end{aligned}'
		);
	});

	test('renders every formula with KaTeX (throwOnError, trust false), in both languages', () => {
		for (const lang of ['en', 'zh-TW'] as const) {
			for (const t of [trace(), trace(null), trace({ significant: 3 })]) {
				const math = markdownMath(traceToMarkdown(t, lang));
				expect(math.display.length + math.inline.length).toBeGreaterThan(10);
				expect(katexFailures(math)).toEqual([]);
			}
		}
	});

	test('ends with a table of the updated parameters', () => {
		const md = traceToMarkdown(trace(), 'en');
		expect(md.trimEnd().split('\n').slice(-4)).toEqual([
			'| Parameter | id | Old | Gradient | New |',
			'| --- | --- | ---: | ---: | ---: |',
			'| $w_1$ | `w[1][1][1]` | 0.40 | 0.01 | 0.40 |',
			'| $w_2$ | `w[2][1][1]` | 0.70 | 0.06 | 0.67 |'
		]);
	});

	test('quotes a step note under its block', () => {
		const md = traceToMarkdown(trace(), 'en');
		expect(md).toContain('$$\n\n> One path back to H\\_1: from O\\_1 only.');
	});

	test('escapes a title so that no HTML or Markdown syntax gets through', () => {
		const t = trace(null, '<img src=x onerror=alert(1)> *bold* [link](javascript:x) $x$ | # _');
		const first = traceToMarkdown(t, 'en').split('\n')[0];
		expect(first).toBe('# &lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](javascript:x) \\$x\\$ \\| \\# \\_');
		expect(first).not.toMatch(/<|>/);
	});

	test('keeps a bare %, #, & or $ in a label from breaking the math', () => {
		const t = trace(null);
		t.steps[1].formula = 'H_1\\% & \\#1 = \\sigma(z_{H_1}) < 1';
		const md = traceToMarkdown(t, 'en');
		expect(md).toContain('H_1\\% \\& \\#1 = \\sigma(z_{H_1}) \\lt  1');
		expect(katexFailures(markdownMath(md))).toEqual([]);
	});
});
