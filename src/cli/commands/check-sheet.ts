// `backstep check`'s marked sheet as text, in English or Traditional Chinese (the /check page's words:
// 正確, 精度不足, 連帶, 錯誤, 不明): a header with the rule, one line per answer with details
// indented under it, remarks on the whole sheet, and the counts.

import type { CheckReport, CheckResult, PrecisionRule } from '../../lib/engine/check';
import { ruleText } from '../../lib/engine/check';
import { showExact, showTolerance, workingText } from '../../lib/engine/check/messages';
import { texToText } from '../../lib/engine/format/tex-text';
import { decimalsOf } from '../../lib/engine/format/round';
import type { Rounding } from '../../lib/engine/spec/types';
import type { Lang } from '../lang';

const TEXT = {
	en: {
		title: (answers: string, file: string, name: string | null) => `Marking ${answers} against ${file}${name ? ` (${name})` : ''}`,
		rule: (p: PrecisionRule) =>
			`Exact values are at full precision. Answers must be written to at least ${ruleText(p).en}; one written with d decimals is accepted within 10^-d of the exact value.`,
		exact: 'exact',
		yours: 'from your earlier answers',
		culprit: (k: string) => `depends on your earlier answer ${k}, which is not correct`,
		working: (r: Rounding | null) => (r ? `working (rounded as the file asks)` : 'working'),
		likely: 'likely mistake',
		or: 'or',
		colon: ': ',
		imprecise: (d: number, required: number) => `imprecise: ${d} decimal${d === 1 ? '' : 's'}, at least ${required} expected`,
		coarse: (d: number, required: number) => `written to ${d} decimal${d === 1 ? '' : 's'}; at least ${required} are expected`,
		note: 'Note',
		summary: (s: CheckReport['summary']) =>
			`${s.correct} correct, ${s.imprecise} imprecise, ${s.carried} carried, ${s.wrong} wrong, ${s.unknown} unknown`,
		carried: 'carried',
		unknown: 'unknown key'
	},
	'zh-TW': {
		title: (answers: string, file: string, name: string | null) => `批改 ${answers}（網路：${file}${name ? `，${name}` : ''}）`,
		rule: (p: PrecisionRule) =>
			`精確值以完整精度計算。答案至少要寫到${ruleText(p)['zh-TW']}；寫到小數 d 位的答案，與精確值相差不超過 10^-d 即算正確。`,
		exact: '精確值',
		yours: '依你先前的答案',
		culprit: (k: string) => `依賴你先前的答案 ${k}，該答案不正確`,
		working: (r: Rounding | null) => (r ? '正確算法（依網路檔的要求四捨五入）' : '正確算法'),
		likely: '可能的錯誤',
		or: '或',
		colon: '：',
		imprecise: (d: number, required: number) => `精度不足：小數 ${d} 位，至少應寫到 ${required} 位`,
		coarse: (d: number, required: number) => `只寫到小數 ${d} 位；至少應寫到 ${required} 位`,
		note: '注意',
		summary: (s: CheckReport['summary']) =>
			`正確 ${s.correct}，精度不足 ${s.imprecise}，連帶 ${s.carried}，錯誤 ${s.wrong}，不明 ${s.unknown}`,
		carried: '連帶',
		unknown: '不明的鍵'
	}
} as const;

const MARK: Record<CheckResult['verdict'], string> = { correct: '✓', imprecise: '≈', carried: '~', wrong: '✗', unknown: '?' };

export interface SheetNames {
	answers: string;
	file: string;
	title: string | null;
	rounding: Rounding | null;
}

/** A key or a number as written, shortened for the sheet: a 20,000-character key is quoted, not echoed. */
const MAX_SHOWN = 40;
const shown = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text);

/** The marked sheet as text: a header, one line per answer (details indented under it), remarks, the counts. */
export function formatSheet(report: CheckReport, lang: Lang, names: SheetNames): string {
	const t = TEXT[lang];
	const keyWidth = Math.max(3, ...report.results.map((r) => shown(r.key).length));
	const givenWidth = report.results.reduce((w, r) => Math.max(w, shown(r.written).length), 1);
	const lines = [t.title(names.answers, names.file, names.title), t.rule(report.precision), ''];
	for (const r of report.results) {
		const head = `${MARK[r.verdict]} ${shown(r.key).padEnd(keyWidth)}  ${shown(r.written).padStart(givenWidth)}`;
		const more = (s: string) => lines.push(`    ${s}`);
		if (r.verdict === 'unknown') {
			lines.push(`${head}  ${t.unknown}${t.colon}${r.notes[lang].replace(/^[^:：]*[:：]\s*/, '')}`);
			continue;
		}
		const exact = showExact(r.expected as number, r.written);
		const d = decimalsOf(r.written);
		const required = r.requiredDecimals ?? 0;
		if (r.verdict === 'correct') {
			lines.push(`${head}  ${t.exact} ${exact}`);
			for (const a of r.ambiguities) more(a.notes[lang]);
			continue;
		}
		if (r.verdict === 'imprecise') {
			lines.push(`${head}  ${t.exact} ${exact}  (${t.imprecise(d, required)})`);
			continue;
		}
		if (r.verdict === 'carried') {
			lines.push(`${head}  ${t.exact} ${exact}  (${t.carried})`);
			more(r.notes[lang]);
			continue;
		}
		lines.push(`${head}  ${t.exact} ${exact} (±${showTolerance(r.tolerance)})`);
		if (d < required) more(t.coarse(d, required));
		if (r.recomputed !== null) more(`${t.yours}${t.colon}${showExact(r.recomputed, r.written)}`);
		if (r.culprit) more(t.culprit(`${r.culprit.key} = ${r.culprit.written}`));
		if (r.working) more(`${t.working(names.rounding)}${t.colon}${workingText(r.working, names.rounding)}`);
		else if (r.label) more(`${t.working(null)}${t.colon}${texToText(r.label)} = ${exact}`);
		r.diagnoses.forEach((x, k) => more(`${k === 0 ? t.likely : t.or}${t.colon}${x.notes[lang].replace(/^matches /, '')}`));
	}
	if (report.remarks.length > 0) lines.push('', ...report.remarks.map((m) => `${t.note}${t.colon}${m.notes[lang]}`));
	lines.push('', t.summary(report.summary), '');
	return lines.join('\n');
}
