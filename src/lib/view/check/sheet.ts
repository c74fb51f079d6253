// The worksheet: one row per quantity a person computes (every step of the trace: forward, loss,
// backward, update), grouped by phase, and the typed text of each answer turned into the checker's
// Answers. The typed text is kept as written, because the written form sets the tolerance
// (0.50 claims two decimals, 0.5 one). Marking itself is the engine's (markAnswers).

import { KeyResolver, markAnswers } from '$lib/engine/check';
import { texToText } from '$lib/engine/format/tex-text';
import type { Answer, CheckReport, CheckResult } from '$lib/engine/check';
import { PHASES, type Phase, type Trace } from '$lib/engine/trace/types';

export interface Row {
	id: string;
	/** The key the answer is marked under: the plain label (H_1, ∂E/∂w_5) where it names this quantity, else the id. */
	key: string;
	/** TeX label as the network's labels write it (H_1, \frac{\partial E}{\partial w_5}). */
	label: string;
	phase: Phase;
	sample: number | null;
}

export interface RowGroup {
	phase: Phase;
	rows: Row[];
}

/** The rows of a trace; keys are plain labels so the checker's notes name quantities as the sheet does. */
export function worksheetRows(trace: Trace): Row[] {
	const keys = new KeyResolver(trace);
	return trace.steps.map((s) => {
		const plain = texToText(s.label);
		const key = keys.idOf(plain) === s.id ? plain : s.id;
		return { id: s.id, key, label: s.label, phase: s.phase, sample: s.sample };
	});
}

export function groupByPhase(rows: Row[]): RowGroup[] {
	return PHASES.map((phase) => ({ phase, rows: rows.filter((r) => r.phase === phase) })).filter((g) => g.rows.length > 0);
}

/** A decimal as a person types it: optional sign, digits with an optional point, optional exponent. */
const TYPED = /^([+-]?)(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The typed text of an answer: null when blank, 'invalid' when not a number, else the Answer's
 * value and written form (normalised to JSON's form: "+.5" → "0.5", "1." → "1", "−0.2" → "-0.2";
 * the number of decimals is kept).
 */
export function readTyped(text: string): { value: number; written: string } | null | 'invalid' {
	const s = text.trim().replace(/\u2212/g, '-');
	if (s === '') return null;
	const m = TYPED.exec(s);
	if (!m) return 'invalid';
	let body = m[2];
	if (body.startsWith('.')) body = '0' + body;
	if (body.endsWith('.')) body = body.slice(0, -1);
	body = body.replace(/^0+(?=\d)/, '');
	const written = `${m[1] === '-' ? '-' : ''}${body}${m[3] ?? ''}`;
	const value = Number(written);
	return Number.isFinite(value) ? { value, written } : 'invalid';
}

/** The typed answers by quantity id (in worksheet order), then answers under keys the sheet has no row for. */
export function answersFrom(rows: Row[], typed: Record<string, string>, extra: Answer[] = []): Answer[] {
	const out: Answer[] = [];
	for (const r of rows) {
		const a = readTyped(typed[r.id] ?? '');
		if (a && a !== 'invalid') out.push({ key: r.key, ...a });
	}
	return [...out, ...extra];
}

export interface Marked {
	report: CheckReport;
	/** Results of worksheet rows by quantity id. */
	byId: Map<string, CheckResult>;
	/** Results of the extra answers (keys with no row: unknown, or a leaf such as w_5). */
	extra: CheckResult[];
	/** Why marking failed (two keys for one quantity), or null. */
	error: string | null;
}

/** Marks the sheet with the traces built once per network (`hand` where the network rounds). */
export function markSheet(exact: Trace, hand: Trace | null, rows: Row[], typed: Record<string, string>, extra: Answer[] = []): Marked {
	const own = answersFrom(rows, typed);
	let report: CheckReport;
	try {
		report = markAnswers(exact, [...own, ...extra], hand);
	} catch (e) {
		// Only a pasted extra key can collide with a row: mark the rows alone and say why.
		const error = e instanceof Error ? e.message : String(e);
		report = markAnswers(exact, own, hand);
		return { report, byId: resultsById(report.results), extra: [], error };
	}
	// Results come in the order of the answers: the sheet's rows first, then the extra keys.
	return { report, byId: resultsById(report.results.slice(0, own.length)), extra: report.results.slice(own.length), error: null };
}

function resultsById(results: CheckResult[]): Map<string, CheckResult> {
	const out = new Map<string, CheckResult>();
	for (const r of results) if (r.id !== null) out.set(r.id, r);
	return out;
}

/** Answers read from a pasted file, split into worksheet rows (by resolved id) and the rest. */
export function splitPasted(
	answers: Answer[],
	resolve: (key: string) => string | null,
	rows: Row[]
): { typed: Record<string, string>; extra: Answer[] } {
	const rowIds = new Set(rows.map((r) => r.id));
	const typed: Record<string, string> = {};
	const extra: Answer[] = [];
	for (const a of answers) {
		const id = resolve(a.key);
		if (id !== null && rowIds.has(id) && !(id in typed)) typed[id] = a.written ?? String(a.value);
		else extra.push(a);
	}
	return { typed, extra };
}
