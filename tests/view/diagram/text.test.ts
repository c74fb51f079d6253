import { describe, expect, it } from 'vitest';
import { formatValue, labelPlain, labelRuns } from '../../../src/lib/view/diagram/text';

describe('labelRuns', () => {
	it('splits a subscript off a name', () => {
		expect(labelRuns('H_1')).toEqual([
			{ text: 'H', shift: null },
			{ text: '1', shift: 'sub' }
		]);
	});

	it('reads the textbook notation with a superscript and a subscript', () => {
		expect(labelRuns('a^{[1]}_{2}')).toEqual([
			{ text: 'a', shift: null },
			{ text: '[1]', shift: 'sup' },
			{ text: '2', shift: 'sub' }
		]);
		expect(labelRuns('w^{[2]}_{1,2}')).toEqual([
			{ text: 'w', shift: null },
			{ text: '[2]', shift: 'sup' },
			{ text: '1,2', shift: 'sub' }
		]);
	});

	it('turns Greek commands into letters', () => {
		expect(labelRuns('\\theta_2')).toEqual([
			{ text: 'θ', shift: null },
			{ text: '2', shift: 'sub' }
		]);
	});

	it('keeps markup in a label as literal text (it is drawn with textContent)', () => {
		const runs = labelRuns('<img src=x onerror=alert(1)>');
		expect(runs.map((r) => r.text).join('')).toBe('<img src=x onerror=alert(1)>');
	});
});

describe('labelPlain', () => {
	it('writes a label in one line for accessible names', () => {
		expect(labelPlain('H_1')).toBe('H1');
		expect(labelPlain('w_5')).toBe('w5');
		expect(labelPlain('x_{2}')).toBe('x2');
	});
});

describe('formatValue', () => {
	it('writes the course rounding with exactly 2 decimals and full precision to 4', () => {
		expect(formatValue(0.5, { decimals: 2 })).toBe('0.50');
		expect(formatValue(-0.07, { decimals: 2 })).toBe('-0.07');
		expect(formatValue(0.56217650088579, null)).toBe('0.5622');
	});
});
