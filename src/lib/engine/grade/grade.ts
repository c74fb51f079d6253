// A whole class marked at once (docs/grading.md, issue 18): each row of the class file against its
// own variant with the single-sheet checker (errors carried forward, diagnoses), then the class's
// counts per question and its most common diagnosed mistakes. Bad rows and cells become Problems
// with their line and column; every other row is still marked.

import { markAnswers } from '../check/mark';
import type { Answer, MistakeKind, Verdict } from '../check/types';
import type { Trace } from '../trace/types';
import { problem, type Problem } from './problems';
import { cellNumber, readRoster, type RosterRow } from './roster';

export const CREDIT_POLICIES = ['full', 'half', 'none'] as const;
export type CreditPolicy = (typeof CREDIT_POLICIES)[number];
const CREDIT: Record<CreditPolicy, number> = { full: 1, half: 0.5, none: 0 };

/** A variant as the grader needs it: its traces (exact; hand where the network rounds). */
export interface GradedVariant {
	exact: Trace;
	hand: Trace | null;
}

export type Mark = Verdict | 'unanswered';

export interface StudentGrade {
	student: string;
	variant: string;
	line: number;
	/** correct answers + carried ones × the credit policy's share. */
	score: number;
	/** Questions in the file. */
	total: number;
	correct: number;
	carried: number;
	wrong: number;
	imprecise: number;
	unknown: number;
	unanswered: number;
	/** Per question, in the file's order. */
	marks: { key: string; mark: Mark; mistake: MistakeKind | null }[];
}

export interface QuestionStats {
	key: string;
	correct: number;
	carried: number;
	wrong: number;
	imprecise: number;
	unanswered: number;
	/** Diagnosed mistakes of the wrong answers, most common first. */
	mistakes: Record<string, number>;
}

export interface Gradebook {
	keys: string[];
	credit: CreditPolicy;
	students: StudentGrade[];
	questions: QuestionStats[];
	problems: Problem[];
}

/** `variant-007`, `007` or `7` all name the seventh variant. */
function findVariant(name: string, variants: ReadonlyMap<string, GradedVariant>): [string, GradedVariant] | null {
	const direct = variants.get(name);
	if (direct) return [name, direct];
	const n = /^(?:variant-?)?0*(\d{1,4})$/i.exec(name)?.[1];
	const full = n === undefined ? null : `variant-${n.padStart(3, '0')}`;
	const v = full === null ? undefined : variants.get(full);
	return v && full ? [full, v] : null;
}

function markRow(row: RosterRow, name: string, v: GradedVariant, credit: number, problems: Problem[]): StudentGrade {
	const answers: Answer[] = [];
	const at: number[] = [];
	row.cells.forEach((cell, k) => {
		if (cell.text === '') return;
		const x = cellNumber(cell.text);
		if (x === null) problems.push(problem(row.line, cell.column, 'not-a-number', cell.text));
		else {
			answers.push({ key: cell.key, value: x, written: cell.text });
			at.push(k);
		}
	});
	const marks: StudentGrade['marks'] = row.cells.map((c) => ({ key: c.key, mark: 'unanswered', mistake: null }));
	const report = markAnswers(v.exact, answers, v.hand);
	report.results.forEach((r, k) => {
		marks[at[k]] = { key: r.key, mark: r.verdict, mistake: r.verdict === 'wrong' ? (r.diagnoses[0]?.kind ?? null) : null };
	});
	const count = (m: Mark) => marks.filter((x) => x.mark === m).length;
	const correct = count('correct');
	const carried = count('carried');
	return {
		student: row.student || `(line ${row.line})`,
		variant: name,
		line: row.line,
		score: correct + credit * carried,
		total: row.cells.length,
		correct,
		carried,
		wrong: count('wrong'),
		imprecise: count('imprecise'),
		unknown: count('unknown'),
		unanswered: count('unanswered'),
		marks
	};
}

function questionStats(keys: string[], students: StudentGrade[]): QuestionStats[] {
	return keys.map((key, k) => {
		const q: QuestionStats = { key, correct: 0, carried: 0, wrong: 0, imprecise: 0, unanswered: 0, mistakes: {} };
		const mistakes = new Map<string, number>();
		for (const s of students) {
			const m = s.marks[k];
			if (m.mark === 'correct' || m.mark === 'carried' || m.mark === 'wrong' || m.mark === 'imprecise' || m.mark === 'unanswered') q[m.mark]++;
			if (m.mistake) mistakes.set(m.mistake, (mistakes.get(m.mistake) ?? 0) + 1);
		}
		q.mistakes = Object.fromEntries([...mistakes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
		return q;
	});
}

/** Marks the class file `csv` against the set's variants (by name: `variant-001`, …). Throws InputError only for a file that cannot be read at all. */
export function gradeClass(csv: string, variants: ReadonlyMap<string, GradedVariant>, policy: CreditPolicy = 'full'): Gradebook {
	const roster = readRoster(csv);
	const problems: Problem[] = [];
	const students: StudentGrade[] = [];
	for (const row of roster.rows) {
		const found = findVariant(row.variant, variants);
		if (row.extra > 0) problems.push(problem(row.line, roster.keys.length + 3, 'extra-cells', String(row.extra)));
		if (!found) {
			problems.push(problem(row.line, 2, 'unknown-variant', row.variant));
			continue;
		}
		if (row.student === '') problems.push(problem(row.line, 1, 'no-student', ''));
		try {
			students.push(markRow(row, found[0], found[1], CREDIT[policy], problems));
		} catch (e) {
			// Two keys of the header naming one quantity (H_1 and a[1][1]): the checker refuses the sheet.
			problems.push(problem(row.line, null, 'unmarkable', e instanceof Error ? e.message : String(e)));
		}
	}
	problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
	return { keys: roster.keys, credit: policy, students, questions: questionStats(roster.keys, students), problems };
}
