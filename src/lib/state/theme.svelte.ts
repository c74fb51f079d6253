// Light or dark: the user's choice if they made one (remembered), else the system's preference.

import type { KeyValueStore } from '$lib/i18n/locale.svelte';

export type ThemeName = 'light' | 'dark';
export const THEME_STORAGE_KEY = 'backstep.theme';

export class Theme {
	/** The user's explicit choice; null follows the system. */
	choice = $state<ThemeName | null>(null);
	system = $state<ThemeName>('light');
	readonly name = $derived<ThemeName>(this.choice ?? this.system);

	constructor(private readonly store: KeyValueStore | null, systemDark: boolean) {
		this.system = systemDark ? 'dark' : 'light';
		let stored: string | null = null;
		try {
			stored = store?.getItem(THEME_STORAGE_KEY) ?? null;
		} catch {
			stored = null;
		}
		if (stored === 'light' || stored === 'dark') this.choice = stored;
	}

	toggle(): void {
		this.choice = this.name === 'dark' ? 'light' : 'dark';
		try {
			this.store?.setItem(THEME_STORAGE_KEY, this.choice);
		} catch {
			// not remembered, still applied
		}
	}
}
