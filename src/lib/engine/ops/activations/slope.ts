// The piecewise-linear family leaky_relu, prelu and rrelu: f(x) = x for x ≥ 0 and αx for x < 0,
// f′(x) = 1 for x ≥ 0 (so f′(0) = 1, docs/maths.md) and α for x < 0. They differ only in where α comes from.

import type { Activation } from '../../spec/types';
import { factor, isNumber, mul } from '../tex';

export function slopeF(x: number, alpha: number): number {
	return x >= 0 ? x : alpha * x;
}

export function slopeDf(x: number, alpha: number): number {
	return x >= 0 ? 1 : alpha;
}

export function slopeDefinition(name: string): string {
	return `\\mathrm{${name}}(x) = \\begin{cases} x & x \\ge 0 \\\\ \\alpha x & x < 0 \\end{cases}`;
}

export function slopeDerivativeDefinition(name: string): string {
	return `\\mathrm{${name}}'(x) = \\begin{cases} 1 & x \\ge 0 \\\\ \\alpha & x < 0 \\end{cases}`;
}

/**
 * f applied: with a number the branch taken (`-0.5` → `0.01 \cdot (-0.5)`); with a symbol
 * `\max(\alpha z, z)`, which equals f for α ≤ 1 (and `\min` for α > 1).
 */
export function slopeApply(arg: string, alphaTex: string | undefined, alphaValue: number): string {
	const a = alphaTex ?? '\\alpha';
	if (isNumber(arg)) return parseFloat(arg) >= 0 || Object.is(parseFloat(arg), -0) ? arg : mul(a, arg);
	return `\\${alphaValue <= 1 ? 'max' : 'min'}(${mul(a, arg)}, ${arg})`;
}

export function slopeDerivative(x: number, alphaTex: string | undefined): string {
	return x >= 0 ? '1' : factor(alphaTex ?? '\\alpha');
}

/** α for one neuron: the caller's value, else the activation's, else the default. */
export function resolveAlpha(act: Activation, alpha: number | undefined, fallback: number): number {
	return alpha ?? act.alpha ?? fallback;
}
