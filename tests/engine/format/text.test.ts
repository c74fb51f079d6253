import { describe, expect, test } from 'vitest';
import { traceToMarkdown } from '../../../src/lib/engine/format/markdown';
import { traceToTex } from '../../../src/lib/engine/format/tex';
import { traceToText } from '../../../src/lib/engine/format/text';
import { displayWidth } from '../../../src/lib/engine/format/width';
import { trace } from './fixtures';

const section = (text: string, heading: string) => {
	const lines = text.split('\n');
	const start = lines.indexOf(heading);
	const end = lines.indexOf('', start);
	return lines.slice(start + 2, end);
};

describe('traceToText', () => {
	test('prints the rounded 1-1-1 solution in English as in its snapshot', async () => {
		await expect(traceToText(trace(), 'en')).toMatchFileSnapshot('./__snapshots__/text-1-1-1-rounded.en.txt');
	});

	test('prints the full-precision 1-1-1 solution in Traditional Chinese as in its snapshot', async () => {
		await expect(traceToText(trace(null), 'zh-TW')).toMatchFileSnapshot('./__snapshots__/text-1-1-1-exact.zh-TW.txt');
	});

	test('has the title, the phases in order and the summary, in English and Chinese', () => {
		const en = traceToText(trace(), 'en').split('\n');
		const order = ['Fixture: 1-1-1 sigmoid network', '1. Forward pass', '2. Loss', '3. Backward pass', '4. Update', 'Updated parameters'];
		expect(order.map((h) => en.indexOf(h))).toEqual([...order.map((h) => en.indexOf(h))].sort((a, b) => a - b));
		expect(order.every((h) => en.includes(h))).toBe(true);
		const zh = traceToText(trace(), 'zh-TW').split('\n');
		for (const h of ['1. 正向傳導', '2. 損失函數', '3. 反向傳導', '4. 權重更新', '更新後的參數']) expect(zh).toContain(h);
	});

	test('underlines headings to their width, counting a CJK character as two columns', () => {
		const zh = traceToText(trace(), 'zh-TW').split('\n');
		const i = zh.indexOf('1. 正向傳導');
		expect(zh[i + 1]).toBe('-'.repeat(11));
	});

	test('writes each step as lhs = symbols = numbers = value, values in the rounding of the network', () => {
		const text = traceToText(trace(), 'en');
		expect(text).toContain('H_1  = σ(z_H1) = σ(0.20) = 0.55');
		expect(text).toContain('z_O1 = w_2 H_1 = 0.70 · 0.55 = 0.39');
		expect(text).toContain('E = ½(y_1 - O_1)^2 = ½(0.20 - 0.60)^2 = 0.08');
		expect(text).toContain('∂E/∂w_2 = ∂E/∂O_1 · ∂O_1/∂z_O1 · ∂z_O1/∂w_2 = δ_O1 · H_1 = 0.10 · 0.55 = 0.06');
		expect(text).toContain("w_1' = w_1 - η ∂E/∂w_1 = 0.40 - 0.5 · 0.01 = 0.40");
	});

	test('aligns the first = of the steps in a section', () => {
		const forward = section(traceToText(trace(), 'en'), '1. Forward pass');
		expect(forward).toHaveLength(4);
		expect(new Set(forward.map((l) => l.indexOf(' = ')))).toEqual(new Set([4]));
	});

	test('prints a step note indented under its step, in the chosen language', () => {
		const en = traceToText(trace(), 'en').split('\n');
		const i = en.findIndex((l) => l.startsWith('∂E/∂H_1 = '));
		expect(en[i + 1]).toBe('    One path back to H_1: from O_1 only.');
		const zh = traceToText(trace(), 'zh-TW').split('\n');
		const j = zh.findIndex((l) => l.startsWith('∂E/∂H_1 = '));
		expect(zh[j + 1]).toBe('    回到 H_1 只有一條路徑：來自 O_1。');
	});

	test('ends with the table of old value, gradient and new value of every parameter', () => {
		const table = section(traceToText(trace(), 'en'), 'Updated parameters');
		expect(table[0].split(/\s{2,}/)).toEqual(['Parameter', 'id', 'Old', 'Gradient', 'New']);
		expect(table.slice(2).map((l) => l.split(/\s+/))).toEqual([
			['w_1', 'w[1][1][1]', '0.40', '0.01', '0.40'],
			['w_2', 'w[2][1][1]', '0.70', '0.06', '0.67']
		]);
	});

	test('describes the network, its givens and the rounding rule in a paragraph', () => {
		const text = traceToText(trace(), 'en').replace(/\n/g, ' ');
		expect(text).toContain('1 input (x_1)');
		expect(text).toContain('learning rate η = 0.5');
		expect(text).toContain('Given: w_1 = 0.4, w_2 = 0.7.');
		expect(text).toContain('rounded to 2 decimals');
		expect(traceToText(trace(null), 'en')).toContain('full precision');
		expect(traceToText(trace({ significant: 3 }), 'en')).toContain('rounded to 3 significant digits');
	});

	test('falls back to a generic title when the network has none', () => {
		expect(traceToText(trace(null, null), 'en').split('\n')[0]).toBe('One training step');
		expect(traceToText(trace(null, null), 'zh-TW').split('\n')[0]).toBe('一次訓練步驟');
	});

	test('keeps every line within 100 columns', () => {
		for (const lang of ['en', 'zh-TW'] as const) {
			for (const line of traceToText(trace(), lang).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
		}
	});

	test('breaks a chain too long for a line at its = signs, symbols then numbers', () => {
		const t = trace(null);
		const step = t.steps.find((s) => s.id === 'delta[2][1]')!;
		step.formula = step.formula.replace('O_1(1 - O_1)', 'O_1(1 - O_1) \\cdot 1 \\cdot 1 \\cdot 1 \\cdot 1');
		const lines = traceToText(t, 'en').split('\n');
		const i = lines.findIndex((l) => l.startsWith('δ_O1'));
		expect(lines[i]).toMatch(/^δ_O1 +  = ∂E\/∂O_1 · ∂O_1\/∂z_O1 = ∂E\/∂O_1 · O_1\(1 - O_1\) · 1 · 1 · 1 · 1$/);
		expect(lines[i + 1]).toMatch(/^ {7} = 0\.3951 · 0\.5951 · \(1 - 0\.5951\) = 0\.0952$/);
	});
});

describe('an untrusted title', () => {
	test('is printed on one line, without control characters, in every format', () => {
		const t = trace(null, 'Bad\u001b[31m title\nwith\ta break');
		expect(traceToText(t, 'en').split('\n')[0]).toBe('Bad[31m title with a break');
		expect(traceToMarkdown(t, 'en').split('\n')[0]).toBe('# Bad\\[31m title with a break');
		expect(traceToTex(t)).toContain('\\title{Bad[31m title with a break}');
	});
});
