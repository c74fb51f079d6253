// Common mistakes, each recomputed from the trace: a mistake is a change to one local rule (or to
// what a rule reads), and the mistaken value of the answered quantity follows by recomputing the
// graph with that change. A diagnosis holds when the given answer lies within its tolerance of the
// mistaken value and the mistake is visible at that precision (it moves the value by more than the
// tolerance), so a lucky near-zero never "explains" anything.

import type { Network } from '../spec/types';
import type { Step } from '../trace/types';
import { texToPlain } from './plain';
import { Evaluator, type Graph, type Scenario } from './recompute';
import { within } from './tolerance';
import { courseWeightGradientsSummed } from './course-mistakes';
import type { Marking, Mistake } from './mistake';
import type { Diagnosis, MistakeKind, Notes } from './types';


const LAYER = /^(?:dE\/d)?(?:a|z|delta)\[(\d+)\]\[(\d+)\](?:@(\d+))?$/;

function layerOf(id: string): number | null {
	const m = LAYER.exec(id);
	return m ? Number(m[1]) : null;
}

const isDelta = (s: Step) => s.id.startsWith('delta[');
const isHiddenDa = (s: Step, L: number) => s.id.startsWith('dE/da[') && (layerOf(s.id) ?? L) < L;
const isOutputDa = (s: Step, L: number) => s.id.startsWith('dE/da[') && layerOf(s.id) === L;

/** Runs `base` with a changed rule and returns the marked step's mistaken value. */
function run(m: Marking, base: Scenario, change: Pick<Scenario, 'step' | 'read'>): number {
	return new Evaluator(m.graph, { ...base, ...change }).unrounded(m.step);
}

/** The hidden neurons (layer l, 1 ≤ l < L) whose ∂E/∂a the marked step reads, nearest first. */
function hiddenDaAncestors(m: Marking): Step[] {
	const L = m.net.layers.length;
	const anc = m.graph.ancestors(m.step.id);
	if (isHiddenDa(m.step, L)) anc.add(m.step.id);
	return [...anc]
		.map((id) => m.graph.byId.get(id))
		.filter((s): s is Step => !!s && isHiddenDa(s, L))
		.sort((a, b) => (m.graph.order.get(b.id) ?? 0) - (m.graph.order.get(a.id) ?? 0));
}

/** Layers (1-based) whose δ the marked step reads, or is. */
function deltaLayers(m: Marking): number[] {
	const anc = m.graph.ancestors(m.step.id);
	anc.add(m.step.id);
	const layers = new Set<number>();
	for (const id of anc) if (id.startsWith('delta[')) layers.add(layerOf(id) as number);
	return [...layers].filter((l) => m.net.layers[l - 1].activation.name !== 'softmax').sort((a, b) => b - a);
}

/** The course sheet's mistake: ∂E/∂a of a hidden neuron taken as the sum of the gradients of the weights leaving it. */
const weightGradientsSummed: Mistake = {
	kind: 'weight-gradients-summed',
	values(m, base) {
		const hidden = hiddenDaAncestors(m);
		if (hidden.length === 0) return [];
		const sums = (s: Step, value: (id: string) => number): number | undefined => {
			const match = /^dE\/da\[(\d+)\]\[(\d+)\](@\d+)?$/.exec(s.id);
			if (!match) return undefined;
			const [l, i, at = ''] = [Number(match[1]), Number(match[2]), match[3]];
			let total = 0;
			for (let j = 1; j <= m.net.layers[l].size; j++) {
				const g = `dE/dw[${l + 1}][${j}][${i}]`;
				const id = m.graph.byId.has(g + at) ? g + at : g;
				if (!m.graph.byId.has(id)) return undefined;
				total += value(id);
			}
			return total;
		};
		const near = hidden[0];
		const match = /^dE\/da\[(\d+)\]\[(\d+)\]/.exec(near.id)!;
		const [l, i] = [Number(match[1]), Number(match[2])];
		const next = m.net.layers[l].size;
		const grads = Array.from({ length: next }, (_, j) => `∂E/∂${m.label(`w[${l + 1}][${j + 1}][${i}]`)}`).join(' + ');
		const right = Array.from(
			{ length: next },
			(_, j) => `${m.label(`delta[${l + 1}][${j + 1}]`)}·${m.label(`w[${l + 1}][${j + 1}][${i}]`)}`
		).join(' + ');
		const a = m.label(`a[${l}][${i}]`);
		const notes: Notes = {
			en: `matches adding the weight gradients ${grads} where the deltas times the weights, ${right}, belong: ∂E/∂${a} back-propagates δ·w, not ∂E/∂w`,
			'zh-TW': `與「把權重梯度 ${grads} 相加」的結果相符；正確應為 δ 乘以權重：${right}。∂E/∂${a} 反向傳導的是 δ·w，不是 ∂E/∂w`
		};
		return [{ value: run(m, base, { step: (s, _args, value) => (isHiddenDa(s, m.net.layers.length) ? sums(s, value) : undefined) }), notes }];
	}
};

