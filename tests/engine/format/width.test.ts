import { describe, expect, test } from 'vitest';
import { displayWidth, padEnd, padStart, wrap } from '../../../src/lib/engine/format/width';

describe('displayWidth', () => {
	test('counts ASCII as one column, CJK as two and combining marks as none', () => {
		expect(displayWidth('H_1 = 0.56')).toBe(10);
		expect(displayWidth('正向傳導')).toBe(8);
		expect(displayWidth('m̂_t')).toBe(3);
		expect(displayWidth('∂E/∂w_5 · σ')).toBe(11);
		expect(displayWidth('：（）')).toBe(6);
	});

	test('pads to a width in columns', () => {
		expect(padEnd('參數', 6)).toBe('參數  ');
		expect(padStart('0.5', 5)).toBe('  0.5');
		expect(padEnd('too long', 3)).toBe('too long');
	});
});

describe('wrap', () => {
	test('breaks at spaces, within the width, with the indent on every line', () => {
		expect(wrap('aaa bbb ccc ddd eee', 7)).toEqual(['aaa bbb', 'ccc ddd', 'eee']);
		expect(wrap('aaa bbb ccc', 9, '  ')).toEqual(['  aaa bbb', '  ccc']);
		expect(wrap('  hello   world  ', 100)).toEqual(['hello world']);
	});

	test('puts a word longer than the width on a line of its own', () => {
		expect(wrap('a verylongword b', 5)).toEqual(['a', 'verylongword', 'b']);
	});

	test('breaks between CJK characters but never before closing punctuation', () => {
		expect(wrap('一二三四五六七八九：十', 18)).toEqual(['一二三四五六七八', '九：十']);
		for (const line of wrap('網路：一二三四五六七八九十。樣本：輸入。', 10)) {
			expect(displayWidth(line)).toBeLessThanOrEqual(10);
			expect(line).not.toMatch(/^[，。、；：]/);
		}
	});

	test('keeps words joined by a non-breaking space together', () => {
		expect(wrap('aa w_6\u00a0=\u00a0-0.5', 8)).toEqual(['aa', 'w_6\u00a0=\u00a0-0.5']);
	});
});
