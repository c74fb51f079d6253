// The two languages Backstep speaks: English and the course's Traditional Chinese.

export const LANGS = ['en', 'zh-TW'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(x: unknown): x is Lang {
	return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}
