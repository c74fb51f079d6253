// The checker's input and output (SPEC §7): a person's answers, and each one marked.

import type { Phase } from '../trace/types';

/** A note in both of the app's languages. `en` is what SPEC §7's JSON prints as `note`. */
export interface Notes {
	en: string;
	'zh-TW': string;
}

/**
 * One answer: the key as the person wrote it (an id or a label, SPEC §2), the number, and the number
 * as written. The written form sets the tolerance (0.50 claims two decimals, 0.5 one); without it,
 * the shortest form that reads back as `value` is taken (`String(value)`).
 */
export interface Answer {
	key: string;
	value: number;
	written?: string;
}

export type Verdict = 'correct' | 'carried' | 'wrong' | 'unknown';

/** The working of one step from the trace, in TeX: `formula` in symbols, `substituted` with numbers. */
export interface Working {
	label: string;
	formula: string;
	substituted: string;
	/** The step's value in that working (rounded where the network file asks for rounding). */
	value: number;
}

export type MistakeKind =
	| 'weight-gradients-summed'
	| 'activation-derivative-forgotten'
	| 'loss-factor-two'
	| 'updated-weight-in-backprop'
	| 'old-weight'
	| 'learning-rate-missing'
	| 'learning-rate-added'
	| 'sign-slip';

/** A common mistake that reproduces the given number: the mistaken value and what it means. */
export interface Diagnosis {
	kind: MistakeKind;
	/** The value this mistake gives (the given answer lies within its tolerance of it). */
	value: number;
	notes: Notes;
}

/** An earlier answer of the person's, referred to by a later one. */
export interface AnswerRef {
	key: string;
	id: string;
	given: number;
	written: string;
	verdict: Verdict;
}

export interface CheckResult {
	key: string;
	/** The quantity id the key stands for; null for an unknown key. */
	id: string | null;
	/** The display label (TeX) of the quantity; null for an unknown key. */
	label: string | null;
	phase: Phase | 'given' | null;
	given: number;
	written: string;
	/** The exact value (full precision, rounding removed); null for an unknown key. */
	expected: number | null;
	/** Half-width of the accepted band: one unit in the last written decimal, 10^-d. */
	tolerance: number;
	verdict: Verdict;
	/** English note: SPEC §7's `note`. */
	note: string;
	notes: Notes;
	/** carried: what correct working gives from the person's own earlier answers. */
	recomputed: number | null;
	/** carried / wrong: the earliest of the person's answers it depends on that is not correct. */
	culprit: AnswerRef | null;
	/** wrong: the correct working of this step. */
	working: Working | null;
	/** wrong: the common mistakes that reproduce the given number, most specific first. */
	diagnoses: Diagnosis[];
}

export interface CheckSummary {
	correct: number;
	carried: number;
	wrong: number;
	unknown: number;
}

export interface CheckReport {
	/** In the order the answers were given. */
	results: CheckResult[];
	summary: CheckSummary;
	/** True when every answer is `correct` (SPEC §3's exit status 0 for `check`). */
	allAccepted: boolean;
}
