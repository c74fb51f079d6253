// The custom activations' compiler (mathjs, loaded on demand) as page state: `ready` turns true
// once it is loaded, so whatever reads it is computed again then.

import { customCompilerLoaded, loadCustomCompiler } from '$lib/engine/ops';

class CustomCompilerState {
	ready = $state(customCompilerLoaded());
	/** Why loading failed (offline on a first visit, say); null while it has not. */
	failed = $state<string | null>(null);

	/** Starts loading, once; harmless when it is already here. */
	load(): void {
		if (this.ready) return;
		loadCustomCompiler().then(
			() => {
				this.ready = true;
				this.failed = null;
			},
			(e: unknown) => {
				this.failed = e instanceof Error ? e.message : String(e);
			}
		);
	}
}

export const customCompiler = new CustomCompilerState();
