// The gradebook as `backstep grade` prints it (docs/grading.md): a text table, CSV (RFC 4180, names
// made safe for spreadsheets) and JSON in the form issue 18 fixes.

import { table } from '../format/text';
import type { Lang } from '../lang';
import { safeCsvText } from './csv';
import type { Gradebook } from './grade';
import { problemText } from './problems';

const COUNTS = ['correct', 'carried', 'wrong', 'imprecise', 'unknown', 'unanswered'] as const;

/** A score as a person writes it: 7, 7.5. */
const score = (x: number) => String(Math.round(x * 100) / 100);

export function gradebookJson(book: Gradebook): unknown {
	return {
		students: book.students.map((s) => ({
			student: s.student,
			variant: s.variant,
			score: s.score,
			correct: s.correct,
			carried: s.carried,
			wrong: s.wrong,
			imprecise: s.imprecise,
			unknown: s.unknown,
			unanswered: s.unanswered
		})),
		questions: book.questions.map((q) => ({ key: q.key, correct: q.correct, carried: q.carried, wrong: q.wrong, mistakes: q.mistakes })),
		problems: book.problems.map((p) => ({ line: p.line, column: p.column, kind: p.kind, message: p.notes.en }))
	};
}

export function gradebookCsv(book: Gradebook): string {
	const head = ['student', 'variant', 'score', 'total', ...COUNTS, ...book.keys];
	const rows = book.students.map((s) => [safeCsvText(s.student), s.variant, score(s.score), String(s.total), ...COUNTS.map((c) => String(s[c])), ...s.marks.map((m) => m.mark)]);
	return [head.map(safeCsvText), ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

const WORDS = {
	en: {
		students: 'Students',
		head: ['student', 'variant', 'score', ...COUNTS],
		questions: 'Questions and the most common mistakes',
		qhead: ['question', 'correct', 'carried', 'wrong', 'imprecise', 'unanswered', 'most common mistakes'],
		problems: 'Problems in the file',
		none: 'none',
		summary: (n: number, avg: string, total: number, credit: string) => `${n} ${n === 1 ? 'student' : 'students'} marked, mean score ${avg} of ${total}; carried answers get ${credit} credit.`
	},
	'zh-TW': {
		students: '學生',
		head: ['學生', '卷號', '得分', '正確', '延續錯誤', '錯誤', '精度不足', '無法辨識', '未作答'],
		questions: '各題統計與最常見的錯誤',
		qhead: ['題目', '正確', '延續錯誤', '錯誤', '精度不足', '未作答', '最常見的錯誤'],
		problems: '檔案中的問題',
		none: '無',
		summary: (n: number, avg: string, total: number, credit: string) => `共批改 ${n} 位學生，平均得分 ${avg}／${total}；延續錯誤得${credit}。`
	}
} as const;

const CREDIT_WORDS = { en: { full: 'full', half: 'half', none: 'no' }, 'zh-TW': { full: '全部分數', half: '一半分數', none: '零分' } } as const;

export function gradebookText(book: Gradebook, lang: Lang = 'en'): string {
	const w = WORDS[lang];
	const out: string[] = [w.students, ''];
	const rows = book.students.map((s) => [s.student, s.variant, `${score(s.score)}/${s.total}`, ...COUNTS.map((c) => String(s[c]))]);
	out.push(...table([...w.head], rows, [false, false, true, true, true, true, true, true, true]), '');
	const total = book.keys.length;
	const mean = book.students.length === 0 ? 0 : book.students.reduce((a, s) => a + s.score, 0) / book.students.length;
	out.push(w.summary(book.students.length, score(mean), total, CREDIT_WORDS[lang][book.credit]), '', w.questions, '');
	const qrows = book.questions.map((q) => {
		const top = Object.entries(q.mistakes).slice(0, 3).map(([k, n]) => `${k} ×${n}`);
		return [q.key, String(q.correct), String(q.carried), String(q.wrong), String(q.imprecise), String(q.unanswered), top.join(', ') || '—'];
	});
	out.push(...table([...w.qhead], qrows, [false, true, true, true, true, true, false]), '');
	out.push(w.problems, '');
	if (book.problems.length === 0) out.push(w.none);
	for (const p of book.problems) out.push(problemText(p, lang));
	return `${out.map((l) => l.trimEnd()).join('\n')}\n`;
}
