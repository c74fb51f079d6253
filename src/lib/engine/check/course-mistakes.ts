// The course sheet's own mistake, as it appears in the course's style of working: a hidden
// weight's line written as (δw_5 + δw_6) · H_1(1 − H_1) · x_1, the gradients of the weights leaving
// the neuron added where ∂Error/∂O · ∂O/∂O_in · w belongs inside the bracket.

import { activationOp } from '../ops';
import type { Marking, Mistake } from './mistake';
import { Evaluator } from './recompute';
import { ids } from '../trace/ids';

const WEIGHT_GRADIENT = /^dE\/dw\[(\d+)\]\[(\d+)\]\[(\d+)\]$/;

export const courseWeightGradientsSummed: Mistake = {
	kind: 'weight-gradients-summed',
	values(m: Marking, base) {
		const match = WEIGHT_GRADIENT.exec(m.id);
		const L = m.net.layers.length;
		if (m.net.style !== 'course' || !match || m.net.samples.length > 1) return [];
		const [l, i, k] = [Number(match[1]), Number(match[2]), Number(match[3])];
		if (l !== L - 1) return [];
		const value = new Evaluator(m.graph, base).value;
		const above = m.net.layers[l];
		let summed = 0;
		for (let j = 1; j <= above.size; j++) summed += value(`dE/dw[${l + 1}][${j}][${i}]`);
		const layer = m.net.layers[l - 1];
		const act = layer.activation;
		const a = value(ids.a(l, i));
		const input = l === 1 ? ids.a(0, k) : ids.a(l - 1, k);
		const prev = (n: number) => value(l === 1 ? ids.a(0, n) : ids.a(l - 1, n));
		let z = layer.biases == null ? 0 : typeof layer.biases === 'number' ? layer.biases : layer.biases[i - 1];
		layer.weights[i - 1].forEach((w, n) => (z += w * prev(n + 1)));
		const slope = activationOp(act.name).df(z, a, act, layer.alphas?.[i - 1]);
		const grads = Array.from({ length: above.size }, (_, j) => `δ${m.label(ids.w(l + 1, j + 1, i))}`).join(' + ');
		const h = m.label(ids.a(l, i));
		return [
			{
				value: summed * slope * value(input),
				notes: {
					en: `matches adding the weight gradients (${grads}) inside the bracket, where ∂Error/∂O · ∂O/∂O_in · w of each path belongs: ∂Error/∂${h} back-propagates δ·w, not ∂Error/∂w`,
					'zh-TW': `與「在括號裡把權重梯度 (${grads}) 相加」的結果相符；括號裡應是每條路徑的 ∂Error/∂O · ∂O/∂O_in · w。∂Error/∂${h} 反向傳導的是 δ·w，不是 ∂Error/∂w`
				}
			}
		];
	}
};
