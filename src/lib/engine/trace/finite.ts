// A number too large for double precision (an overflow to ±∞, or ∞ − ∞ = NaN) is never a result:
// the trace stops at the first step, in the order a person computes, whose value is not finite, and
// says which quantity, its formula with the numbers that overflowed, and what to change.

import { texToText } from '../format/tex-text';
import { InputError } from '../spec/errors';
import type { Step } from './types';

const MAX_QUOTE = 240;

function quote(text: string): string {
	const plain = texToText(text);
	return plain.length > MAX_QUOTE ? `${plain.slice(0, MAX_QUOTE - 1)}…` : plain;
}

function hint(step: Step): string {
	if (step.phase === 'update') return 'lower the learning rate, or scale the inputs and targets down';
	if (step.phase === 'backward') return 'scale the inputs and targets down, or start from smaller weights';
	return 'scale the inputs, targets or weights down: the numbers exceed double precision (about 1.8 × 10^308)';
}

/** Throws an InputError at the first step whose value is not a finite number. */
export function assertFinite(steps: Step[]): void {
	for (const step of steps) {
		if (Number.isFinite(step.value)) continue;
		const what = Number.isNaN(step.value)
			? step.phase === 'update'
				? 'cannot be computed in double precision (an intermediate of the update overflows)'
				: 'is not a number'
			: `overflows to ${step.value > 0 ? '+' : '−'}∞`;
		throw new InputError(
			'',
			`${step.id} (${quote(step.label)}) ${what}: ${quote(step.formula)} = ${quote(step.substituted)}; ${hint(step)}`
		);
	}
}