/** δ written as ∂E/∂a, without the activation's derivative. */
const activationDerivativeForgotten: Mistake = {
	kind: 'activation-derivative-forgotten',
	values(m, base) {
		const layers = deltaLayers(m);
		if (layers.length === 0) return [];
		const variants = layers.length > 1 ? [layers, ...layers.map((l) => [l])] : [layers];
		const L = m.net.layers.length;
		return variants.map((ls) => {
			const where = ls.map((l) => (l === L ? 'the output layer' : `hidden layer ${l}`)).join(' and ');
			const whereZh = ls.map((l) => (l === L ? '輸出層' : `第 ${l} 隱藏層`)).join('與');
			const sigmoid = ls.every((l) => m.net.layers[l - 1].activation.name === 'sigmoid');
			const fp = sigmoid ? "σ′(z) = a(1 − a)" : "f′(z)";
			return {
				value: run(m, base, {
					step: (s, args) => (isDelta(s) && ls.includes(layerOf(s.id) as number) && s.dependsOn[0]?.startsWith('dE/da[') ? args[0] : undefined)
				}),
				notes: {
					en: `matches δ taken as ∂E/∂a in ${where}, without the activation's derivative ${fp} (δ = ∂E/∂a · ${sigmoid ? 'σ′(z)' : 'f′(z)'})`,
					'zh-TW': `與「${whereZh}的 δ 直接用 ∂E/∂a，漏乘激勵函數的導數 ${fp}」相符（δ = ∂E/∂a · ${sigmoid ? 'σ′(z)' : 'f′(z)'}）`
				}
			};
		});
	}
};

/** The loss derivative off by 2: the ½ of ½(y − a)² missing, or the 2 of (y − a)² dropped. */
const lossFactorTwo: Mistake = {
	kind: 'loss-factor-two',
	values(m, base) {
		if (!['half_sse', 'sse', 'mse'].includes(m.net.loss)) return [];
		const L = m.net.layers.length;
		const isLoss = m.step.phase === 'loss';
		const anc = m.graph.ancestors(m.step.id);
		const reads = isLoss || [...anc].some((id) => { const s = m.graph.byId.get(id); return !!s && isOutputDa(s, L); }) || isOutputDa(m.step, L);
		if (!reads) return [];
		const scale = (f: number) =>
			run(m, base, {
				step: (s, args) =>
					(isLoss ? s.phase === 'loss' && s.dependsOn.some((d) => d.startsWith('y[')) : isOutputDa(s, L)) ? f * s.evaluate(args) : undefined
			});
		const what = isLoss ? 'the loss' : 'the loss derivative ∂E/∂a';
		const whatZh = isLoss ? '損失' : '損失的導數 ∂E/∂a';
		const half = m.net.loss === 'half_sse';
		return [
			{
				value: scale(2),
				notes: half
					? { en: `matches ${what} without the ½ of E = ½Σ(y − a)² (an extra factor 2: ∂E/∂a = a − y)`, 'zh-TW': `與「${whatZh}漏掉 E = ½Σ(y − a)² 的 ½」相符（多乘了 2：∂E/∂a = a − y）` }
					: { en: `matches ${what} taken twice as large`, 'zh-TW': `與「${whatZh}多乘了 2」相符` }
			},
			{
				value: scale(0.5),
				notes: half
					? { en: `matches ${what} taken half as large (an extra ½)`, 'zh-TW': `與「${whatZh}多乘了 ½」相符` }
					: { en: `matches ${what} without the factor 2 from differentiating (y − a)² (∂/∂a (y − a)² = 2(a − y))`, 'zh-TW': `與「${whatZh}漏掉微分 (y − a)² 得到的 2」相符（∂/∂a (y − a)² = 2(a − y)）` }
			}
		];
	}
};

/** Back-propagating through the updated weights w′ instead of the weights the forward pass used. */
const updatedWeightInBackprop: Mistake = {
	kind: 'updated-weight-in-backprop',
	values(m, base) {
		if (hiddenDaAncestors(m).length === 0) return [];
		return [
			{
				value: run(m, base, {
					read: (s, dep, value) =>
						s.id.startsWith('dE/da[') && dep.startsWith('w[') && m.graph.byId.has(`${dep}'`) ? value(`${dep}'`) : undefined
				}),
				notes: {
					en: 'matches back-propagating through the updated weights w′: the backward pass uses the weights of the forward pass, before any update',
					'zh-TW': '與「反向傳導時用了更新後的權重 w′」相符：反向傳導應使用正向傳導時（更新前）的權重'
				}
			}
		];
	}
};

