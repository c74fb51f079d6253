// SPEC §7's JSON object: exactly { results: [{ key, id, given, expected, verdict, note }], summary }.
// `note` is English; the app reads `notes` (both languages) from the report itself.

import type { CheckReport, CheckSummary, Verdict } from './types';

export interface CheckJson {
	results: { key: string; id: string | null; given: number; expected: number | null; verdict: Verdict; note: string }[];
	summary: CheckSummary;
}

export function reportToJson(report: CheckReport): CheckJson {
	return {
		results: report.results.map((r) => ({
			key: r.key,
			id: r.id,
			given: r.given,
			expected: r.expected,
			verdict: r.verdict,
			note: r.note
		})),
		summary: { ...report.summary }
	};
}
