// `check --json`: { results: [{ key, id, given, expected, verdict, note, suggestion }], summary,
// precision, remarks }. `note` and `remarks` are in the language asked for (English by default); the
// app reads `notes` (both languages) from the report itself. docs/checking.md describes each field.

import type { CheckReport, CheckSummary, NoteLang, PrecisionRule, Verdict } from './types';

export interface CheckJson {
	results: {
		key: string;
		id: string | null;
		given: number;
		expected: number | null;
		verdict: Verdict;
		note: string;
		/** The key to write instead (unknown keys; a value under the old parameter's name), or null. */
		suggestion: string | null;
	}[];
	summary: CheckSummary;
	/** What answers are held to: { decimals } or { significant }. */
	precision: { decimals: number } | { significant: number };
	remarks: string[];
}

function precisionJson(rule: PrecisionRule): CheckJson['precision'] {
	return 'significant' in rule ? { significant: rule.significant } : { decimals: rule.decimals };
}

export function reportToJson(report: CheckReport, lang: NoteLang = 'en'): CheckJson {
	return {
		results: report.results.map((r) => ({
			key: r.key,
			id: r.id,
			given: r.given,
			expected: r.expected,
			verdict: r.verdict,
			note: r.notes[lang],
			suggestion: r.suggestion?.key ?? null
		})),
		summary: { ...report.summary },
		precision: precisionJson(report.precision),
		remarks: report.remarks.map((m) => m.notes[lang])
	};
}
