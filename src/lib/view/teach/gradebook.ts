// What /teach draws of a marked class: the gradebook's rows sorted by a column, and a bar per
// question (its answers split by mark) with the class's most common diagnosed mistake beside it.

import type { Gradebook, QuestionStats, StudentGrade } from '$lib/engine/grade/grade';

export const SORT_COLUMNS = ['student', 'variant', 'score', 'correct', 'carried', 'wrong', 'imprecise', 'unknown', 'unanswered'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface Sort {
	column: SortColumn;
	descending: boolean;
}

export function sortStudents(students: readonly StudentGrade[], sort: Sort): StudentGrade[] {
	const sign = sort.descending ? -1 : 1;
	const c = sort.column;
	return [...students].sort((a, b) => {
		const x = a[c];
		const y = b[c];
		const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
		return sign * order || a.line - b.line;
	});
}

/** Clicking a column sorts by it; clicking it again turns the order round. Numbers start highest first. */
export function nextSort(current: Sort, column: SortColumn): Sort {
	if (current.column === column) return { column, descending: !current.descending };
	return { column, descending: column !== 'student' && column !== 'variant' };
}

export const BAR_MARKS = ['correct', 'carried', 'imprecise', 'wrong', 'unanswered'] as const;
export type BarMark = (typeof BAR_MARKS)[number];

export interface QuestionBar {
	key: string;
	/** Segments from the left, widths as fractions of the class. */
	segments: { mark: BarMark; count: number; x: number; width: number }[];
	/** The most common diagnosed mistake and how many made it, or null. */
	top: { kind: string; count: number } | null;
}

export function questionBars(book: Gradebook): QuestionBar[] {
	const n = Math.max(1, book.students.length);
	return book.questions.map((q: QuestionStats) => {
		let x = 0;
		const segments = BAR_MARKS.map((mark) => {
			const count = q[mark];
			const s = { mark, count, x, width: count / n };
			x += s.width;
			return s;
		}).filter((s) => s.count > 0);
		const first = Object.entries(q.mistakes)[0];
		return { key: q.key, segments, top: first ? { kind: first[0], count: first[1] } : null };
	});
}

export function meanScore(book: Gradebook): number {
	if (book.students.length === 0) return 0;
	return Math.round((book.students.reduce((a, s) => a + s.score, 0) / book.students.length) * 100) / 100;
}
