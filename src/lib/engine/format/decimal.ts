// A finite double as the decimal a person writes: the shortest string that reads back as the same
// double (what `String(x)` gives), held as an integer digit string D and a power of ten e, so that
// the value is ±D × 10^e exactly. Rounding and printing work on these digits, never on binary
// floating point: 1.005 is the digits 1005 × 10^-3, and rounding it to 2 decimals gives 1.01,
// where `(1.005).toFixed(2)` gives "1.00" because the double nearest 1.005 lies just below it.

export interface Decimal {
	negative: boolean;
	/** Digits without leading zeros; "0" for zero. Trailing zeros are removed (folded into `exp`). */
	digits: string;
	/** The power of ten of the last digit. */
	exp: number;
}

const SHORTEST = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The shortest round-trip decimal of a finite double (`String(x)`, exponent forms included). */
export function toDecimal(x: number): Decimal {
	if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
	const m = SHORTEST.exec(String(x));
	if (!m) throw new Error(`unexpected number form: ${String(x)}`);
	const [, sign, int, frac = '', e = '0'] = m;
	return normalise({ negative: sign === '-', digits: int + frac, exp: Number(e) - frac.length });
}

/** Strips leading and trailing zeros; zero is always positive `0 × 10^0`. */
export function normalise(d: Decimal): Decimal {
	let digits = d.digits.replace(/^0+/, '');
	let exp = d.exp;
	const trimmed = digits.replace(/0+$/, '');
	exp += digits.length - trimmed.length;
	digits = trimmed;
	if (digits === '') return { negative: false, digits: '0', exp: 0 };
	return { negative: d.negative, digits, exp };
}

export function isZero(d: Decimal): boolean {
	return d.digits === '0';
}

/** The power of ten of the leading digit: 0.0616 → -2, 235 → 2. */
export function leadingPower(d: Decimal): number {
	return d.exp + d.digits.length - 1;
}

/** Adds one to a string of decimal digits: "0.99" has digits "099"... → "100". */
function increment(digits: string): string {
	const chars = digits.split('');
	for (let i = chars.length - 1; i >= 0; i--) {
		if (chars[i] === '9') chars[i] = '0';
		else {
			chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
			return chars.join('');
		}
	}
	return '1' + chars.join('');
}

/**
 * Rounds to a multiple of 10^p, half away from zero: the kept digits, plus one in the last kept
 * place when the first dropped digit is 5 or more (any later digits only push further from the
 * half-way point, so the first dropped digit decides).
 */
export function roundToPower(d: Decimal, p: number): Decimal {
	if (d.exp >= p) return d;
	const drop = p - d.exp;
	const keepCount = d.digits.length - drop;
	if (keepCount < 0) return normalise({ negative: false, digits: '0', exp: 0 });
	const kept = d.digits.slice(0, keepCount);
	const first = d.digits.charAt(keepCount);
	const digits = first >= '5' ? increment(kept === '' ? '0' : kept) : kept;
	return normalise({ negative: d.negative, digits: digits === '' ? '0' : digits, exp: p });
}

/** Reads the digits back as the nearest double (JS number parsing is correctly rounded). */
export function toNumber(d: Decimal): number {
	if (isZero(d)) return 0;
	return Number(`${d.negative ? '-' : ''}${d.digits}e${d.exp}`);
}

/** Fixed notation with exactly `decimals` digits after the point (d must already be a multiple of 10^-decimals). */
export function toFixedString(d: Decimal, decimals: number): string {
	if (d.exp < -decimals) throw new RangeError('round before printing with fewer decimals');
	const places = Math.max(decimals, 0);
	// All digits, padded with zeros down to the 10^-places position.
	let all = d.digits + '0'.repeat(d.exp + places);
	if (all.length <= places) all = '0'.repeat(places - all.length + 1) + all;
	const int = all.slice(0, all.length - places);
	const frac = all.slice(all.length - places);
	const body = places > 0 ? `${int}.${frac}` : int;
	return d.negative && !isZero(d) ? `-${body}` : body;
}
