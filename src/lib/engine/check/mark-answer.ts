// Marking one answer, in the order a person computes (./mark.ts calls this with earlier answers
// already marked):
//
// - correct: exactly the exact value, or within 10^-d of it for d written decimals, d at least the
//   precision the network asks for (./precision.ts).
// - imprecise: within 10^-d of the exact value, but d is below that precision.
// - carried: not correct, but the step recomputed from the person's own answers matches (their value
//   for every quantity they answered that this step depends on; exact values elsewhere), or, where
//   the network rounds, the hand calculation from those values with every step rounded as it asks.
// - wrong: neither; with the correct working and the common mistakes that reproduce the number.
//
// The culprit named beside a carried or wrong answer is the earliest earlier answer of the person's
// that is not correct and whose own error moves this step by more than its tolerance; a wrong answer
// never names one that is right at the network's precision (0.480 for 0.4769 written to 3 decimals).

import type { Network, Rounding } from '../spec/types';
import type { Step } from '../trace/types';
import { ambiguities, diagnose } from './diagnose';
import * as say from './messages';
import type { GivenAnswer, Marking } from './mistake';
import { isExactly, requiredDecimals, ruleReason, writtenDecimals } from './precision';
import { Evaluator, type Graph, type Scenario } from './recompute';
import { toleranceOf, within } from './tolerance';
import type { Answer, AnswerRef, CheckResult, KeySuggestion, Notes, PrecisionRule, Working } from './types';

export interface Resolved {
	answer: Answer;
	written: string;
	id: string | null;
	hint?: Notes;
	suggestions?: KeySuggestion[];
	reading?: Notes;
}

/** An earlier answer as later ones see it. */
interface Marked extends AnswerRef {
	/** Right at the network's precision, only claimed more finely (0.480 for 0.4769). */
	precisionOnly: boolean;
}

export interface MarkingContext {
	net: Network;
	/** The exact trace's graph: values, working and carried answers. */
	graph: Graph;
	/** Where mistakes are recomputed (the textbook steps, even for a course-style network). */
	diagnosis: { graph: Graph; bases: Scenario[] };
	rule: PrecisionRule;
	rounding: Rounding | null;
	handSteps: ReadonlyMap<string, Step>;
	given: ReadonlyMap<string, number>;
	answers: ReadonlyMap<string, GivenAnswer>;
	byTheirs: Evaluator;
	byHand: Evaluator | null;
	idToLabel: Record<string, string>;
	label(id: string): string;
	keyOf(id: string): string;
	marked: Map<string, Marked>;
}

