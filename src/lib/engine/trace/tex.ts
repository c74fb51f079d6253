// Small TeX builders the trace shares: sums of products written in symbols and in numbers.

import { paren } from '../ops/tex';

/** Terms past this many are elided in the display (the value is always computed in full). */
export const MAX_SHOWN_TERMS = 8;

/** Joins terms with +, eliding the middle of long sums as `\cdots`. */
export function sum(terms: string[]): string {
	return sumOf(terms.length, (m) => terms[m]);
}

/**
 * `sum` of n terms written by `term(m)`, asking only for the terms it shows: a 256-sample mean or a
 * 64-input net input writes 4 of them, not all (the largest trace has 800,000 such steps).
 */
export function sumOf(n: number, term: (m: number) => string): string {
	if (n === 0) return '0';
	if (n <= MAX_SHOWN_TERMS) return Array.from({ length: n }, (_, m) => term(m)).join(' + ');
	return [term(0), term(1), term(2), '\\cdots', term(n - 1)].join(' + ');
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
