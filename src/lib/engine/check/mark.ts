// Marking a person's answers against a network (SPEC §7, issue 3).
//
// - correct: within one unit of the last written decimal of the exact value (full precision, the
//   network's rounding removed).
// - carried: not correct, but the step recomputed from the person's own answers (their value for
//   every quantity they answered that this step depends on, directly or through unanswered steps
//   that are recomputed too; exact values elsewhere) matches by the same rule. Where the network
//   asks for rounding, the hand calculation is tried as well: the same recomputation with every
//   step rounded as the file asks, starting from the file's numbers.
// - wrong: neither. The note names the earliest of the person's answers this step depends on that
//   is not correct, gives the correct working from the trace, and the common mistakes (./diagnose.ts)
//   that reproduce the number.
// - unknown: the key names no quantity of this network.

import { buildTrace } from '../trace/build';
import { roundTo } from '../format/round';
import { InputError } from '../spec/errors';
import type { Network } from '../spec/types';
import type { Step, Trace } from '../trace/types';
import { answerPath } from './answers';
import { diagnose, plainLabel } from './diagnose';
import { KeyResolver } from './keys';
import { carriedNote, correctNote, showExact, showTolerance, unknownNote, workingText, wrongNote } from './messages';
import { Evaluator, Graph, type Scenario } from './recompute';
import { toleranceOf, within, writtenForm } from './tolerance';
import type { Answer, AnswerRef, CheckReport, CheckResult, Working } from './types';

/** Marks answers against a network: builds its full-precision trace (and its rounded one, if it rounds). */
export function checkAnswers(net: Network, answers: Answer[]): CheckReport {
	const exact = buildTrace({ ...net, rounding: null });
	const hand = net.rounding ? buildTrace(net) : null;
	return markAnswers(exact, answers, hand);
}

/**
 * Marks answers against traces already built: `exact` without rounding, `hand` the network's own
 * trace where the network rounds (null otherwise). Throws InputError when two keys name the same
 * quantity.
 */