export function markOne(ctx: MarkingContext, r: Resolved): CheckResult {
	const { answer, written } = r;
	const tolerance = toleranceOf(written);
	const blank = { key: answer.key, given: answer.value, written, tolerance, recomputed: null, culprit: null, working: null, diagnoses: [], ambiguities: [], suggestion: null };
	if (r.id === null) {
		const notes = say.unknownNote(r.hint);
		const suggestion = r.suggestions?.[0] ?? null;
		return { ...blank, id: null, label: null, phase: null, expected: null, requiredDecimals: null, verdict: 'unknown', note: notes.en, notes, suggestion };
	}
	const id = r.id;
	const step = ctx.graph.byId.get(id) ?? null;
	const value = ctx.graph.exact(id);
	const required = requiredDecimals(ctx.rule, value);
	const decimals = writtenDecimals(written);
	const exactly = isExactly(answer.value, value);
	const coarse = decimals < required && !exactly;
	const exactText = say.showExact(value, written);
	const tolText = say.showTolerance(tolerance);
	const common = { ...blank, id, label: ctx.idToLabel[id] ?? id, phase: step ? step.phase : ('given' as const), expected: value, requiredDecimals: required };
	const precisionOnly = !coarse && decimals > required && within(answer.value, value, 10 ** -required);
	const remember = (verdict: CheckResult['verdict']) => ctx.marked.set(id, { key: answer.key, id, given: answer.value, written, verdict, precisionOnly });
	const marking = (): Marking => ({
		graph: ctx.diagnosis.graph,
		sheet: ctx.graph,
		net: ctx.net,
		id,
		step: ctx.diagnosis.graph.byId.get(id) ?? null,
		given: answer.value,
		tolerance,
		exact: value,
		bases: ctx.diagnosis.bases,
		answers: ctx.answers,
		label: ctx.label,
		keyOf: ctx.keyOf
	});

	if (exactly || (!coarse && within(answer.value, value, tolerance))) {
		remember('correct');
		const unclear = (step?.phase === 'update' ? ambiguities(marking()) : []).map((d) => ({ ...d, notes: say.ambiguityNote(d, written, decimals) }));
		const notes = say.joinNotes([say.correctNote(exactText, tolText), ...unclear.map((d) => d.notes)]);
		return { ...common, verdict: 'correct', note: notes.en, notes, ambiguities: unclear };
	}
	if (coarse && within(answer.value, value, tolerance)) {
		remember('imprecise');
		const notes = say.impreciseNote(exactText, tolText, decimals, required, ruleReason(ctx.rule));
		return { ...common, verdict: 'imprecise', note: notes.en, notes };
	}
	const coarseNotes = coarse ? [say.coarseNote(decimals, required)] : [];

	const fromTheirs = step ? ctx.byTheirs.unrounded(step) : null;
	const fromHand = step && ctx.byHand ? ctx.byHand.unrounded(step) : null;
	const usedAnswers = step ? [...ctx.graph.ancestors(id)].some((a) => ctx.given.has(a)) : false;
	const carriedBy =
		fromTheirs !== null && within(answer.value, fromTheirs, tolerance)
			? { value: fromTheirs, hand: null }
			: fromHand !== null && within(answer.value, fromHand, tolerance)
				? { value: fromHand, hand: ctx.rounding }
				: null;
	if (carriedBy && step) {
		const culprit = culpritOf(ctx, step, value, tolerance, false);
		const notes = say.joinNotes([
			say.carriedNote(exactText, tolText, say.showExact(carriedBy.value, written), culprit, carriedBy.hand, usedAnswers),
			...coarseNotes
		]);
		remember('carried');
		return { ...common, verdict: 'carried', note: notes.en, notes, recomputed: carriedBy.value, culprit };
	}

	const culprit = step ? culpritOf(ctx, step, value, tolerance, true) : null;
	const shown = step ? (ctx.handSteps.get(id) ?? step) : null;
	const working: Working | null = shown ? { label: shown.label, formula: shown.formula, substituted: shown.substituted, value: shown.value } : null;
	const diagnoses = diagnose(marking());
	const differs = fromTheirs !== null && !within(fromTheirs, value, tolerance / 10);
	const notes = say.joinNotes([
		say.wrongNote(
			exactText,
			tolText,
			differs ? say.showExact(fromTheirs, written) : null,
			culprit,
			working ? say.workingText(working, ctx.rounding) : null,
			step ? null : ctx.label(id),
			diagnoses
		),
		...coarseNotes,
		...(precisionOnly ? [say.precisionOnlyNote(required, decimals)] : [])
	]);
	const suggestion = diagnoses.find((d) => d.means && !step && d.means.id === `${id}'`)?.means ?? null;
	remember('wrong');
	return { ...common, verdict: 'wrong', note: notes.en, notes, recomputed: differs ? fromTheirs : null, culprit, working, diagnoses, suggestion };
}

/**
 * The earliest of the person's earlier answers this step depends on that is not correct and whose
 * own error (alone, the rest exact) moves this step by more than its tolerance. For a carried
 * answer, the earliest not correct one when none does on its own.
 */
function culpritOf(ctx: MarkingContext, step: Step, exact: number, tolerance: number, wrong: boolean): AnswerRef | null {
	const earlier = [...ctx.graph.ancestors(step.id)]
		.map((a) => ctx.marked.get(a))
		.filter((m): m is Marked => !!m && m.verdict !== 'correct')
		.sort((a, b) => ctx.graph.order.get(a.id)! - ctx.graph.order.get(b.id)!);
	for (const m of earlier) {
		if (wrong && m.precisionOnly) continue;
		const alone = new Evaluator(ctx.graph, { given: new Map([[m.id, m.given]]) }).unrounded(step);
		if (!within(alone, exact, tolerance)) return ref(m);
	}
	return wrong || earlier.length === 0 ? null : ref(earlier[0]);
}

const ref = ({ key, id, given, written, verdict }: Marked): AnswerRef => ({ key, id, given, written, verdict });
