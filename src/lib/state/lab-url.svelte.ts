// The lab's state in the URL's hash: read when the page starts and whenever a pasted link changes
// it, written back (replaced, not pushed: stepping should not fill the history) once stepping pauses.

import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import type { Locale } from '$lib/i18n/locale.svelte';
import type { LabState } from './lab.svelte';
import { watchAddress, type AddressWatch } from './address';

/** Call while a component starts. */
export function keepLabInUrl(lab: LabState, locale: Locale): void {
	let ready = $state(false);
	/** The hash last written here, to tell our own updates from a pasted link. */
	let written = '';
	let address: AddressWatch | null = null;

	async function restore(): Promise<void> {
		const lang = await lab.restore(location.hash);
		if (lang) locale.lang = lang;
	}

	onMount(() => {
		address = watchAddress(window);
		restore().finally(() => (ready = true));
		const onHash = () => {
			if (location.hash !== written) void restore();
		};
		window.addEventListener('hashchange', onHash);
		return () => {
			window.removeEventListener('hashchange', onHash);
			address?.stop();
		};
	});

	$effect(() => {
		if (!ready) return;
		const lang = locale.lang;
		void lab.json;
		void lab.step;
		void lab.rounding;
		let stale = false;
		const here = address?.ticket() ?? (() => false);
		// Written once stepping pauses, not on every step of a quick run or of play.
		const timer = setTimeout(() => {
			lab.hash(lang)
				.then((h) => {
					if (stale || !here() || h === location.hash) return;
					written = h;
					replaceState(h, {});
				})
				.catch(() => undefined); // too large to share: the file can still be saved
		}, 150);
		return () => {
			stale = true;
			clearTimeout(timer);
		};
	});
}
