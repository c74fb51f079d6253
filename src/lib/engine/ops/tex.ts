// Small TeX helpers shared by the ops. Every builder takes strings that are either symbols
// (`H_1`, `z_{O_2}`, `\beta_1`) or numbers already formatted (`0.25`, `-0.07`), and writes the
// same formula for both, so a formula in symbols and its substituted twin line up term by term.

/** A formatted number: `0.25`, `-0.07`, `1.2 \times 10^{-5}`, `3`. */
export function isNumber(s: string): boolean {
	return /^-?(\d|\.\d)/.test(s.trim());
}

/** Wraps a string that starts with a minus sign in parentheses: `-0.07` → `(-0.07)`; `H_1` and `0.5` stay. */
export function paren(s: string): string {
	const t = s.trim();
	return t.startsWith('-') ? `(${t})` : t;
}

/**
 * True when `s` reads as one factor: no space or operator outside brackets, and no leading sign.
 * `H_1`, `z_{H_1}`, `0.25`, `\beta_1`, `\hat{m}_t`, `\frac{1}{2}` are atoms; `1 - a`, `-0.07`,
 * `\hat m`, `2 \times 10^{-3}` are not.
 */
export function isAtom(s: string): boolean {
	const t = s.trim();
	if (t === '' || t.startsWith('-') || t.startsWith('+')) return false;
	let depth = 0;
	for (const c of t) {
		if (c === '{' || c === '(' || c === '[') depth++;
		else if (c === '}' || c === ')' || c === ']') depth--;
		else if (depth === 0 && ' +-=/*,'.includes(c)) return false;
	}
	return true;
}

/** Parenthesises anything that is not a single factor: `1 - a` → `(1 - a)`, `-0.07` → `(-0.07)`. */
export function group(s: string): string {
	const t = s.trim();
	return isAtom(t) ? t : `\\left(${t}\\right)`;
}

/** An operand that may sit next to anything: atoms stay, `-0.5` → `(-0.5)`, `1 - a` → `\left(1 - a\right)`. */
export function operand(s: string): string {
	const t = s.trim();
	if (t.startsWith('-') && isAtom(t.slice(1))) return `(${t})`;
	return group(t);
}

/** `\frac{a}{b}`. */
export function frac(num: string, den: string): string {
	return `\\frac{${num.trim()}}{${den.trim()}}`;
}

/**
 * `base^{e}`, grouping the base when needed: `H_1^{2}`, `(-0.46)^{2}`, `\left(1 - a\right)^{2}`, and
 * `\left({H_1}^{(1)}\right)^{2}` for a base that already carries a superscript or is a fraction.
 */
export function pow(base: string, exponent: string): string {
	const b = base.trim();
	const wrap = hasTopLevel(b, '^') || /^\\[dt]?frac\{/.test(b);
	const g = b.startsWith('-') && isAtom(b.slice(1)) ? `(${b})` : wrap ? `\\left(${b}\\right)` : group(b);
	return `${g}^{${exponent.trim()}}`;
}

/** True when `c` occurs in `s` outside every bracket. */
function hasTopLevel(s: string, c: string): boolean {
	let depth = 0;
	for (const ch of s) {
		if (ch === '{' || ch === '(' || ch === '[') depth++;
		else if (ch === '}' || ch === ')' || ch === ']') depth--;
		else if (depth === 0 && ch === c) return true;
	}
	return false;
}

/**
 * A term that can stand as one factor of a product such as the chain rule's `… \cdot f'`: a sum or
 * difference is parenthesised (`1 - H_1^{2}` → `(1 - H_1^{2})`), a negative number too.
 */
export function factor(s: string): string {
	const t = s.trim();
	if (t.startsWith('-') && isAtom(t.slice(1))) return `(${t})`;
	if (t.startsWith('(') && matchingClose(t, 0) === t.length - 1) return t;
	const body = t.replace(/^[-+]/, '');
	return t !== body || hasTopLevel(body, '+') || hasTopLevel(body, '-') ? `(${t})` : t;
}

/** `\sqrt{s}`. */
export function sqrt(s: string): string {
	return `\\sqrt{${s.trim()}}`;
}

/** A factor that is a number, possibly grouped or squared: `0.5`, `(-0.5)`, `(-0.5)^{2}`, `\left(3 \times 10^{-4}\right)`. */
function numeric(f: string): boolean {
	const inner = f.replace(/^\\left\((.*)\\right\)$/, '$1').replace(/^\((.*)\)$/, '$1').trim();
	return (isNumber(inner) && !/ [+-] /.test(inner)) || /^\(-[\d.][^ ]*\)\^/.test(f);
}

/**
 * A product. Factors that are not single atoms are grouped; a number meets its neighbours with
 * `\cdot` (`0.48 \cdot (1 - 0.48)`, `0.9 \cdot (-0.03)`), symbols are juxtaposed (`H_1(1 - H_1)`,
 * `\beta_1 m`). A factor that is already parenthesised is left as it is.
 */
export function mul(...factors: string[]): string {
	let out = '';
	let prev = '';
	for (const raw of factors) {
		const f = factorize(raw);
		if (out === '') out = f;
		else if (numeric(prev) || numeric(f)) out += ' \\cdot ' + f;
		else if (f.startsWith('(') || f.startsWith('\\left(')) out += f;
		else out += ' ' + f;
		prev = f;
	}
	return out;
}

function factorize(s: string): string {
	const t = s.trim();
	if (t.startsWith('-') && isAtom(t.slice(1))) return `(${t})`;
	if (t.startsWith('(') && matchingClose(t, 0) === t.length - 1) return t;
	return group(t);
}

/** Index of the parenthesis closing the one opened at `open`, or -1. */
function matchingClose(s: string, open: number): number {
	let depth = 0;
	for (let i = open; i < s.length; i++) {
		if (s[i] === '(') depth++;
		else if (s[i] === ')') {
			depth--;
			if (depth === 0) return i;
		}
	}
	return -1;
}

/** The `·`-joined product, always with `\cdot`: `0.25 \cdot 0.48 \cdot (1 - 0.48)`. */
export function cdot(...factors: string[]): string {
	return factors.map(factorize).join(' \\cdot ');
}

/** `a - b` with b parenthesised when negative: `0.53 - (-0.07)`. */
export function minus(a: string, b: string): string {
	return `${a.trim()} - ${paren(b)}`;
}

/** `a + b` with b parenthesised when negative: `0.03 + (-0.01)`. */
export function plus(a: string, b: string): string {
	return `${a.trim()} + ${paren(b)}`;
}

/** A sum of terms, each after the first parenthesised when it starts with a minus sign. */
export function sum(terms: string[]): string {
	return terms.length === 0 ? '0' : terms.map((t, i) => (i === 0 ? t.trim() : paren(t))).join(' + ');
}

/** Splits a line `lhs = rhs` at its first top-level ` = `. */
export function splitLine(line: string): [string, string] {
	const i = line.indexOf(' = ');
	if (i < 0) throw new Error(`not an equation: ${line}`);
	return [line.slice(0, i), line.slice(i + 3)];
}
