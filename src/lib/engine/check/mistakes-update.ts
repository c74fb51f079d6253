// Mistakes in an update θ′ = θ − η·∂E/∂θ: the old value written for the new one, the learning rate
// left out, and the step added instead of subtracted (which also makes an accepted update ambiguous
// when η·|∂E/∂θ| is below the answer's last decimal).

import { Evaluator } from './recompute';
import type { Marking, Mistake } from './mistake';

/** The parameter of an update step θ′ (its first dependency, θ). */
export function updated(m: Marking): string | null {
	return m.step && m.step.phase === 'update' && m.id.endsWith("'") ? m.step.dependsOn[0] : null;
}

export const oldWeight: Mistake = {
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
export const learningRateMissing: Mistake = {
	kind: 'learning-rate-missing',
	values(m, base) {
		const theta = updated(m);
		const eta = m.net.optimizer.learningRate;
		if (!theta || !m.step || eta === 1 || eta === 0) return [];
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
export const learningRateAdded: Mistake = {
	kind: 'learning-rate-added',
	values(m, base) {
		const theta = updated(m);
		if (!theta || !m.step) return [];
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
