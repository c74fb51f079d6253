// The precision floor: an answer must be written to at least the precision the network asks for
// (its `rounding`, else 2 decimals; the caller may set another number of decimals). Above the floor,
// the written form sets the tolerance as before (./tolerance.ts); below it an answer never counts as
// correct, so "1" for 0.4769 (within ±1) is no loophole. An answer that is exactly the exact value
// is correct however it is written: 0 for a gradient that is exactly 0, 0.1 for the file's w_5 = 0.1.

import { decimalsOf } from '../format/round';
import type { Network } from '../spec/types';
import type { Notes, PrecisionRule } from './types';

export const DEFAULT_DECIMALS = 2;

/** The rule for a network: `minDecimals` if given, else its rounding, else 2 decimals. */
export function precisionRule(net: Network, minDecimals?: number): PrecisionRule {
	if (minDecimals !== undefined) return { decimals: minDecimals, source: 'option' };
	const r = net.rounding;
	if (r && 'decimals' in r) return { decimals: r.decimals, source: 'network' };
	if (r && 'significant' in r) return { significant: r.significant, source: 'network' };
	return { decimals: DEFAULT_DECIMALS, source: 'default' };
}

/** The fewest decimals an answer for `exact` must have: s significant digits of 0.0346 are 4 decimals for s = 3. */
export function requiredDecimals(rule: PrecisionRule, exact: number): number {
	if ('decimals' in rule) return Math.max(0, rule.decimals);
	if (exact === 0 || !Number.isFinite(exact)) return 0;
	return Math.max(0, rule.significant - 1 - Math.floor(Math.log10(Math.abs(exact))));
}

export function writtenDecimals(written: string): number {
	return decimalsOf(written);
}

/** The given number is the exact value itself (up to the doubles' noise), whatever its written form. */
export function isExactly(given: number, exact: number): boolean {
	return Math.abs(given - exact) <= 1e-12 * Math.max(1, Math.abs(exact));
}

const WHY = {
	network: { en: 'as the network asks', 'zh-TW': '依網路檔的要求' },
	default: { en: 'the default where the network does not round', 'zh-TW': '網路檔未指定四捨五入時的預設' },
	option: { en: 'as asked (minimum decimals)', 'zh-TW': '依指定的最少小數位數' }
} as const;

/** The rule in words: "2 decimals, as the network asks" / "小數 2 位（依網路檔的要求）". */
export function ruleText(rule: PrecisionRule): Notes {
	if ('significant' in rule) {
		return { en: `${rule.significant} significant digits, as the network asks`, 'zh-TW': `${rule.significant} 位有效數字（依網路檔的要求）` };
	}
	const d = rule.decimals;
	const why = WHY[rule.source];
	return { en: `${d} decimal${d === 1 ? '' : 's'}, ${why.en}`, 'zh-TW': `小數 ${d} 位（${why['zh-TW']}）` };
}

/** Where the required decimals come from: "as the network asks", "3 significant digits, as the network asks". */
export function ruleReason(rule: PrecisionRule): Notes {
	if ('significant' in rule) {
		return { en: `${rule.significant} significant digits, as the network asks`, 'zh-TW': `${rule.significant} 位有效數字，依網路檔的要求` };
	}
	return WHY[rule.source];
}
