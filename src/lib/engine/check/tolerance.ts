// docs/checking.md's acceptance rule: an answer written with d decimals is accepted when it lies within one
// unit of its last decimal, 10^-d, of the value it is compared with. 0.56 is accepted for 0.5622
// (|0.56 − 0.5622| ≤ 0.01); 0.562 is not for 0.5637 (> 0.001).

import { decimalsOf } from '../format/round';

/** The written form of a number: as given, or the shortest form that reads back as the value. */
export function writtenForm(value: number, written?: string): string {
	return written ?? String(value);
}

/**
 * One unit in the last written decimal: "0.50" → 0.01, "3" → 1, "1.5e-3" → 0.0001. Past 323
 * decimals (5e-324) the unit is 1e-323, the smallest a double can hold, never 0.
 */
export function toleranceOf(written: string): number {
	const d = Math.min(decimalsOf(written), 323);
	return Number(`1e${-d}`);
}

/**
 * |given − x| ≤ tol, with room for the binary error of the subtraction itself (0.57 − 0.56 is
 * 0.010000000000000009 in doubles, yet exactly one unit on paper).
 */
export function within(given: number, x: number, tol: number): boolean {
	if (!Number.isFinite(x)) return false;
	const slack = 1e-9 * tol + 4 * Number.EPSILON * Math.max(Math.abs(given), Math.abs(x));
	return Math.abs(given - x) <= tol + slack;
}
