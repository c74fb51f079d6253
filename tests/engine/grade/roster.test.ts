import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateExercises } from '../../../src/lib/engine/exercise/generate';
import { gradeClass } from '../../../src/lib/engine/grade/grade';
import { cellNumber } from '../../../src/lib/engine/grade/roster';
import { isInputError } from '../../../src/lib/engine/spec/errors';
import { course } from '../exercise/templates';

describe('cellNumber', () => {
	it.each([
		['0.56', 0.56],
		['-.5', -0.5],
		['+1e-3', 0.001],
		['3', 3]
	])('reads %j', (text, value) => expect(cellNumber(text)).toBe(value));

	it.each(['0,56', '1/2', 'abc', '', '.', '1e999', 'NaN', 'Infinity', '0x10'])('refuses %j', (text) => expect(cellNumber(text)).toBeNull());
});

describe('gradeClass (property)', () => {
	const set = generateExercises(course(), 2, 3);
	const variants = new Map(set.variants.map((v) => [v.name, { exact: v.exact, hand: v.hand }]));
	it('marks any class file or refuses it with an InputError; every score is finite', () => {
		const cell = fc.oneof(fc.constantFrom('0.56', '', 'x', '1', '-0.5', '"', ',', '1e5', 'variant-001', '2'), fc.string({ maxLength: 6 }));
		const line = fc.array(cell, { minLength: 0, maxLength: 6 }).map((r) => r.join(','));
		const header = fc.constantFrom('student,variant,H_1,E', 'student,variant,H_1,a[1][1]', 'student,variant,nope', 'x,y');
		fc.assert(
			fc.property(header, fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (h, rows, eol) => {
				try {
					const book = gradeClass([h, ...rows].join(eol), variants);
					for (const s of book.students) expect(Number.isFinite(s.score)).toBe(true);
				} catch (e) {
					expect(isInputError(e)).toBe(true);
				}
			}),
			{ numRuns: 500 }
		);
	});
});
