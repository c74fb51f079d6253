// The one rounding policy (docs/network-file.md): on the decimal value as a person writes it, half away from zero.
// 0.075 → 0.08, -0.075 → -0.08, 1.005 → 1.01, 2.675 → 2.68 — although the doubles nearest these
// decimals lie just below them, which is what trips `toFixed` and `Math.round(x * 100) / 100`.

import type { Rounding } from '../spec/types';
import { leadingPower, roundToPower, toDecimal, toNumber, type Decimal } from './decimal';

function checkRounding(r: Rounding): void {
	if ('decimals' in r) {
		if (!Number.isInteger(r.decimals)) throw new RangeError(`decimals must be an integer: ${r.decimals}`);
	} else if (!Number.isInteger(r.significant) || r.significant < 1) {
		throw new RangeError(`significant must be a positive integer: ${r.significant}`);
	}
}

/** x as a decimal rounded by `r` (kept exact as digits, for printing). */
export function roundDecimal(x: number, r: Rounding): Decimal {
	checkRounding(r);
	let d = toDecimal(x);
	// A computed value carries binary noise in its 16th–17th digits: 0.285 − 0.2 is
	// 0.08499999999999996, which a person writes 0.085 and rounds to 0.09. Where the rounding keeps
	// fewer than 15 significant digits, read the value to 15 digits first.
	const read = Number(x.toPrecision(NOISE_FREE_DIGITS));
	if (leadingPower(d) - targetPower(d, r) + 1 < NOISE_FREE_DIGITS && Number.isFinite(read)) d = toDecimal(read);
	return roundToPower(d, targetPower(d, r));
}

/** Significant digits of a double that arithmetic noise does not reach. */
export const NOISE_FREE_DIGITS = 15;

/** The power of ten the rounding keeps down to; s significant digits keep s − 1 places below the leading one. */
function targetPower(d: Decimal, r: Rounding): number {
	return 'decimals' in r ? -r.decimals : leadingPower(d) - r.significant + 1;
}

/**
 * x rounded as a person rounds it: `{decimals: d}` to d places after the point, `{significant: s}`
 * to s significant digits, half away from zero on the shortest decimal that reads back as x.
 * Arithmetic noise past the 15th significant digit is ignored (see roundDecimal).
 * `null` (no rounding) and non-finite values return x unchanged; a zero result is +0. Where the
 * rounded decimal is beyond the largest double (1.7976931348623157e308 to 2 significant digits is
 * 1.8e308), x is returned unchanged rather than infinity.
 */
export function roundTo(x: number, r: Rounding | null): number {
	if (r === null || !Number.isFinite(x)) return x;
	const y = toNumber(roundDecimal(x, r));
	return Number.isFinite(y) ? y : x;
}

const WRITTEN = /^\s*[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/;

/**
 * How many decimals a written number has: the place of its last written digit after the point.
 * "0.50" → 2, "3" → 0, "-0.070" → 3, "1e-3" → 3, "1.5e-3" → 4, "2.5e3" → 0. Trailing zeros count:
 * writing 0.50 claims two decimals (docs/checking.md).
 */
export function decimalsOf(written: string): number {
	const m = WRITTEN.exec(written);
	if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) {
		throw new RangeError(`not a written number: ${JSON.stringify(written)}`);
	}
	const fracLength = (m[2] ?? '').length;
	const exponent = m[3] === undefined ? 0 : Number(m[3]);
	return Math.max(0, fracLength - exponent);
}
