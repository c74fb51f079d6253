// A link to the lab for what a page shows, kept up to date as it changes; null while none can be
// made (a network too large for a link can still be saved as a file).

import { resolve } from '$app/paths';
import { labHashOf, type LabView } from './share';

export class LabLink {
	href = $state<string | null>(null);

	/**
	 * Construct while a component starts: `of` is read inside an effect, so the link follows it;
	 * null when there is nothing to open in the lab.
	 */
	constructor(of: () => LabView | null) {
		$effect(() => {
			const state = of();
			if (state === null) {
				this.href = null;
				return;
			}
			let stale = false;
			labHashOf(state)
				.then((hash) => {
					if (!stale) this.href = `${resolve('/')}${hash}`;
				})
				.catch(() => {
					if (!stale) this.href = null;
				});
			return () => {
				stale = true;
			};
		});
	}
}
