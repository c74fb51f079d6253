// The numbers rules of a variant (docs/exercises.md): how a value is written at the network's
// rounding, and how far it lies from a rounding tie (…5 in the first dropped digit), where honest
// hand rounding could go either way.

import { DEFAULT_DECIMALS } from '../check/precision';
import { roundTo } from '../format/round';
import type { Rounding } from '../spec/types';

/** The rounding answers are written to: the network's, else the checker's default of 2 decimals. */
export function answerRounding(r: Rounding | null): Rounding {
	return r ?? { decimals: DEFAULT_DECIMALS };
}

/** The unit of the last kept digit of x at rounding r: 10^-d, or the s-th significant digit's place. */
export function unitOf(x: number, r: Rounding): number {
	if ('decimals' in r) return 10 ** -r.decimals;
	if (x === 0) return 0;
	return 10 ** (Math.floor(Math.log10(Math.abs(x))) - r.significant + 1);
}

/**
 * How far x lies from the nearest rounding tie, in units of its last kept digit: 0 at a tie, 0.5
 * at a representable value. The rule asks for at least 0.01, i.e. 10^-(d+2) for d decimals.
 */
export function tieDistance(x: number, r: Rounding): number {
	const unit = unitOf(x, r);
	if (unit === 0 || !Number.isFinite(x)) return 0.5;
	const scaled = Math.abs(x) / unit;
	return Math.abs(scaled - Math.floor(scaled) - 0.5);
}

export const TIE_MARGIN = 0.01;

/** x rounded and written as a person writes it at rounding r: 0.50, not 0.5, for two decimals. */
export function writeRounded(x: number, r: Rounding): string {
	const y = roundTo(x, r);
	if ('decimals' in r) return y.toFixed(r.decimals);
	if (y === 0) return '0';
	const decimals = Math.max(0, r.significant - 1 - Math.floor(Math.log10(Math.abs(y))));
	return y.toFixed(Math.min(decimals, 20));
}
