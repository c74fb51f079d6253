// Common mistakes, each recomputed from the trace: a mistake is a change to one local rule (or to
// what a rule reads), and the mistaken value of the answered quantity follows by recomputing the
// graph with that change. A diagnosis holds when
// - the given answer lies within its tolerance of the mistaken value,
// - the mistake is visible at that precision (it moves the value by more than the tolerance), so a
//   lucky near-zero never "explains" anything, and
// - the person's own earlier answers do not contradict it: a mistake that would have changed an
//   earlier answer of theirs (∂E/∂O_1 doubled by a missing ½) is not offered when that answer shows
//   they did not make it (their ∂E/∂O_1 is the right one).
// Each kind is named once; a sign slip, the least specific, only when nothing else explains the number.

import { texToText } from '../format/tex-text';
import { courseWeightGradientsSummed } from './course-mistakes';
import type { Change, Marking, Mistake, MistakeValue } from './mistake';
import { activationDerivativeForgotten, activationInsteadOfDerivative, wrongActivationDerivative } from './mistakes-activation';
import { updatedWeightInBackprop, weightGradientsSummed, weightsSwapped } from './mistakes-backprop';
import { lossFactorTwo, sharedBiasAveraged, sharedBiasOneDelta, targetSignSlip } from './mistakes-loss';
import { learningRateAdded, learningRateMissing, oldWeight } from './mistakes-update';
import { signSlip, valueOfAnotherQuantity } from './mistakes-value';
import { Evaluator, type Scenario } from './recompute';
import { within } from './tolerance';
import type { Diagnosis } from './types';

/** Most specific first: the list a wrong answer is tried against, in the order reported. */
export const MISTAKES: readonly Mistake[] = [
	// Only for an updated parameter θ′, where they are the most direct explanation.
	oldWeight,
	learningRateMissing,
	learningRateAdded,
	// The course's own wording first for a course-style network (the same kind: named once).
	courseWeightGradientsSummed,
	weightGradientsSummed,
	sharedBiasAveraged,
	sharedBiasOneDelta,
	activationDerivativeForgotten,
	activationInsteadOfDerivative,
	wrongActivationDerivative,
	lossFactorTwo,
	targetSignSlip,
	weightsSwapped,
	updatedWeightInBackprop,
	valueOfAnotherQuantity,
	signSlip
];

/**
 * Does a person's earlier answer show they did not make this change? True when the change moves an
 * answered quantity this step depends on by more than that answer's tolerance, and their answer is
 * not the moved value. Each answered quantity is recomputed from its own inputs in `base`.
 */
function contradicted(m: Marking, base: Scenario, change: Change): boolean {
	const right = new Evaluator(m.graph, base);
	const mistaken = new Evaluator(m.graph, { ...base, ...change });
	const upstream = m.graph.ancestors(m.id);
	for (const [id, answer] of m.answers) {
		const step = m.graph.byId.get(id);
		if (id === m.id || !step || !upstream.has(id)) continue;
		const before = right.unrounded(step);
		const after = mistaken.unrounded(step);
		if (!within(after, before, answer.tolerance) && !within(answer.value, after, answer.tolerance)) return true;
	}
	return false;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The common mistakes that reproduce the given answer, each named once, most specific first. */
export function diagnose(m: Marking, mistakes: readonly Mistake[] = MISTAKES): Diagnosis[] {
	const found: Diagnosis[] = [];
	const holds = (base: Scenario, v: MistakeValue) =>
		!within(v.value, m.exact, m.tolerance) &&
		within(m.given, v.value, m.tolerance) &&
		!(v.change && contradicted(m, base, v.change));
	for (const mistake of mistakes) {
		if (found.some((d) => d.kind === mistake.kind)) continue;
		if (mistake.kind === 'sign-slip' && found.length > 0) continue;
		let hit: Diagnosis | null = null;
		for (const base of m.bases) {
			for (const v of mistake.values(m, base)) {
				// Another quantity's value that a more specific mistake already gives says nothing new.
				if (mistake.kind === 'value-of-another-quantity' && found.some((d) => same(d.value, v.value))) continue;
				if (holds(base, v)) {
					hit = { kind: mistake.kind, value: v.value, notes: v.notes, ...(v.means ? { means: v.means } : {}) };
					break;
				}
			}
			if (hit) break;
		}
		if (hit) found.push(hit);
	}
	return found;
}

/** Correct answers: the mistakes the number cannot be told from at its precision (an update's sign). */
export function ambiguities(m: Marking): Diagnosis[] {
	// The exact values first: the other value is shown beside the exact one.
	for (const base of [{}, ...m.bases]) {
		for (const v of learningRateAdded.values(m, base)) {
			if (!same(v.value, m.exact) && within(m.given, v.value, m.tolerance)) {
				return [{ kind: 'learning-rate-added', value: v.value, notes: v.notes }];
			}
		}
	}
	return [];
}

export type { Marking, Mistake };

/** A label in plain text, as `solve` writes it (`\delta_{O_1}` → `δ_O1`); a sample's own label without its (k). */
export function plainLabel(idToLabel: Record<string, string>, id: string): string {
	const base = id.replace(/@\d+$/, '');
	return texToText(idToLabel[id] ?? idToLabel[`${base}@1`]?.replace(/^\{(.*)\}\^\{\(1\)\}$/, '$1') ?? idToLabel[base] ?? id);
}
