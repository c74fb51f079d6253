// The checker's input and output (docs/checking.md): a person's answers, and each one marked.

import type { Lang } from '../lang';
import type { Phase } from '../trace/types';

/** A note in both of the app's languages. `en` is what docs/checking.md's JSON prints as `note` by default. */
export interface Notes {
	en: string;
	'zh-TW': string;
}

/** The languages of a note: the project's two. */
export type NoteLang = Lang;

/**
 * One answer: the key as the person wrote it (an id or a label, docs/quantity-ids.md), the number, and the number
 * as written. The written form sets the tolerance (0.50 claims two decimals, 0.5 one); without it,
 * the shortest form that reads back as `value` is taken (`String(value)`).
 */
export interface Answer {
	key: string;
	value: number;
	written?: string;
}

/**
 * - correct: within one unit of its last written decimal of the exact value, written to at least
 *   the precision the network asks for (or exactly the exact value).
 * - imprecise: it would be correct at the precision it is written to, but that is coarser than the
 *   network asks for (1 for 0.4769 when 2 decimals are asked). Never accepted.
 * - carried: right working from an earlier answer of the person's that is not correct.
 * - wrong, unknown (the key names no quantity of this network).
 */
export type Verdict = 'correct' | 'imprecise' | 'carried' | 'wrong' | 'unknown';

/** Every verdict, from best to worst: for legends and counts. */
export const VERDICTS: readonly Verdict[] = ['correct', 'imprecise', 'carried', 'wrong', 'unknown'];

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
	| 'activation-instead-of-derivative'
	| 'wrong-activation-derivative'
	| 'loss-factor-two'
	| 'target-sign-slip'
	| 'shared-bias-averaged'
	| 'shared-bias-one-delta'
	| 'weights-swapped'
	| 'updated-weight-in-backprop'
	| 'old-weight'
	| 'learning-rate-missing'
	| 'learning-rate-added'
	| 'value-of-another-quantity'
	| 'sign-slip';

/** A common mistake that reproduces the given number: the mistaken value and what it means. */
export interface Diagnosis {
	kind: MistakeKind;
	/** The value this mistake gives (the given answer lies within its tolerance of it). */
	value: number;
	notes: Notes;
	/** value-of-another-quantity: the quantity whose value the answer is, and the key that names it. */
	means?: KeySuggestion;
}

/** A key to write instead: `O_1` for `o1`, `w_8'` for an updated value written under `w_8`. */
export interface KeySuggestion {
	key: string;
	id: string;
	/** spelling: the key is close to this one; value: the number is this quantity's value. */
	why: 'spelling' | 'value';
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
	/** The fewest decimals this answer must be written with (null for an unknown key). */
	requiredDecimals: number | null;
	verdict: Verdict;
	/** English note: docs/checking.md's `note`. */
	note: string;
	notes: Notes;
	/** carried: what correct working gives from the person's own earlier answers. */
	recomputed: number | null;
	/** carried / wrong: the earliest of the person's answers it depends on that is not correct and matters here. */
	culprit: AnswerRef | null;
	/** wrong: the correct working of this step. */
	working: Working | null;
	/** wrong: the common mistakes that reproduce the given number, most specific first. */
	diagnoses: Diagnosis[];
	/** correct: mistakes the number cannot be told from at its precision (an update's sign: w + ηg). */
	ambiguities: Diagnosis[];
	/** unknown: the nearest key of this network; wrong: the key whose value it is (w_8' for w_8). */
	suggestion: KeySuggestion | null;
}

export interface CheckSummary {
	correct: number;
	imprecise: number;
	carried: number;
	wrong: number;
	unknown: number;
}

/** The precision answers are held to: the network's rounding, else 2 decimals, or --min-decimals. */
export type PrecisionRule =
	| { decimals: number; source: 'network' | 'default' | 'option' }
	| { significant: number; source: 'network' };

/** Something about the whole sheet: empty, no key recognised, or apparently for another network. */
export interface Remark {
	kind: 'empty' | 'nothing-recognised' | 'wrong-network';
	notes: Notes;
}

export interface CheckReport {
	/** In the order the answers were given. */
	results: CheckResult[];
	summary: CheckSummary;
	precision: PrecisionRule;
	remarks: Remark[];
	/** True when there is at least one answer and every answer is `correct` (exit status 0 for `check`). */
	allAccepted: boolean;
}

export interface CheckOptions {
	/** The fewest decimals an answer must be written with, overriding the network's rounding. */
	minDecimals?: number;
}
