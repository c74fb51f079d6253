// Messages in English and Traditional Chinese, a typed `translate`, and the first choice of language
// from the browser's preferences.

import { en, type MessageKey, type Messages } from './en';
import { zhTW } from './zh-TW';

export const LANGS = ['en', 'zh-TW'] as const;
export type Lang = (typeof LANGS)[number];
export type { MessageKey, Messages };

export const MESSAGES: Record<Lang, Messages> = { en, 'zh-TW': zhTW };

/** The name of each language in itself, for the switch. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', 'zh-TW': '繁體中文' };

export type Params = Record<string, string | number>;

export function isLang(x: unknown): x is Lang {
	return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** The message for `key` in `lang` with `{name}` parameters filled in (unknown names stay as written). */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
	const text = MESSAGES[lang][key];
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.hasOwn(params, name) ? String(params[name]) : whole
	);
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
