// The app shell's shared objects (locale, theme) reach pages and components through Svelte context,
// never through module-level stores.

import { getContext, setContext } from 'svelte';
import type { Locale } from './locale.svelte';

const LOCALE = Symbol('locale');

export function setLocale(locale: Locale): Locale {
	return setContext(LOCALE, locale);
}

export function getLocale(): Locale {
	const locale = getContext<Locale | undefined>(LOCALE);
	if (!locale) throw new Error('getLocale: no Locale in context (is the component inside +layout.svelte?)');
	return locale;
}
