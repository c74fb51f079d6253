// compareSheet: the course sheet beside the course's working agrees everywhere but the two lines
// where it adds weight gradients, and says so in both languages.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSheet } from '../../../src/lib/engine/check/sheet';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';

const course = validateNetwork(JSON.parse(readFileSync('static/examples/course-2-2-2.json', 'utf8')));

describe('compareSheet(the course example)', () => {
	const lines = compareSheet(course)!;

	it('marks every line of the sheet, in its order', () => {
		expect(lines.map((l) => l.key)).toEqual(Object.keys(course.sheet!));
		expect(lines.every((l) => l.id !== null)).toBe(true);
	});

	it('finds exactly the two hidden-layer lines wrong, each with the summed weight gradients named', () => {
		const wrong = lines.filter((l) => l.verdict !== 'correct');
		expect(wrong.map((l) => l.id)).toEqual(['dE/dw[1][1][1]', 'dE/dw[1][1][2]']);
		for (const l of wrong) {
			expect(l.why?.en).toMatch(/adding the weight gradients \(δw_5 \+ δw_6\)/);
			expect(l.why?.['zh-TW']).toMatch(/權重梯度/);
		}
	});

	it('has nothing to compare without a sheet, and refuses a sheet that is not numbers by key', () => {
		const { sheet: _sheet, ...bare } = course;
		expect(compareSheet(bare)).toBeNull();
		const json = JSON.parse(readFileSync('static/examples/course-2-2-2.json', 'utf8'));
		expect(() => validateNetwork({ ...json, sheet: [1] })).toThrow('sheet: expected an object of answers such as {"H_1": 0.56}, got an array');
		expect(() => validateNetwork({ ...json, sheet: { H_1: 'x' } })).toThrow('sheet.H_1: expected a finite number, got "x"');
	});
});
