import { describe, expect, it } from 'vitest';
import type { Gradebook, StudentGrade } from '../../../src/lib/engine/grade/grade';
import { meanScore, nextSort, questionBars, sortStudents } from '../../../src/lib/view/teach/gradebook';

const student = (name: string, score: number, line: number): StudentGrade => ({
	student: name, variant: `variant-00${line}`, line, score, total: 4, correct: score, carried: 0, wrong: 4 - score, imprecise: 0, unknown: 0, unanswered: 0, marks: []
});
const students = [student('Wang', 2, 2), student('Chen', 4, 3), student('Lin', 2, 4)];

describe('the gradebook view', () => {
	it('sorts by a column, ties in file order, and turns round on a second click', () => {
		expect(sortStudents(students, { column: 'student', descending: false }).map((s) => s.student)).toEqual(['Chen', 'Lin', 'Wang']);
		const byScore = nextSort({ column: 'student', descending: false }, 'score');
		expect(byScore).toEqual({ column: 'score', descending: true });
		expect(sortStudents(students, byScore).map((s) => s.student)).toEqual(['Chen', 'Wang', 'Lin']);
		expect(sortStudents(students, nextSort(byScore, 'score')).map((s) => s.student)).toEqual(['Wang', 'Lin', 'Chen']);
	});

	it('splits each question\'s bar by mark and names its most common mistake', () => {
		const book: Gradebook = {
			keys: ['H_1'], credit: 'full', students, problems: [],
			questions: [{ key: 'H_1', correct: 1, carried: 0, wrong: 2, imprecise: 0, unanswered: 0, mistakes: { 'sign-slip': 2 } }]
		};
		const [bar] = questionBars(book);
		expect(bar.segments.map((s) => [s.mark, s.x, s.width])).toEqual([['correct', 0, 1 / 3], ['wrong', 1 / 3, 2 / 3]]);
		expect(bar.top).toEqual({ kind: 'sign-slip', count: 2 });
		expect(meanScore(book)).toBe(2.67);
	});
});