export function markAnswers(exact: Trace, answers: Answer[], hand: Trace | null = null): CheckReport {
	const graph = new Graph(exact);
	const keys = new KeyResolver(exact);
	const rounding = hand?.network.rounding ?? null;
	const handSteps = new Map<string, Step>((hand?.steps ?? []).map((s) => [s.id, s]));
	const label = (id: string) => plainLabel(exact.idToLabel, id);

	const resolved = answers.map((a) => ({ answer: a, written: writtenForm(a.value, a.written), ...keys.resolve(a.key) }));
	const given = new Map<string, number>();
	const keyOf = new Map<string, string>();
	for (const r of resolved) {
		if (r.id === null) continue;
		const first = keyOf.get(r.id);
		if (first !== undefined) {
			throw new InputError(answerPath(r.answer.key), `answers the same quantity (${r.id}) as "${first}"`);
		}
		keyOf.set(r.id, r.answer.key);
		given.set(r.id, r.answer.value);
	}

	// The hand calculation rounds the steps the network rounds: those whose recorded value is their
	// unrounded value rounded.
	const rounds = (s: Step) => {
		const h = handSteps.get(s.id);
		return !h || roundTo(h.unrounded, rounding) === h.value;
	};
	const theirs: Scenario = { given };
	const theirsByHand: Scenario | null = rounding ? { given, rounding, rounds } : null;
	const bases: Scenario[] = [theirs, {}, ...(theirsByHand ? [theirsByHand] : [])];
	const byTheirs = new Evaluator(graph, theirs);
	const byHand = theirsByHand ? new Evaluator(graph, theirsByHand) : null;

	const results = new Map<number, CheckResult>();
	const marked = new Map<string, AnswerRef>();
	const order = resolved
		.map((r, index) => ({ ...r, index }))
		.sort((a, b) => (a.id === null ? -1 : graph.order.get(a.id)!) - (b.id === null ? -1 : graph.order.get(b.id)!));

	for (const r of order) {
		const { answer, written } = r;
		const tolerance = toleranceOf(written);
		const base = { key: answer.key, given: answer.value, written, tolerance, recomputed: null, culprit: null, working: null, diagnoses: [] };
		if (r.id === null) {
			const notes = unknownNote(r.hint);
			results.set(r.index, { ...base, id: null, label: null, phase: null, expected: null, verdict: 'unknown', note: notes.en, notes });
			continue;
		}
		const id = r.id;
		const step = graph.byId.get(id) ?? null;
		const value = graph.exact(id);
		const exactText = showExact(value, written);
		const tolText = showTolerance(tolerance);
		const common = { ...base, id, label: exact.idToLabel[id] ?? id, phase: step ? step.phase : ('given' as const), expected: value };
		const ref = (verdict: CheckResult['verdict']): AnswerRef => ({ key: answer.key, id, given: answer.value, written, verdict });

		if (within(answer.value, value, tolerance)) {
			const notes = correctNote(exactText, tolText);
			results.set(r.index, { ...common, verdict: 'correct', note: notes.en, notes });
			marked.set(id, ref('correct'));
			continue;
		}

		// The earliest of the person's answers this one depends on that is not correct.
		let culprit: AnswerRef | null = null;
		let usedAnswers = false;
		if (step) {
			let best = Infinity;
			for (const a of graph.ancestors(id)) {
				if (given.has(a)) usedAnswers = true;
				const m = marked.get(a);
				const o = graph.order.get(a)!;
				if (m && m.verdict !== 'correct' && o < best) {
					best = o;
					culprit = m;
				}
			}
		}

		const fromTheirs = step ? byTheirs.unrounded(step) : null;
		const fromHand = step && byHand ? byHand.unrounded(step) : null;
		const carriedBy =
			fromTheirs !== null && within(answer.value, fromTheirs, tolerance)
				? { value: fromTheirs, hand: null }
				: fromHand !== null && within(answer.value, fromHand, tolerance)
					? { value: fromHand, hand: rounding }
					: null;
		if (carriedBy) {
			const notes = carriedNote(exactText, tolText, showExact(carriedBy.value, written), culprit, carriedBy.hand, usedAnswers);
			results.set(r.index, { ...common, verdict: 'carried', note: notes.en, notes, recomputed: carriedBy.value, culprit });
			marked.set(id, ref('carried'));
			continue;
		}

		const shown = step ? (handSteps.get(id) ?? step) : null;
		const working: Working | null = shown
			? { label: shown.label, formula: shown.formula, substituted: shown.substituted, value: shown.value }
			: null;
		const diagnoses = step
			? diagnose({ graph, net: exact.network, step, given: answer.value, tolerance, exact: value, bases, label })
			: [];
		const differs = fromTheirs !== null && !within(fromTheirs, value, tolerance / 10);
		const notes = wrongNote(
			exactText,
			tolText,
			differs ? showExact(fromTheirs, written) : null,
			culprit,
			working ? workingText(working, rounding) : null,
			step ? null : label(id),
			diagnoses
		);
		results.set(r.index, {
			...common,
			verdict: 'wrong',
			note: notes.en,
			notes,
			recomputed: differs ? fromTheirs : null,
			culprit,
			working,
			diagnoses
		});
		marked.set(id, ref('wrong'));
	}

	for (const [k, r] of resolved.entries()) {
		const result = results.get(k)!;
		if (!r.reading) continue;
		const notes = { en: `${r.reading.en}; ${result.notes.en}`, 'zh-TW': `${r.reading['zh-TW']}；${result.notes['zh-TW']}` };
		results.set(k, { ...result, notes, note: notes.en });
	}
	const list = resolved.map((_, k) => results.get(k)!);
	const summary = { correct: 0, carried: 0, wrong: 0, unknown: 0 };
	for (const r of list) summary[r.verdict]++;
	return { results: list, summary, allAccepted: list.every((r) => r.verdict === 'correct') };
}
