// Marking a person's answers with errors carried forward (docs/checking.md, issue 3; the rule in
// docs/checking.md).
//
//   parseAnswers(text)                     the answers file, each number with its written form (./answers.ts)
//   checkAnswers(net, answers, options)    the marked report; markAnswers(exactTrace, answers, handTrace,
//                                          options) when the traces are already built (the app, the CLI)
//   reportToJson(report, lang)             `check --json`: results, summary, precision, remarks
//
// Decisions (see each file for the reasoning):
// - Keys: ids and the label forms listed in ./keys.ts, typographic primes and a few common spellings
//   (./key-spellings.ts); an unknown key gets the nearest keys of this network (./key-suggest.ts).
// - Precision: an answer must be written to at least the network's rounding (else 2 decimals, or
//   options.minDecimals); one written more coarsely that would be correct is `imprecise`, never
//   correct (./precision.ts). Above that floor, 10^-d for d written decimals (./tolerance.ts).
// - Exact values are the network's with rounding removed. Where the file rounds, an answer that is
//   the file's own hand calculation from the person's values (every step rounded as the file asks)
//   but lies outside the tolerance of the exact value is `carried`, not `correct`.
// - Only `correct` is accepted: `allAccepted` (the CLI's exit 0) needs at least one answer and every
//   answer correct. An empty sheet, or one with no key recognised, carries a remark (./remarks.ts).
// - Diagnoses (./diagnose.ts) are checked against the person's own earlier answers before they are
//   given. Notes are in English and Traditional Chinese (`notes`); `note` is English.

export { parseAnswers, answerPath } from './answers';
export { answersToText } from './answers-text';
export { AnswersError, isAnswersError } from './answers-errors';
export { checkAnswers, markAnswers } from './mark';
export { KeyResolver, normaliseKey, type KeyResolution } from './keys';
export { MISTAKES, diagnose } from './diagnose';
export { toleranceOf, within } from './tolerance';
export { DEFAULT_DECIMALS, precisionRule, requiredDecimals, ruleReason, ruleText } from './precision';
/** TeX as plain text as the /check page's rows have always written it (δ_O_1); notes use format/labels' texToText. */
export { texToText } from '../format/tex-text';
export { reportToJson, type CheckJson } from './json';
export { compareSheet, type SheetLine } from './sheet';
export { VERDICTS } from './types';
export type {
	Answer,
	AnswerRef,
	CheckOptions,
	CheckReport,
	CheckResult,
	CheckSummary,
	Diagnosis,
	KeySuggestion,
	MistakeKind,
	NoteLang,
	Notes,
	PrecisionRule,
	Remark,
	Verdict,
	Working
} from './types';
