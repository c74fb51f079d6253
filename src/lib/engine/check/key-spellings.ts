// How keys are compared, and the common spellings understood beyond the file's labels.
//
// normaliseKey: spaces and TeX braces dropped, any prime or typographic apostrophe (′ ’ ‘ ` ´) read
// as ', a trailing + as ', and ∂E/∂X, \frac{\partial E}{\partial X} read as dE/dX.
//
// Common spellings (tried only when a key names nothing as written), each reported as a reading:
//   w_6 new, w7_new, w_6_updated → w_6'      w_6 old → w_6
//   E_total, Etotal, E_tot       → E           (Mazur's tutorial)
//   net_h1, net_{h_1}            → z_h1        out_h1, out_{h_1} → h1   (Mazur's tutorial)
//
// looseKey / visualKey: the forms suggestions are found in (./key-suggest.ts): case, underscores,
// primes and quotes ignored; in the visual form l and I read as 1 and o as 0 (H_l → H_1).

import type { Notes } from './types';

const PRIMES = /[′’‘`´ʹ]/g;

/** Spaces and braces removed, primes as `'`, `+` for `'`, ∂ for d: the form keys and labels are compared in. */
export function normaliseKey(s: string): string {
	return s
		.replace(/[\s{}]/g, '')
		.replace(PRIMES, "'")
		.replace(/\+$/, "'")
		.replace(/^(\\frac\\partialE\\partial|∂E\/∂|\\partialE\/\\partial|dE\/d)/, 'dE/d');
}

/** Case, underscores, primes, quotes and the backslash of TeX names ignored; δ and ∂ spelled out. */
export function looseKey(s: string): string {
	return normaliseKey(s)
		.toLowerCase()
		.replace(/\\delta|δ/g, 'delta')
		.replace(/∂/g, 'd')
		.replace(/["'_\\]/g, '');
}

/** The loose form with look-alike characters merged: l and i as 1, o as 0. */
export function visualKey(s: string): string {
	return looseKey(s).replace(/[li|]/g, '1').replace(/o/g, '0');
}

/** Does the key mark the updated value (a prime, or the word new)? */
export function marksUpdate(key: string): boolean {
	return /'$|[_\s]?(new|updated)$/i.test(normaliseKey(key).replace(/@\d+$/, ''));
}

export interface Spelling {
	/** The key rewritten into a form the resolver reads. */
	key: string;
	notes: Notes;
}

const RULES: { pattern: RegExp; rewrite: (m: RegExpExecArray) => string; why: Notes }[] = [
	{
		pattern: /^(.+?)_?(?:new|updated)$/i,
		rewrite: (m) => `${m[1]}'`,
		why: { en: 'the updated value', 'zh-TW': '更新後的值' }
	},
	{
		pattern: /^(.+?)_?old$/i,
		rewrite: (m) => m[1],
		why: { en: 'the value before the update', 'zh-TW': '更新前的值' }
	},
	{
		pattern: /^E_?(?:total|tot)$/i,
		rewrite: () => 'E',
		why: { en: 'the loss', 'zh-TW': '損失' }
	},
	{
		pattern: /^net_?(.+)$/i,
		rewrite: (m) => `z_${m[1]}`,
		why: { en: 'the net input', 'zh-TW': '淨輸入' }
	},
	{
		pattern: /^out_?(.+)$/i,
		rewrite: (m) => m[1],
		why: { en: "the neuron's output", 'zh-TW': '神經元的輸出' }
	}
];

/** The key rewritten by the first common spelling that applies (the @k suffix kept), or null. */
export function commonSpelling(key: string): Spelling | null {
	const n = normaliseKey(key);
	const at = /@\d+$/.exec(n)?.[0] ?? '';
	const base = at ? n.slice(0, -at.length) : n;
	for (const rule of RULES) {
		const m = rule.pattern.exec(base);
		if (!m) continue;
		const rewritten = rule.rewrite(m) + at;
		return {
			key: rewritten,
			notes: {
				en: `${key} read as ${rewritten}, ${rule.why.en}`,
				'zh-TW': `${key} 解讀為 ${rewritten}（${rule.why['zh-TW']}）`
			}
		};
	}
	return null;
}
