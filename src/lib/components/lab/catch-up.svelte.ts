// What the lab's derivation and step list show, kept up with the step as $lib/view/catch-up.ts says.

import { untrack } from 'svelte';
import { catchUp, type Shown } from '$lib/view/catch-up';

export class CatchUp implements Shown {
	derivation = $state(0);
	rows = $state(0);

	/** Follows `target`, a step of a trace of `count` steps; made while a component initialises. */
	constructor(target: () => number, count: () => number) {
		this.derivation = this.rows = untrack(target);
		$effect(() =>
			catchUp(
				target(),
				untrack(() => ({ derivation: this.derivation, rows: this.rows })),
				count(),
				(next) => {
					if (next.derivation !== undefined) this.derivation = next.derivation;
					if (next.rows !== undefined) this.rows = next.rows;
				}
			)
		);
	}
}
