// Marking a person's answers against a network (docs/checking.md, issue 3; the verdicts: ./mark-answer.ts).
// Answers are marked in the order a person computes them, so that a later answer can name the
// earlier one it was carried from; the report keeps the order they were given in.

import { buildTrace } from '../trace/build';
import { roundTo } from '../format/round';
import type { Network } from '../spec/types';
import type { Step, Trace } from '../trace/types';
import { answerPath } from './answers';
import { AnswersError, BAD_VALUE } from './answers-errors';
import { plainLabel } from './diagnose';
import { KeyResolver } from './keys';
import { markOne, type MarkingContext, type Resolved } from './mark-answer';
import type { GivenAnswer } from './mistake';
import { precisionRule } from './precision';
import { Evaluator, Graph, type Scenario } from './recompute';
import { sheetRemarks } from './remarks';
import { toleranceOf, within, writtenForm } from './tolerance';
import type { Answer, CheckOptions, CheckReport, CheckResult, CheckSummary } from './types';

/** Marks answers against a network: builds its full-precision trace (and its rounded one, if it rounds). */
export function checkAnswers(net: Network, answers: Answer[], options: CheckOptions = {}): CheckReport {
	const exact = buildTrace({ ...net, rounding: null });
	const hand = net.rounding ? buildTrace(net) : null;
	return markAnswers(exact, answers, hand, options);
}

/** The course's lines hide z and δ; mistakes are recomputed in the textbook steps of the same network. */
const textbookTraces = new WeakMap<Trace, Trace>();
function diagnosisTrace(exact: Trace): Trace {
	if (exact.network.style !== 'course') return exact;
	let t = textbookTraces.get(exact);
	if (!t) {
		t = buildTrace({ ...exact.network, rounding: null, style: 'textbook' });
		textbookTraces.set(exact, t);
	}
	return t;
}

/**
 * Marks answers against traces already built: `exact` without rounding, `hand` the network's own
 * trace where the network rounds (null otherwise). Throws InputError when two keys name the same
 * quantity.
 */
export function markAnswers(exact: Trace, answers: Answer[], hand: Trace | null = null, options: CheckOptions = {}): CheckReport {
	const graph = new Graph(exact);
	const textbook = diagnosisTrace(exact);
	const diagnosisGraph = textbook === exact ? graph : new Graph(textbook);
	const keys = new KeyResolver(exact);
	const rounding = hand?.network.rounding ?? null;
	const handSteps = new Map<string, Step>((hand?.steps ?? []).map((s) => [s.id, s]));
	const label = labeller(exact, textbook);

	const resolved: Resolved[] = answers.map((a) => ({ answer: a, written: writtenForm(a.value, a.written), ...keys.resolve(a.key) }));
	const given = new Map<string, number>();
	const answersById = new Map<string, GivenAnswer>();
	const keyOf = new Map<string, string>();
	for (const r of resolved) {
		if (r.id === null) continue;
		const first = keyOf.get(r.id);
		if (first !== undefined) {
			throw new AnswersError(answerPath(r.answer.key), BAD_VALUE.sameQuantity(r.id, first));
		}
		keyOf.set(r.id, r.answer.key);
		given.set(r.id, r.answer.value);
		answersById.set(r.id, { value: r.answer.value, tolerance: toleranceOf(r.written) });
	}

	// The hand calculation rounds the steps the network rounds: those whose recorded value is their
	// unrounded value rounded (a course line once; the z and δ inside it, which it does not write, never).
	const rounds = (s: Step) => {
		const h = handSteps.get(s.id);
		return !!h && roundTo(h.unrounded, rounding) === h.value;
	};
	const theirs: Scenario = { given };
	const theirsByHand: Scenario | null = rounding ? { given, rounding, rounds } : null;
	const ctx: MarkingContext = {
		net: exact.network,
		graph,
		diagnosis: { graph: diagnosisGraph, bases: [theirs, {}, ...(theirsByHand ? [theirsByHand] : [])] },
		rule: precisionRule(hand?.network ?? exact.network, options.minDecimals),
		rounding,
		handSteps,
		given,
		answers: answersById,
		byTheirs: new Evaluator(graph, theirs),
		byHand: theirsByHand ? new Evaluator(graph, theirsByHand) : null,
		idToLabel: exact.idToLabel,
		label,
		keyOf: (id) => keys.keyFor(id),
		marked: new Map()
	};

	const results = new Map<number, CheckResult>();
	const order = resolved
		.map((r, index) => ({ r, index }))
		.sort((a, b) => (a.r.id === null ? -1 : graph.order.get(a.r.id)!) - (b.r.id === null ? -1 : graph.order.get(b.r.id)!));
	for (const { r, index } of order) results.set(index, markOne(ctx, r));

	const list = resolved.map((r, k) => {
		const result = results.get(k)!;
		if (!r.reading) return result;
		const notes = { en: `${r.reading.en}; ${result.notes.en}`, 'zh-TW': `${r.reading['zh-TW']}；${result.notes['zh-TW']}` };
		return { ...result, notes, note: notes.en };
	});
	const summary: CheckSummary = { correct: 0, imprecise: 0, carried: 0, wrong: 0, unknown: 0 };
	for (const r of list) summary[r.verdict]++;
	return {
		results: list,
		summary,
		precision: ctx.rule,
		remarks: sheetRemarks(exact.network, list, () => keys.examples(), (r) => !!r.suggestion && within(r.given, graph.exact(r.suggestion.id), r.tolerance)),
		allAccepted: list.length > 0 && list.every((r) => r.verdict === 'correct')
	};
}

/**
 * Labels in plain text: the network's own (the course's δw_5), then the textbook steps' a course
 * sheet does not write, named in the course's words (O_1in for z, ∂Error/∂O_1in for δ).
 */
function labeller(exact: Trace, textbook: Trace): (id: string) => string {
	const course = exact !== textbook;
	return (id) => {
		if (id in exact.idToLabel || !course) return plainLabel(exact.idToLabel, id);
		const m = /^(z|delta|dE\/da)(\[\d+\]\[\d+\])(@\d+)?$/.exec(id);
		if (m) {
			const a = plainLabel(exact.idToLabel, `a${m[2]}${m[3] ?? ''}`);
			return m[1] === 'z' ? `${a}in` : m[1] === 'delta' ? `∂Error/∂${a}in` : `∂Error/∂${a}`;
		}
		return plainLabel(textbook.idToLabel, id);
	};
}
