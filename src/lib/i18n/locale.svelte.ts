// The chosen language: first from localStorage (the user's last choice), else from the browser's
// preferences. Shared with every page through context (see ./context.ts).

import { detectLanguage, isLang, translate, type Lang, type MessageKey, type Params } from './index';

export const LANG_STORAGE_KEY = 'backstep.lang';

/** Where the choice is remembered; localStorage in the browser, a Map in tests. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export class Locale {
	lang = $state<Lang>('en');

	constructor(
		private readonly store: KeyValueStore | null,
		preferences: readonly string[]
	) {
		let stored: string | null = null;
		try {
			stored = store?.getItem(LANG_STORAGE_KEY) ?? null;
		} catch {
			stored = null; // storage disabled: fall back to the browser's preferences
		}
		this.lang = isLang(stored) ? stored : detectLanguage(preferences);
	}

	/** Switches language and remembers it. */
	set(lang: Lang): void {
		this.lang = lang;
		try {
			this.store?.setItem(LANG_STORAGE_KEY, lang);
		} catch {
			// storage full or disabled: the choice still holds for this visit
		}
	}

	/** The message for `key` in the current language. */
	t = (key: MessageKey, params?: Params): string => translate(this.lang, key, params);
}
