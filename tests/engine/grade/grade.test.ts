import { describe, expect, it } from 'vitest';
import { generateExercises, type Variant } from '../../../src/lib/engine/exercise/generate';
import { roundTo } from '../../../src/lib/engine/format/round';
import { gradeClass, type GradedVariant } from '../../../src/lib/engine/grade/grade';
import { gradebookCsv, gradebookJson, gradebookText } from '../../../src/lib/engine/grade/format';
import { course } from '../exercise/templates';

const set = generateExercises(course(), 3, 7);
const variants = new Map<string, GradedVariant>(set.variants.map((v) => [v.name, { exact: v.exact, hand: v.hand }]));
const v1 = set.variants[0];
const keys = v1.answers.map((a) => a.key);
const written = (v: Variant) => Object.fromEntries(v.answers.map((a) => [a.key, a.written]));

/** O_1 worked from a wrong H_1 by the file's own rounding: what "carried" means. */
function carriedO1(v: Variant, h1: number): string {
	const step = v.hand!.steps.find((s) => s.id === 'a[2][1]')!;
	const args = step.dependsOn.map((id) => (id === 'a[1][1]' ? h1 : (v.hand!.values[id] ?? v.hand!.leaves[id])));
	return roundTo(step.evaluate(args), { decimals: 2 }).toFixed(2);
}

function row(student: string, variant: string, cells: Record<string, string>): string {
	return [student, variant, ...keys.map((k) => cells[k] ?? '')].join(',');
}

const good = written(v1);
const h1Wrong = (Number(good.H_1) + 0.2).toFixed(2);
const eDoubled = (2 * v1.exact.values.E).toFixed(2);
const csv = [
	['student', 'variant', ...keys].join(','),
	row('alice', 'variant-001', good),
	row('bob', 'variant-001', { ...good, H_1: h1Wrong, O_1: carriedO1(v1, Number(h1Wrong)) }),
	row('carol', '1', { ...good, H_1: Number(good.H_1).toFixed(1) }),
	row('"Dave, Jr."', '001', { H_1: good.H_1, H_2: 'abc' }),
	row('eve', 'variant-999', good),
	row('frank', 'variant-002', { ...written(set.variants[1]), Error: (2 * set.variants[1].exact.values.E).toFixed(2) })
].join('\r\n');

describe('gradeClass on a synthetic class', () => {
	const book = gradeClass(`\ufeff${csv}\r\n`, variants, 'full');
	const by = (name: string) => book.students.find((s) => s.student === name)!;
	const n = keys.length;

	it('marks every readable row against its own variant, and only those', () => {
		expect(book.students.map((s) => [s.student, s.variant])).toEqual([
			['alice', 'variant-001'],
			['bob', 'variant-001'],
			['carol', 'variant-001'],
			['Dave, Jr.', 'variant-001'],
			['frank', 'variant-002']
		]);
		expect(eDoubled).not.toBe(good.Error);
	});

	it('counts correct, carried, wrong, imprecise and unanswered answers', () => {
		expect(by('alice')).toMatchObject({ correct: n, carried: 0, wrong: 0, imprecise: 0, unknown: 0, unanswered: 0, score: n, total: n });
		expect(by('bob')).toMatchObject({ correct: n - 2, carried: 1, wrong: 1 });
		expect(by('bob').marks.find((m) => m.key === 'H_1')?.mark).toBe('wrong');
		expect(by('bob').marks.find((m) => m.key === 'O_1')?.mark).toBe('carried');
		expect(by('carol')).toMatchObject({ correct: n - 1, imprecise: 1, score: n - 1 });
		expect(by('Dave, Jr.')).toMatchObject({ correct: 1, unanswered: n - 1, score: 1 });
		expect(by('frank')).toMatchObject({ correct: n - 1, wrong: 1 });
	});

	it('scores carried answers by the credit policy', () => {
		const score = (policy: 'full' | 'half' | 'none') => gradeClass(csv, variants, policy).students.find((s) => s.student === 'bob')!.score;
		expect([score('full'), score('half'), score('none')]).toEqual([n - 1, n - 1.5, n - 2]);
	});

	it('reports bad rows and cells by line and column and drops nothing silently', () => {
		expect(book.problems.map((p) => [p.line, p.column, p.kind])).toEqual([
			[5, 4, 'not-a-number'],
			[6, 2, 'unknown-variant']
		]);
		expect(book.problems[1].notes.en).toBe('variant "variant-999" is not in the set: the row is not marked');
	});

	it('names the class\'s most common mistakes per question', () => {
		const error = book.questions.find((q) => q.key === 'Error')!;
		expect(error).toMatchObject({ wrong: 1 });
		expect(error.mistakes).toEqual({ 'loss-factor-two': 1 });
		expect(book.questions.find((q) => q.key === 'H_1')).toMatchObject({ correct: 3, wrong: 1, imprecise: 1 });
	});

	it('prints the gradebook as JSON in the issue\'s form, as CSV and as text', () => {
		const json = gradebookJson(book) as { students: object[]; questions: object[] };
		expect(Object.keys(json.students[0])).toEqual(['student', 'variant', 'score', 'correct', 'carried', 'wrong', 'imprecise', 'unknown', 'unanswered']);
		expect(Object.keys(json.questions[0])).toEqual(['key', 'correct', 'carried', 'wrong', 'mistakes']);
		const csvOut = gradebookCsv(book);
		expect(csvOut.split('\r\n')[4]).toMatch(/^"Dave, Jr\.",variant-001,1,21,1,0,0,0,0,20,correct,unanswered/);
		const text = gradebookText(book, 'zh-TW');
		expect(text).toContain('第 6 行第 2 欄：題組中沒有 "variant-999" 這份題目');
		expect(gradebookText(book)).toContain('loss-factor-two ×1');
	});

	it('makes a student name that is a spreadsheet formula harmless in the CSV', () => {
		const evil = gradeClass(`student,variant,H_1\n"=HYPERLINK(""x"")",1,0.5\n`, variants);
		expect(gradebookCsv(evil).split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""x""\)",/);
	});
});

describe('gradeClass refuses a file it cannot read at all', () => {
	it.each([
		['', 'line 1: the file is empty'],
		['name,variant,H_1\n', 'line 1: expected the header to start with student,variant'],
		['student,variant\nal,1\n', 'line 1: the header names no question'],
		['student,variant,H_1,H_1\n', 'line 1, column 4: "H_1" is already column 3'],
		['student,variant,H_1\n"al,1,0.5\n', 'line 2: a quoted field is never closed']
	])('%j', (text, message) => {
		expect(() => gradeClass(text, variants)).toThrow(message);
	});
});
