// Messages in English and Traditional Chinese, a typed `translate`, and the first choice of language
// from the browser's preferences.

import { en, type MessageKey, type Messages } from './en';
import { zhTW } from './zh-TW';

import { isLang, LANGS, type Lang } from '../engine/lang';

export { isLang, LANGS, type Lang };
export type { MessageKey, Messages };

export const MESSAGES: Record<Lang, Messages> = { en, 'zh-TW': zhTW };

/** The name of each language in itself, for the switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-TW': '繁體中文' };

export type Params = Record<string, string | number>;

/** Made once per language: messages are filled on every render. */
const made = new Map<Lang, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();
function formatters(lang: Lang) {
	let f = made.get(lang);
	if (!f) made.set(lang, (f = { plural: new Intl.PluralRules(lang), number: new Intl.NumberFormat(lang, { maximumFractionDigits: 20 }) }));
	return f;
}

/** `{n, plural, one {# neuron} other {# neurons}}`: the ICU plural form, without nesting. */
const PLURAL = /\{(\w+), plural,((?:\s*[=\w]+\s*\{[^{}]*\})+)\s*\}/g;
const OPTION = /([=\w]+)\s*\{([^{}]*)\}/g;

/**
 * `text` with its `{name}` parameters filled in (unknown names stay as written); `{name, number}`
 * written by `Intl.NumberFormat` for `lang` (812,673), and plural forms chosen by `Intl.PluralRules`
 * (`=0` for an exact number, else one, few, other…) where `#` is the number so written.
 */
export function fill(text: string, params?: Params, lang: Lang = 'en'): string {
	if (!params) return text;
	const plural = text.replace(PLURAL, (whole, name: string, options: string) => {
		const n = params[name];
		if (typeof n !== 'number') return whole;
		const forms = new Map([...options.matchAll(OPTION)].map((m) => [m[1], m[2]]));
		const chosen = forms.get(`=${n}`) ?? forms.get(formatters(lang).plural.select(n)) ?? forms.get('other') ?? whole;
		return chosen.replace(/#/g, Number.isInteger(n) ? formatters(lang).number.format(n) : String(n));
	});
	const numbers = plural.replace(/\{(\w+), number\}/g, (whole, name: string) => {
		const n = params[name];
		return typeof n === 'number' ? formatters(lang).number.format(n) : whole;
	});
	return numbers.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The message for `key` in `lang`, parameters filled in. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
	return fill(MESSAGES[lang][key], params, lang);
}

/** The `t(lang, key, params)` of a page's own table of messages. */
export function translator<K extends string>(table: Record<Lang, Record<K, string>>): (lang: Lang, key: K, params?: Params) => string {
	return (lang, key, params) => fill(table[lang][key], params, lang);
}

/**
 * The first of the browser's languages that we have: any Chinese written in traditional script
 * (zh-TW, zh-HK, zh-MO, zh-Hant) → zh-TW; English → en. Simplified Chinese and everything else
 * fall through to the next preference, and to English at the end.
 */
export function detectLanguage(preferences: readonly string[]): Lang {
	for (const raw of preferences) {
		const tag = raw.toLowerCase();
		if (tag === 'zh' || /^zh-(tw|hk|mo|hant)\b/.test(tag)) return 'zh-TW';
		if (tag === 'en' || tag.startsWith('en-')) return 'en';
	}
	return 'en';
}
