// What `grade` reports about a class file instead of dropping it silently, with line and column,
// in both languages.

import type { Notes } from '../check/types';
import { quote } from '../spec/path';

export type ProblemKind = 'unknown-variant' | 'not-a-number' | 'extra-cells' | 'no-student' | 'unmarkable';

export interface Problem {
	line: number;
	/** 1-based column, null for the whole row. */
	column: number | null;
	kind: ProblemKind;
	notes: Notes;
}

export function problem(line: number, column: number | null, kind: ProblemKind, detail: string): Problem {
	const q = quote(detail);
	const notes: Record<ProblemKind, Notes> = {
		'unknown-variant': { en: `variant ${q} is not in the set: the row is not marked`, 'zh-TW': `題組中沒有 ${q} 這份題目：此列未批改` },
		'not-a-number': { en: `${q} is not a number: counted as not answered`, 'zh-TW': `${q} 不是數字：視為未作答` },
		'extra-cells': { en: `${detail} cells past the last question are not read`, 'zh-TW': `最後一題之後還有 ${detail} 格，未讀取` },
		'no-student': { en: `the student cell is empty: marked as "(line ${line})"`, 'zh-TW': `學生欄空白：以「(line ${line})」批改` },
		unmarkable: { en: `the row cannot be marked: ${detail}`, 'zh-TW': `此列無法批改：${detail}` }
	};
	return { line, column, kind, notes: notes[kind] };
}

/** "line 4, column 3: …" / "第 4 行第 3 欄：…". */
export function problemText(p: Problem, lang: 'en' | 'zh-TW'): string {
	if (lang === 'en') return `line ${p.line}${p.column === null ? '' : `, column ${p.column}`}: ${p.notes.en}`;
	return `第 ${p.line} 行${p.column === null ? '' : `第 ${p.column} 欄`}：${p.notes['zh-TW']}`;
}
