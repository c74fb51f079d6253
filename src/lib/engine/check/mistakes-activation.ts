// Mistakes in δ = ∂E/∂a · f′(z), the activation's derivative: left out, the activation itself in its
// place (σ for σ′), or another activation's derivative (σ′ = a(1 − a) for tanh, whose is 1 − a²).

import type { ActivationName } from '../spec/types';
import type { Step } from '../trace/types';
import { changed, deltaLayers, isDelta, layerOf, layersText, layerVariants, type Marking, type Mistake, type MistakeValue } from './mistake';
import type { Scenario } from './recompute';
import type { Notes } from './types';

/** The derivative as a person writes it, for the layers' activation (all alike), else f′(z). */
function derivativeText(m: Marking, ls: number[]): string {
	const names = new Set(ls.map((l) => m.net.layers[l - 1].activation.name));
	if (names.size === 1 && names.has('sigmoid')) return 'σ′(z) = a(1 − a)';
	if (names.size === 1 && names.has('tanh')) return 'tanh′(z) = 1 − a²';
	return 'f′(z)';
}

/**
 * δ recomputed in layers `ls` by `rule(∂E/∂a, a)`; variants for all the layers together and each alone.
 * Only δ steps of the form ∂E/∂a · f′(z) (their first dependency ∂E/∂a) are changed.
 */
function deltaVariants(
	m: Marking,
	base: Scenario,
	layers: number[],
	rule: (g: number, a: number) => number,
	notes: (ls: number[]) => Notes
): MistakeValue[] {
	return layerVariants(layers).flatMap((ls) =>
		changed(
			m,
			base,
			{
				step: (s: Step, args: number[]) => {
					if (!isDelta(s) || !ls.includes(layerOf(s.id) as number) || !s.dependsOn[0]?.startsWith('dE/da[')) return undefined;
					const a = s.dependsOn.findIndex((d) => d.startsWith('a['));
					return a < 0 ? undefined : rule(args[0], args[a]);
				}
			},
			notes(ls)
		)
	);
}

/** δ written as ∂E/∂a, without the activation's derivative. */
export const activationDerivativeForgotten: Mistake = {
	kind: 'activation-derivative-forgotten',
	values(m, base) {
		return deltaVariants(m, base, deltaLayers(m), (g) => g, (ls) => {
			const where = layersText(m, ls);
			const fp = derivativeText(m, ls);
			return {
				en: `matches δ taken as ∂E/∂a in ${where.en}, without the activation's derivative ${fp} (δ = ∂E/∂a · f′(z))`,
				'zh-TW': `與「${where['zh-TW']}的 δ 直接用 ∂E/∂a，漏乘激勵函數的導數 ${fp}」相符（δ = ∂E/∂a · f′(z)）`
			};
		});
	}
};

/** δ = ∂E/∂a · f(z): the activation itself where its derivative belongs (σ for σ′). */
export const activationInsteadOfDerivative: Mistake = {
	kind: 'activation-instead-of-derivative',
	values(m, base) {
		return deltaVariants(m, base, deltaLayers(m), (g, a) => g * a, (ls) => {
			const where = layersText(m, ls);
			const sigmoid = ls.every((l) => m.net.layers[l - 1].activation.name === 'sigmoid');
			const f = sigmoid ? 'σ(z) = a' : 'f(z) = a';
			return {
				en: `matches the activation ${f} used in ${where.en} where its derivative ${derivativeText(m, ls)} belongs (δ = ∂E/∂a · f′(z), not ∂E/∂a · f(z))`,
				'zh-TW': `與「${where['zh-TW']}用了激勵函數本身 ${f}，而不是它的導數 ${derivativeText(m, ls)}」相符（δ = ∂E/∂a · f′(z)，不是 ∂E/∂a · f(z)）`
			};
		});
	}
};

/** The derivative another activation has, in terms of its output a: tanh's σ′ = a(1 − a), sigmoid's 1 − a². */
const CONFUSED: Partial<Record<ActivationName, { rule: (a: number) => number; text: string; right: string; name: string }>> = {
	tanh: { rule: (a) => a * (1 - a), text: 'σ′ = a(1 − a)', right: 'tanh′ = 1 − a²', name: 'tanh' },
	sigmoid: { rule: (a) => 1 - a * a, text: 'tanh′ = 1 − a²', right: 'σ′ = a(1 − a)', name: 'sigmoid' }
};

export const wrongActivationDerivative: Mistake = {
	kind: 'wrong-activation-derivative',
	values(m, base) {
		const out: MistakeValue[] = [];
		for (const [name, c] of Object.entries(CONFUSED)) {
			const layers = deltaLayers(m).filter((l) => m.net.layers[l - 1].activation.name === name);
			out.push(
				...deltaVariants(m, base, layers, (g, a) => g * c!.rule(a), (ls) => {
					const where = layersText(m, ls);
					return {
						en: `matches ${c!.text} taken as the derivative of ${c!.name} in ${where.en}, where ${c!.right} belongs`,
						'zh-TW': `與「${where['zh-TW']}把 ${c!.text} 當成 ${c!.name} 的導數」相符；應為 ${c!.right}`
					};
				})
			);
		}
		return out;
	}
};
