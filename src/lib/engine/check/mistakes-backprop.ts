// Mistakes in what the backward pass adds up and reads: the gradients of the weights leaving a
// neuron added where δ·w belongs (the course sheet's), the updated weights w′ read in place of the
// forward pass's, and two weights of a layer swapped in the forward pass (w_2 for w_3).

import type { Step } from '../trace/types';
import { changed, isHiddenDa, type Marking, type Mistake, type MistakeValue } from './mistake';
import type { Notes } from './types';
import { ids } from '../trace/ids';

/** The hidden neurons (layer l, 1 ≤ l < L) whose ∂E/∂a the marked step reads, nearest first. */
export function hiddenDaAncestors(m: Marking): Step[] {
	const L = m.net.layers.length;
	const anc = m.graph.ancestors(m.id);
	if (m.step && isHiddenDa(m.step, L)) anc.add(m.id);
	return [...anc]
		.map((id) => m.graph.byId.get(id))
		.filter((s): s is Step => !!s && isHiddenDa(s, L))
		.sort((a, b) => (m.graph.order.get(b.id) ?? 0) - (m.graph.order.get(a.id) ?? 0));
}

/** ∂E/∂a of a hidden neuron taken as the sum of the gradients of the weights leaving it. */
export const weightGradientsSummed: Mistake = {
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
		const match = /^dE\/da\[(\d+)\]\[(\d+)\]/.exec(hidden[0].id)!;
		const [l, i] = [Number(match[1]), Number(match[2])];
		const next = m.net.layers[l].size;
		const w = (j: number) => m.label(ids.w(l + 1, j + 1, i));
		const grads = Array.from({ length: next }, (_, j) => `∂E/∂${w(j)}`).join(' + ');
		const right = Array.from({ length: next }, (_, j) => `${m.label(ids.delta(l + 1, j + 1))}·${w(j)}`).join(' + ');
		const a = m.label(ids.a(l, i));
		const notes: Notes = {
			en: `matches adding the weight gradients ${grads} where the deltas times the weights, ${right}, belong: ∂E/∂${a} back-propagates δ·w, not ∂E/∂w`,
			'zh-TW': `與「把權重梯度 ${grads} 相加」的結果相符；正確應為 δ 乘以權重：${right}。∂E/∂${a} 反向傳導的是 δ·w，不是 ∂E/∂w`
		};
		const L = m.net.layers.length;
		return changed(m, base, { step: (s, _args, value) => (isHiddenDa(s, L) ? sums(s, value) : undefined) }, notes);
	}
};

/** Back-propagating through the updated weights w′ instead of the weights the forward pass used. */
export const updatedWeightInBackprop: Mistake = {
	kind: 'updated-weight-in-backprop',
	values(m, base) {
		if (hiddenDaAncestors(m).length === 0) return [];
		return changed(
			m,
			base,
			{
				read: (s, dep, value) =>
					s.id.startsWith('dE/da[') && dep.startsWith('w[') && m.graph.byId.has(`${dep}'`) ? value(`${dep}'`) : undefined
			},
			{
				en: 'matches back-propagating through the updated weights w′: the backward pass uses the weights of the forward pass, before any update',
				'zh-TW': '與「反向傳導時用了更新後的權重 w′」相符：反向傳導應使用正向傳導時（更新前）的權重'
			}
		);
	}
};

/** Pairs of weights of one layer with their indices swapped, w[l][j][i] and w[l][i][j], that the marked step reads. */
function swappablePairs(m: Marking): [string, string][] {
	const pairs: [string, string][] = [];
	m.net.layers.forEach((layer, li) => {
		const l = li + 1;
		for (let j = 1; j <= layer.weights.length; j++) {
			for (let i = j + 1; i <= layer.weights[j - 1].length; i++) {
				if (i > layer.weights.length) continue;
				const a = ids.w(l, j, i);
				const b = ids.w(l, i, j);
				if (layer.weights[j - 1][i - 1] !== layer.weights[i - 1][j - 1]) pairs.push([a, b]);
			}
		}
	});
	const anc = m.graph.ancestors(m.id);
	return pairs.filter(([a, b]) => anc.has(a) || anc.has(b));
}

/** Two weights of a layer swapped in the forward pass: each neuron's net input read with the other's weight. */
export const weightsSwapped: Mistake = {
	kind: 'weights-swapped',
	values(m, base) {
		const out: MistakeValue[] = [];
		for (const [a, b] of swappablePairs(m)) {
			const [la, lb] = [m.label(a), m.label(b)];
			const [ca, cb] = [connection(m, a), connection(m, b)];
			const notes: Notes = {
				en: `matches ${la} and ${lb} swapped in the forward pass: ${la} = ${leaf(m, a)} connects ${ca.en}, ${lb} = ${leaf(m, b)} connects ${cb.en}`,
				'zh-TW': `與「正向傳導時把 ${la} 與 ${lb} 對調」相符：${la} = ${leaf(m, a)} 連接 ${ca['zh-TW']}，${lb} = ${leaf(m, b)} 連接 ${cb['zh-TW']}`
			};
			out.push(
				...changed(
					m,
					base,
					{ read: (s, dep, value) => (s.phase !== 'forward' ? undefined : dep === a ? value(b) : dep === b ? value(a) : undefined) },
					notes
				)
			);
		}
		return out;
	}
};

const leaf = (m: Marking, id: string) => String(m.graph.exact(id));

/** w[l][j][i] connects input i of layer l (a[l−1][i]) to its neuron j (a[l][j]). */
function connection(m: Marking, id: string): Notes {
	const [l, j, i] = (/^w\[(\d+)\]\[(\d+)\]\[(\d+)\]$/.exec(id) ?? []).slice(1).map(Number);
	const from = m.label(ids.a(l - 1, i));
	const to = m.label(ids.a(l, j));
	return { en: `${from} to ${to}`, 'zh-TW': `${from} 與 ${to}` };
}
