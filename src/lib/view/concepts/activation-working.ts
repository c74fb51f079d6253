// An activation's definition and derivative in TeX, and both evaluated at one x with the numbers
// put in: the engine's own TeX (the same the lab's steps show).

import { activationOp, softmaxTex } from '$lib/engine/ops';
import { negativeSlope, scalarActivation, type TabledActivation } from '$lib/engine/ops/properties';
import { formatTex } from '$lib/engine/format/number';
import type { Activation } from '$lib/engine/spec/types';

export interface ActivationWorking {
	definition: string;
	derivative: string;
	/** f(x) and f′(x) at the probe, numbers substituted. */
	substituted: [string, string];
}

export function activationWorking(act: Activation & { name: TabledActivation }, probe: number): ActivationWorking {
	const scalar = scalarActivation(act);
	const xs = formatTex(probe, null);
	const fs = formatTex(scalar.f(probe), null);
	const dfs = formatTex(scalar.df(probe), null);
	if (act.name === 'softmax') {
		const a = scalar.f(probe);
		const as = [formatTex(a, null), formatTex(1 - a, null)];
		return {
			definition: softmaxTex.definition,
			derivative: softmaxTex.derivativeDefinition,
			substituted: [`a_1 = ${softmaxTex.apply(0, [xs, '0'])} = ${fs}`, `\\frac{\\partial a_1}{\\partial z_1} = ${softmaxTex.backward(0, as, ['1', '0'])} = ${dfs}`]
		};
	}
	const op = activationOp(act.name);
	const alpha = negativeSlope(act);
	const al = alpha === null ? undefined : formatTex(alpha, null);
	return {
		definition: op.tex.definition(act),
		derivative: op.tex.derivativeDefinition(act),
		substituted: [`f(${xs}) = ${op.tex.apply(xs, act, al)} = ${fs}`, `f'(${xs}) = ${op.tex.derivative(xs, fs, act, probe, al)} = ${dfs}`]
	};
}
