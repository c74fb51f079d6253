// Verdicts on the diagram: each drawn element (neuron, weight, bias, loss) takes the worst verdict of
// the answers about it (a neuron holds z, a, δ and ∂E/∂a; an edge its weight's gradient and update),
// so a wrong answer is never hidden behind a correct one at the same place.

import { VERDICTS, type CheckResult, type Verdict } from '$lib/engine/check';
import { elementOf } from '$lib/view/diagram/elements';

export { VERDICTS };

/** The icon shown with each verdict, so it never rests on colour alone. */
export const VERDICT_ICON: Record<Verdict, string> = { correct: '✓', imprecise: '≈', carried: '↪', wrong: '✗', unknown: '?' };

const SEVERITY: Record<Verdict, number> = { correct: 0, unknown: 1, imprecise: 2, carried: 3, wrong: 4 };

export function worse(a: Verdict, b: Verdict): Verdict {
	return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/** Diagram element key (n1-1, e2-1-1, b2, E) → the worst verdict of the answers drawn there. */
export function elementVerdicts(results: Iterable<CheckResult>): Map<string, Verdict> {
	const out = new Map<string, Verdict>();
	for (const r of results) {
		if (r.id === null) continue;
		const el = elementOf(r.id);
		if (!el) continue;
		const before = out.get(el.key);
		out.set(el.key, before ? worse(before, r.verdict) : r.verdict);
	}
	return out;
}
