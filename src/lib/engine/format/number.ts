// How every number is written, in TeX and in plain text, from the one rounding policy (./round.ts).
//
// - {decimals: d}: fixed, exactly d decimals, as the course writes them: 0.5 → "0.50", -0.07 → "-0.07".
// - {significant: s}: s significant digits, trailing zeros kept (0.5 → "0.500" for s = 3); beyond
//   10^15 or below 10^-6 in scientific form.
// - no rounding: a display value for derivations: up to 4 decimals, trailing zeros trimmed
//   (0.5622, 0.25, -0.0684), "2.0" for a non-integer that shows as a whole number, and scientific
//   form with up to 4 significant digits below 0.001 or from 10^9 on (1.23 × 10^-5).
// Negative zero, and a negative number that rounds to zero, print without a sign. The minus is ASCII
// '-' everywhere (KaTeX typesets it as a minus sign).

import type { Rounding } from '../spec/types';
import { isZero, leadingPower, roundToPower, toDecimal, toFixedString, type Decimal } from './decimal';
import { roundDecimal } from './round';

type Style = 'tex' | 'plain';

const DISPLAY_DECIMALS = 4;
const DISPLAY_SIGNIFICANT = 4;

function scientific(d: Decimal, mantissaDecimals: number | null, style: Style): string {
	const p = leadingPower(d);
	const mantissa: Decimal = { negative: d.negative, digits: d.digits, exp: d.exp - p };
	const m = toFixedString(mantissa, mantissaDecimals ?? Math.max(0, -mantissa.exp));
	return style === 'tex' ? `${m} \\times 10^{${p}}` : `${m}e${p}`;
}

function nonFinite(x: number, style: Style): string {
	if (Number.isNaN(x)) return style === 'tex' ? '\\mathrm{NaN}' : 'NaN';
	const sign = x < 0 ? '-' : '';
	return sign + (style === 'tex' ? '\\infty' : '∞');
}

function display(x: number, style: Style): string {
	const d = toDecimal(x);
	if (isZero(d)) return '0';
	const p = leadingPower(d);
	if (p < -3 || p >= 9) return scientific(roundToPower(d, p - DISPLAY_SIGNIFICANT + 1), null, style);
	const r = roundToPower(d, -DISPLAY_DECIMALS);
	const text = toFixedString(r, Math.max(0, -r.exp));
	return Number.isInteger(x) || text.includes('.') ? text : `${text}.0`;
}

function significant(x: number, s: number, style: Style): string {
	const d = roundDecimal(x, { significant: s });
	if (isZero(d)) return '0';
	const p = leadingPower(d);
	if (p < -6 || p >= 15) return scientific(d, s - 1, style);
	return toFixedString(d, Math.max(0, s - 1 - p));
}

function format(x: number, r: Rounding | null, style: Style): string {
	if (!Number.isFinite(x)) return nonFinite(x, style);
	if (r === null) return display(x, style);
	if ('decimals' in r) return toFixedString(roundDecimal(x, r), r.decimals);
	return significant(x, r.significant, style);
}

/** x for TeX (KaTeX-renderable): "0.50", "-0.07", "1.23 \times 10^{-5}". */
export function formatTex(x: number, r: Rounding | null): string {
	return format(x, r, 'tex');
}

/** x for plain text: as `formatTex` but scientific form as "1.23e-5". */
export function formatPlain(x: number, r: Rounding | null): string {
	return format(x, r, 'plain');
}

/** The engine's number format: TeX-safe (same as `formatTex`). */
export function formatNumber(x: number, r: Rounding | null): string {
	return format(x, r, 'tex');
}

/** A given number exactly as the file has it (its shortest decimal), never rounded: "0.5", "-0.07", "1 \times 10^{-7}". */
export function formatExactTex(x: number): string {
	if (!Number.isFinite(x)) return nonFinite(x, 'tex');
	const d = toDecimal(x);
	const p = leadingPower(d);
	if (isZero(d)) return '0';
	return p < -6 || p >= 21 ? scientific(d, null, 'tex') : toFixedString(d, Math.max(0, -d.exp));
}

/** As `formatExactTex`, with "1e-7" for the scientific form. */
export function formatExactPlain(x: number): string {
	if (!Number.isFinite(x)) return nonFinite(x, 'plain');
	const d = toDecimal(x);
	const p = leadingPower(d);
	if (isZero(d)) return '0';
	return p < -6 || p >= 21 ? scientific(d, null, 'plain') : toFixedString(d, Math.max(0, -d.exp));
}
