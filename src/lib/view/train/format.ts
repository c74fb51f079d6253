// Numbers in plain text (not TeX): 4 significant digits, exponent notation outside [10⁻³, 10⁵).

export function plain(x: number | null | undefined, digits = 4): string {
	if (x == null || Number.isNaN(x)) return '–';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
	if (x === 0) return '0';
	const a = Math.abs(x);
	if (a >= 1e-3 && a < 1e5) return String(Number(x.toPrecision(digits)));
	return x.toExponential(digits - 1).replace('e+', 'e');
}