/** The parameter of an update step θ′ (its first dependency, θ). */
function updated(m: Marking): string | null {
	return m.step.phase === 'update' && m.step.id.endsWith("'") ? m.step.dependsOn[0] : null;
}

const oldWeight: Mistake = {
	kind: 'old-weight',
	values(m, base) {
		const theta = updated(m);
		if (!theta) return [];
		const p = m.label(theta);
		return [
			{
				value: new Evaluator(m.graph, base).value(theta),
				notes: {
					en: `this is ${p} before the update (the old value); ${p}′ = ${p} − η·∂E/∂${p}`,
					'zh-TW': `這是更新前（舊的）${p}；${p}′ = ${p} − η·∂E/∂${p}`
				}
			}
		];
	}
};

/** θ + Δ/η: the update without the learning rate (every optimizer's first step is proportional to η). */
const learningRateMissing: Mistake = {
	kind: 'learning-rate-missing',
	values(m, base) {
		const theta = updated(m);
		const eta = m.net.optimizer.learningRate;
		if (!theta || eta === 1 || eta === 0) return [];
		const ev = new Evaluator(m.graph, base);
		const t = ev.value(theta);
		const p = m.label(theta);
		return [
			{
				value: t + (ev.unrounded(m.step) - t) / eta,
				notes: {
					en: `matches the update without the learning rate η = ${eta} (${p}′ = ${p} − ∂E/∂${p} instead of ${p} − η·∂E/∂${p})`,
					'zh-TW': `與「更新時漏乘學習率 η = ${eta}」相符（寫成 ${p} − ∂E/∂${p}，應為 ${p} − η·∂E/∂${p}）`
				}
			}
		];
	}
};

/** θ − Δ: the step added instead of subtracted (moving up the gradient). */
const learningRateAdded: Mistake = {
	kind: 'learning-rate-added',
	values(m, base) {
		const theta = updated(m);
		if (!theta) return [];
		const ev = new Evaluator(m.graph, base);
		const t = ev.value(theta);
		const p = m.label(theta);
		return [
			{
				value: t - (ev.unrounded(m.step) - t),
				notes: {
					en: `matches adding the step instead of subtracting it (${p} + η·∂E/∂${p}): gradient descent moves against the gradient`,
					'zh-TW': `與「把更新量加上去而不是減掉」相符（${p} + η·∂E/∂${p}）：梯度下降要朝梯度的反方向走`
				}
			}
		];
	}
};

const signSlip: Mistake = {
	kind: 'sign-slip',
	values(m, base) {
		if (updated(m)) return [];
		return [
			{
				value: -new Evaluator(m.graph, base).unrounded(m.step),
				notes: { en: 'matches the right value with the wrong sign (a sign slip)', 'zh-TW': '與正確值只差正負號相符（正負號錯誤）' }
			}
		];
	}
};

/** Most specific first: the list a wrong answer is tried against, in the order reported. */
export const MISTAKES: readonly Mistake[] = [
	// Only for an updated parameter θ′, where they are the most direct explanation.
	oldWeight,
	learningRateMissing,
	learningRateAdded,
	weightGradientsSummed,
	courseWeightGradientsSummed,
	activationDerivativeForgotten,
	lossFactorTwo,
	updatedWeightInBackprop,
	signSlip
];

/** The common mistakes that reproduce the given answer, each named once, most specific first. */
export function diagnose(m: Marking, mistakes: readonly Mistake[] = MISTAKES): Diagnosis[] {
	const found: Diagnosis[] = [];
	for (const mistake of mistakes) {
		let hit: Diagnosis | null = null;
		for (const base of m.bases) {
			for (const v of mistake.values(m, base)) {
				const visible = !within(v.value, m.exact, m.tolerance);
				if (visible && within(m.given, v.value, m.tolerance)) {
					hit = { kind: mistake.kind, value: v.value, notes: v.notes };
					break;
				}
			}
			if (hit) break;
		}
		if (hit) found.push(hit);
	}
	return found;
}

export type { Marking, Mistake };

/** A label in plain text (`\delta_{O_1}` → `δ_O_1`). */
export function plainLabel(idToLabel: Record<string, string>, id: string): string {
	const base = id.replace(/@\d+$/, '');
	return texToPlain(idToLabel[id] ?? idToLabel[`${base}@1`]?.replace(/^\{(.*)\}\^\{\(1\)\}$/, '$1') ?? idToLabel[base] ?? id);
}
