// How a weight looks: thickness by magnitude relative to the largest weight shown, colour by sign in
// a colour-blind-safe pair (blue for positive, orange for negative), and dashes for negative weights
// so the sign never rests on colour alone.

export interface EdgeStyle {
	width: number;
	sign: 'pos' | 'neg' | 'zero';
	dash: string | null;
}

export const MIN_WIDTH = 1;
export const MAX_WIDTH = 6;

export function maxMagnitude(values: Iterable<number>): number {
	let m = 0;
	for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
	return m;
}

export function edgeStyle(w: number, max: number): EdgeStyle {
	const share = max > 0 && Number.isFinite(w) ? Math.min(1, Math.abs(w) / max) : 0;
	const width = Math.round((MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * share) * 10) / 10;
	if (w < 0) return { width, sign: 'neg', dash: '7 4' };
	return { width, sign: w > 0 ? 'pos' : 'zero', dash: w === 0 ? '2 4' : null };
}
