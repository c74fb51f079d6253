// Axis ticks for the training charts: d3's "nice" linear ticks, and on a log axis the powers of ten
// the range spans (every second or third one across many decades), labelled 10⁻⁵ … 10.

import { ticks } from 'd3';
import { plain } from './format';

export interface Tick {
	/** Where the tick sits, on the axis's own scale (log10 of the value on a log axis). */
	at: number;
	label: string;
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** 10 to the power n, written as people write it: 10⁻⁵, 10⁰ as 1, 10¹ as 10. */
export function powerOfTen(n: number): string {
	if (n === 0) return '1';
	if (n === 1) return '10';
	return `10${String(n).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
}

/**
 * About `count` ticks between lo and hi (lo ≤ hi, both finite). With `log`, lo and hi are log10 of
 * the values: the ticks are the whole powers of ten between them, or linear ticks of the values
 * when the range spans less than a decade.
 */
export function axisTicks(lo: number, hi: number, log: boolean, count = 5): Tick[] {
	if (!(Number.isFinite(lo) && Number.isFinite(hi)) || hi < lo) return [];
	// d3's ticks throw on a range of a few ulps (it asks for an array of 10^300 places): one tick then.
	if (hi - lo <= 1e-12 * Math.max(1, Math.abs(lo), Math.abs(hi))) return [{ at: lo, label: plain(log ? Math.pow(10, lo) : lo, 3) }];
	if (!log) return increasing(ticks(lo, hi, count).filter((v) => v >= lo && v <= hi).map((v) => ({ at: v, label: plain(v, 3) })));
	const first = Math.ceil(lo - 1e-9);
	const last = Math.floor(hi + 1e-9);
	if (last - first < 1) {
		// Widened by a hair: 10^log10(8) is 7.999999999999998.
		const values = ticks(Math.pow(10, lo) * (1 - 1e-9), Math.pow(10, hi) * (1 + 1e-9), count).filter((v) => v > 0);
		return increasing(values.map((v) => ({ at: Math.min(hi, Math.max(lo, Math.log10(v))), label: plain(v, 3) })));
	}
	// Every power up to 8 of them; past that every second, third, …
	const step = Math.max(1, Math.ceil((last - first + 1) / 8));
	const out: Tick[] = [];
	for (let n = first; n <= last; n += step) out.push({ at: n, label: powerOfTen(n) });
	return out;
}

/** Ticks with no two at the same place (a range of a few ulps rounds several onto one). */
function increasing(list: Tick[]): Tick[] {
	return list.filter((t, i) => i === 0 || t.at > list[i - 1].at);
}
