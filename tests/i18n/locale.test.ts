import { describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, Locale } from '../../src/lib/i18n/locale.svelte';
import { Theme, THEME_STORAGE_KEY } from '../../src/lib/state/theme.svelte';

function memory(initial: Record<string, string> = {}) {
	const map = new Map(Object.entries(initial));
	return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('Locale', () => {
	it('takes the first choice from the browser preferences', () => {
		expect(new Locale(memory(), ['zh-TW', 'en']).lang).toBe('zh-TW');
		expect(new Locale(memory(), ['de', 'en-US']).lang).toBe('en');
	});

	it('prefers the remembered choice over the browser', () => {
		expect(new Locale(memory({ [LANG_STORAGE_KEY]: 'en' }), ['zh-TW']).lang).toBe('en');
	});

	it('ignores a remembered value that is not a language', () => {
		expect(new Locale(memory({ [LANG_STORAGE_KEY]: '<script>' }), ['zh-HK']).lang).toBe('zh-TW');
	});

	it('remembers a switch and translates in the new language', () => {
		const store = memory();
		const locale = new Locale(store, ['en']);
		expect(locale.t('edit.optimizer')).toBe('Optimizer');
		locale.set('zh-TW');
		expect(store.map.get(LANG_STORAGE_KEY)).toBe('zh-TW');
		expect(locale.t('edit.optimizer')).toBe('優化器');
	});

	it('works when storage throws', () => {
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			}
		};
		const locale = new Locale(broken, ['zh-TW']);
		expect(locale.lang).toBe('zh-TW');
		locale.set('en');
		expect(locale.lang).toBe('en');
	});
});

describe('Theme', () => {
	it('follows the system until the user chooses, then remembers the choice', () => {
		const store = memory();
		const theme = new Theme(store, true);
		expect(theme.name).toBe('dark');
		theme.toggle();
		expect(theme.name).toBe('light');
		expect(store.map.get(THEME_STORAGE_KEY)).toBe('light');
		expect(new Theme(store, true).name).toBe('light');
	});
});
