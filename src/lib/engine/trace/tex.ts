// Small TeX builders the trace shares: sums of products written in symbols and in numbers.

import { paren } from '../ops/tex';

/** Terms past this many are elided in the display (the value is always computed in full). */
export const MAX_SHOWN_TERMS = 8;

/** Joins terms with +, eliding the middle of long sums as `\cdots`. */
export function sum(terms: string[]): string {
	if (terms.length === 0) return '0';
	const shown =
		terms.length > MAX_SHOWN_TERMS ? [...terms.slice(0, 3), '\\cdots', terms[terms.length - 1]] : terms;
	return shown.join(' + ');
}

/** A product of symbols: `w_5\,H_1`. */
export function symProduct(...factors: string[]): string {
	return factors.join('\\,');
}

/** A product of numbers: `0.1 \cdot 0.56`, negative ones in parentheses. */
export function numProduct(...factors: string[]): string {
	return factors.map(paren).join(' \\cdot ');
}

/** A product of chain-rule factors: `\frac{∂E}{∂O_1} \cdot \frac{∂O_1}{∂z_{O_1}}`. */
export function chain(...factors: string[]): string {
	return factors.join(' \\cdot ');
}

/**
 * A constant of the network (a learning rate, a penalty, a fixed slope) as TeX: never rounded by
 * the hand-rounding policy, at most 6 significant digits, exponents as `\times 10^{k}`.
 */
export function texConstant(x: number): string {
	const s = String(Number(x.toPrecision(6)));
	const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
	return m ? `${m[1]} \\times 10^{${Number(m[2])}}` : s;
}
