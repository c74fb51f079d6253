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

/** `text` with its `{name}` parameters filled in (unknown names stay as written). */
export function fill(text: string, params?: Params): string {
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The message for `key` in `lang`, parameters filled in. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
	return fill(MESSAGES[lang][key], params);
}

/** The `t(lang, key, params)` of a page's own table of messages. */
export function translator<K extends string>(table: Record<Lang, Record<K, string>>): (lang: Lang, key: K, params?: Params) => string {
	return (lang, key, params) => fill(table[lang][key], params);
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
