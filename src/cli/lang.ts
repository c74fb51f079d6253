// The language of printed solutions: `--lang`, else the locale of the environment, else English.

import { LANGS, type Lang } from '../lib/engine/lang';

export { LANGS, type Lang };

/**
 * POSIX order of precedence: LC_ALL, then LC_MESSAGES, then LANG. Traditional Chinese locales
 * (zh_TW, zh_HK, zh_MO, zh_Hant…) read zh-TW; everything else reads English.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^zh[-_](TW|HK|MO|Hant)(?![a-z])/i.test(locale) ? 'zh-TW' : 'en';
}
