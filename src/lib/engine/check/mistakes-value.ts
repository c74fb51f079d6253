// An answer that is the value of another quantity: of its swapped partner (∂E/∂w_3 written as
// ∂E/∂w_2, when w_2 and w_3 are one layer's weights with their indices swapped), of the updated
// parameter written under the old one's name (w_8 = 0.76 for w_8′), or of the step just before or
// after it (O_1 written as its net input). And, least specific, the right value with its sign slipped.

import type { KeySuggestion, Notes } from './types';
import { Evaluator } from './recompute';
import type { Marking, Mistake, MistakeValue } from './mistake';
import { updated } from './mistakes-update';
import { within } from './tolerance';

const W_FAMILY = /^(dE\/d)?w\[(\d+)\]\[(\d+)\]\[(\d+)\](')?$/;

/** The same quantity of the weight with its two indices swapped (w_3 for w_2), if there is one. */
function partnerOf(m: Marking): string | null {
	const match = W_FAMILY.exec(m.id);
	if (!match || match[3] === match[4]) return null;
	const p = `${match[1] ?? ''}w[${match[2]}][${match[4]}][${match[3]}]${match[5] ?? ''}`;
	return m.graph.byId.has(p) || p in m.graph.trace.leaves ? p : null;
}

/** The weights themselves behind a quantity of the w family: `w_2 and w_3`. */
function weightsOf(m: Marking, a: string, b: string): string {
	const bare = (id: string) => id.replace(/^dE\/d/, '').replace(/'$/, '');
	return `${m.label(bare(a))} and ${m.label(bare(b))}`;
}

interface Candidate {
	id: string;
	notes: Notes;
	/** False when the person's own answers rule the candidate out. */
	plausible: (value: number) => boolean;
}

function candidates(m: Marking): Candidate[] {
	const out: Candidate[] = [];
	const me = m.label(m.id);
	const yes = () => true;
	const partner = partnerOf(m);
	if (partner) {
		const pair = weightsOf(m, m.id, partner);
		const theirs = m.answers.get(partner);
		out.push({
			id: partner,
			notes: {
				en: `this is the value of ${m.label(partner)}: are ${pair} swapped?`,
				'zh-TW': `這是 ${m.label(partner)} 的值：是不是把 ${pair.replace(' and ', ' 和 ')} 對調了？`
			},
			// A swap goes both ways: their answer for the partner, if any, must be this quantity's value.
			plausible: (mine) => !theirs || within(theirs.value, mine, theirs.tolerance)
		});
	}
	if (!m.step && m.graph.byId.has(`${m.id}'`)) {
		const next = `${m.id}'`;
		out.push({
			id: next,
			notes: {
				en: `this is the updated value ${m.label(next)}: did you mean ${m.keyOf(next)}?`,
				'zh-TW': `這是更新後的 ${m.label(next)} 的值：你是不是要寫 ${m.keyOf(next)}？`
			},
			plausible: yes
		});
	}
	// Neighbours among the steps the person writes (a course sheet has no z or δ line to copy from).
	const own = m.sheet.byId.get(m.id);
	if (!own) return out;
	const theta = updated(m);
	for (const dep of own.dependsOn) {
		if (dep === theta || !m.sheet.byId.has(dep)) continue;
		out.push({
			id: dep,
			notes: { en: `this is the value of ${m.label(dep)}, the step before ${me}`, 'zh-TW': `這是前一步 ${m.label(dep)} 的值，不是 ${me}` },
			plausible: yes
		});
	}
	for (const s of m.sheet.trace.steps) {
		if (!s.dependsOn.includes(m.id)) continue;
		out.push({
			id: s.id,
			notes: { en: `this is the value of ${m.label(s.id)}, the step after ${me}`, 'zh-TW': `這是下一步 ${m.label(s.id)} 的值，不是 ${me}` },
			plausible: yes
		});
	}
	return out;
}

export const valueOfAnotherQuantity: Mistake = {
	kind: 'value-of-another-quantity',
	values(m, base) {
		// The steps after this one are read without the answer being marked, or it would explain itself.
		const given = base.given && new Map([...base.given].filter(([id]) => id !== m.id));
		const ev = new Evaluator(m.graph, { ...base, given });
		const mine = m.step ? ev.unrounded(m.step) : m.exact;
		const out: MistakeValue[] = [];
		for (const c of candidates(m)) {
			if (!c.plausible(mine)) continue;
			const step = m.graph.byId.get(c.id);
			const means: KeySuggestion = { key: m.keyOf(c.id), id: c.id, why: 'value' };
			out.push({ value: step ? ev.unrounded(step) : m.graph.exact(c.id), notes: c.notes, means });
		}
		return out;
	}
};

export const signSlip: Mistake = {
	kind: 'sign-slip',
	values(m, base) {
		if (updated(m)) return [];
		const value = m.step ? new Evaluator(m.graph, base).unrounded(m.step) : m.exact;
		return [{ value: -value, notes: { en: 'matches the right value with the wrong sign (a sign slip)', 'zh-TW': '與正確值只差正負號相符（正負號錯誤）' } }];
	}
};
