// Mistakes in the loss and in what the output's error is measured against: the factor 2 of the
// squared error, the target's sign slipped (O − 0.07 for a target of −0.07), and a bias shared by a
// layer's neurons, whose gradient is the sum of their deltas, averaged or taken from one neuron.

import { changed, isOutputDa, type Marking, type Mistake, type MistakeValue } from './mistake';
import type { Step } from '../trace/types';
import { ids } from '../trace/ids';

/** The loss derivative off by 2: the ½ of ½(y − a)² missing, or the 2 of (y − a)² dropped. */
export const lossFactorTwo: Mistake = {
	kind: 'loss-factor-two',
	values(m, base) {
		if (!['half_sse', 'sse', 'mse'].includes(m.net.loss) || !m.step) return [];
		const L = m.net.layers.length;
		const isLoss = m.step.phase === 'loss';
		const anc = m.graph.ancestors(m.id);
		const outputDa = [...anc, m.id].some((id) => {
			const s = m.graph.byId.get(id);
			return !!s && isOutputDa(s, L);
		});
		if (!isLoss && !outputDa) return [];
		const what = isLoss ? { en: 'the loss', zh: '損失' } : { en: 'the loss derivative ∂E/∂a', zh: '損失的導數 ∂E/∂a' };
		const half = m.net.loss === 'half_sse';
		const scale = (f: number) => ({
			step: (s: Step, args: number[]) =>
				(isLoss ? s.phase === 'loss' && s.dependsOn.some((d) => d.startsWith('y[')) : isOutputDa(s, L)) ? f * s.evaluate(args) : undefined
		});
		return [
			...changed(
				m,
				base,
				scale(2),
				half
					? { en: `matches ${what.en} without the ½ of E = ½Σ(y − a)² (an extra factor 2: ∂E/∂a = a − y)`, 'zh-TW': `與「${what.zh}漏掉 E = ½Σ(y − a)² 的 ½」相符（多乘了 2：∂E/∂a = a − y）` }
					: { en: `matches ${what.en} taken twice as large`, 'zh-TW': `與「${what.zh}多乘了 2」相符` }
			),
			...changed(
				m,
				base,
				scale(0.5),
				half
					? { en: `matches ${what.en} taken half as large (an extra ½)`, 'zh-TW': `與「${what.zh}多乘了 ½」相符` }
					: { en: `matches ${what.en} without the factor 2 from differentiating (y − a)² (∂/∂a (y − a)² = 2(a − y))`, 'zh-TW': `與「${what.zh}漏掉微分 (y − a)² 得到的 2」相符（∂/∂a (y − a)² = 2(a − y)）` }
			)
		];
	}
};

/** The targets the marked step reads, that are not zero (a slipped sign shows). */
function targetsRead(m: Marking): string[] {
	return [...m.graph.ancestors(m.id)].filter((id) => /^y\[/.test(id) && m.graph.exact(id) !== 0).sort();
}

/** A target read with the wrong sign: a − 0.07 where y = −0.07 gives a + 0.07. */
export const targetSignSlip: Mistake = {
	kind: 'target-sign-slip',
	values(m, base) {
		const ys = targetsRead(m);
		const variants = ys.length > 1 ? [ys, ...ys.map((y) => [y])] : ys.length === 1 ? [ys] : [];
		return variants.flatMap((slipped) => {
			const which = slipped.map((y) => `${m.label(y)} = ${m.graph.exact(y)}`).join(', ');
			return changed(
				m,
				base,
				{ read: (s, dep, value) => (slipped.includes(dep) ? -value(dep) : undefined) },
				{
					en: `matches the target's sign slipped (${which} read as ${slipped.map((y) => -m.graph.exact(y)).join(', ')})`,
					'zh-TW': `與「目標值的正負號弄反」相符（${which} 誤用為 ${slipped.map((y) => -m.graph.exact(y)).join('、')}）`
				}
			);
		});
	}
};

/** Shared biases (one per layer) whose gradient the marked step reads: their layer and size. */
function sharedBiases(m: Marking): { id: string; l: number; size: number }[] {
	const anc = m.graph.ancestors(m.id);
	anc.add(m.id);
	const out: { id: string; l: number; size: number }[] = [];
	for (const id of anc) {
		const match = /^dE\/db\[(\d+)\]$/.exec(id);
		if (!match || !m.graph.byId.has(id)) continue;
		const l = Number(match[1]);
		const size = m.net.layers[l - 1].size;
		if (size > 1) out.push({ id, l, size });
	}
	return out;
}

/** The gradient of a shared bias taken as the mean of the layer's deltas, where their sum belongs. */
export const sharedBiasAveraged: Mistake = {
	kind: 'shared-bias-averaged',
	values(m, base) {
		return sharedBiases(m).flatMap(({ id, size }) => {
			const b = m.label(id.slice(4));
			return changed(
				m,
				base,
				{ step: (s, args) => (s.id === id ? s.evaluate(args) / size : undefined) },
				{
					en: `matches the gradient of the shared bias ${b} taken as the mean of its ${size} neurons' deltas: ${b} feeds each of them, so ∂E/∂${b} is their sum`,
					'zh-TW': `與「共用偏差值 ${b} 的梯度取 ${size} 個神經元 δ 的平均」相符：${b} 連到每一個神經元，所以 ∂E/∂${b} 是它們的總和`
				}
			);
		});
	}
};

/** The gradient of a shared bias taken as one neuron's delta, as if each neuron had a bias of its own. */
export const sharedBiasOneDelta: Mistake = {
	kind: 'shared-bias-one-delta',
	values(m, base) {
		if (m.net.samples.length > 1) return [];
		const out: MistakeValue[] = [];
		for (const { id, l, size } of sharedBiases(m)) {
			const b = m.label(id.slice(4));
			for (let j = 1; j <= size; j++) {
				const delta = ids.delta(l, j);
				if (!m.graph.byId.has(delta)) continue;
				out.push(
					...changed(
						m,
						base,
						{ step: (s, _args, value) => (s.id === id ? value(delta) : undefined) },
						{
							en: `matches the gradient of the shared bias ${b} taken as ${m.label(delta)} alone: ${b} feeds all ${size} neurons of the layer, so ∂E/∂${b} is the sum of their deltas`,
							'zh-TW': `與「共用偏差值 ${b} 的梯度只取 ${m.label(delta)}」相符：${b} 連到該層全部 ${size} 個神經元，所以 ∂E/∂${b} 是它們 δ 的總和`
						}
					)
				);
			}
		}
		return out;
	}
};
