import { describe, expect, it } from 'vitest';
import { langFromEnv } from '../../src/cli/lang';

describe('langFromEnv', () => {
	it('reads Traditional Chinese locales as zh-TW', () => {
		expect(langFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('zh-TW');
		expect(langFromEnv({ LANG: 'zh_HK' })).toBe('zh-TW');
		expect(langFromEnv({ LC_ALL: 'zh_Hant_TW.UTF-8' })).toBe('zh-TW');
	});

	it('lets LC_ALL override LANG, as POSIX does', () => {
		expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_TW.UTF-8' })).toBe('en');
		expect(langFromEnv({ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-TW');
	});

	it('falls back to English', () => {
		expect(langFromEnv({})).toBe('en');
		expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
		expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('en');
	});
});
