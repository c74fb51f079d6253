// Smoothing a noisy training curve as TensorBoard does: an exponential moving average with weight
// w ∈ [0, 1) on the past, corrected for its start at zero (as Adam corrects its moments):
//   m_n = w · m_{n−1} + (1 − w) · y_n,  m_0 = 0,   s_n = m_n / (1 − wⁿ).
// Written as s_n = s_{n−1} + (y_n − s_{n−1}) · k_n with k_n = (1 − w) / (1 − wⁿ) ∈ (0, 1]: each
// s_n is a weighted mean of y_1 … y_n, so it stays between their least and greatest, a constant
// series stays that constant, and w = 0 gives the series back.

/** The strengths the charts offer (TensorBoard's slider runs from 0 to 0.99). */
export const SMOOTHING = { min: 0, max: 0.99, step: 0.01, initial: 0.6 } as const;

/**
 * The smoothed series: points that are null or not finite (and, with `log`, not positive) stay
 * null and are skipped by the average. With `log`, the average is taken of log10 y (a geometric
 * mean, for a log axis where the raw values span decades).
 */
export function smooth(ys: readonly (number | null)[], strength: number, log = false): (number | null)[] {
	const w = Math.min(SMOOTHING.max, Math.max(0, Number.isFinite(strength) ? strength : 0));
	const out: (number | null)[] = new Array(ys.length).fill(null);
	let s = 0;
	let wn = 1; // wⁿ
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < ys.length; i++) {
		const y = ys[i];
		if (y === null || !Number.isFinite(y) || (log && y <= 0)) continue;
		const v = log ? Math.log10(y) : y;
		lo = Math.min(lo, y);
		hi = Math.max(hi, y);
		wn *= w;
		const k = (1 - w) / (1 - wn);
		const next = s + (v - s) * k;
		// A weighted mean of s and v: clamped so that rounding cannot step outside them.
		s = k === 1 ? v : Math.min(Math.max(s, v), Math.max(Math.min(s, v), next));
		// 10^log10(y) need not be y to the last bit: held within the values seen.
		out[i] = log ? Math.min(hi, Math.max(lo, Math.pow(10, s))) : s;
	}
	return out;
}
