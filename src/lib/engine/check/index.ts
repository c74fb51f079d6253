// Marking a person's answers with errors carried forward (SPEC §7, issue 3).
//
//   parseAnswers(text)            the answers file, each number with its written form (./answers.ts)
//   checkAnswers(net, answers)    the marked report; markAnswers(exactTrace, answers, handTrace) when
//                                 the traces are already built (the app, the CLI)
//   reportToJson(report)          SPEC §7's JSON: results {key, id, given, expected, verdict, note}, summary
//
// Decisions (see each file for the reasoning):
// - Keys: ids and the label forms listed in ./keys.ts. δ means SPEC's ∂E/∂z; `δw_5` is unknown with a
//   hint to write `dE/dw_5`. Two keys for one quantity, and bad files, are InputErrors.
// - Tolerance: 10^-d for d written decimals (exponents counted: 1.5e-3 has 4); without a written
//   form, the shortest form of the value.
// - Exact values are the network's with rounding removed. Where the file rounds, an answer that is
//   the file's own hand calculation from the person's values (every step rounded as the file asks)
//   but lies outside the tolerance of the exact value is `carried`, not `correct`.
// - `carried` is not accepted (SPEC §7's words): `allAccepted` and the CLI's exit 0 need every
//   answer `correct`; carried, wrong and unknown give exit 1.
// - Notes: `note` is English (what the JSON prints); `notes` holds English and Traditional Chinese
//   for the app. Diagnoses and the working are structured as well (`diagnoses`, `working`, `culprit`).

export { parseAnswers, answerPath } from './answers';
export { checkAnswers, markAnswers } from './mark';
export { KeyResolver, normaliseKey } from './keys';
export { MISTAKES, diagnose } from './diagnose';
export { toleranceOf, within } from './tolerance';
export { texToPlain } from './plain';
export { reportToJson, type CheckJson } from './json';
export { compareSheet, type SheetLine } from './sheet';
export type {
	Answer,
	AnswerRef,
	CheckReport,
	CheckResult,
	CheckSummary,
	Diagnosis,
	MistakeKind,
	Notes,
	Verdict,
	Working
} from './types';
