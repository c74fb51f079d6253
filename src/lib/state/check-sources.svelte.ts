// Where /check's network comes from: an example, a file, a pasted lab link or the page's own URL.
// Opening one remembers it in the URL (a reload reopens it) and keeps the link back to the lab;
// a failure becomes a message that says what and where, and the sheet on screen stays.

import { prepareCustomActivations } from '$lib/engine/ops';
import { asset, resolve } from '$app/paths';
import { replaceState } from '$app/navigation';
import type { Lang } from '$lib/i18n';
import type { CheckT } from '$lib/i18n/pages/check';
import { CheckState, reasonOf } from './check.svelte';
import { DEFAULT_NETWORK } from './lab.svelte';
import { linkFromHash } from './share';
import { watchAddress } from './address';

const roundingOf = (json: unknown) =>
	typeof json === 'object' && json !== null && (json as { rounding?: unknown }).rounding != null;

export class CheckSources {
	sourceError = $state<string | null>(null);
	linkError = $state<string | null>(null);
	labHref = $state<string | null>(null);

	constructor(
		private readonly check: CheckState,
		private readonly t: CheckT,
		private readonly lang: () => Lang
	) {}

	/** After a network is opened, the URL carries it and the lab link follows. */
	async remember(): Promise<void> {
		const address = watchAddress(window);
		const here = address.ticket();
		const hash = await this.check.labHash(this.lang()).catch(() => null);
		address.stop();
		this.labHref = hash === null ? null : `${resolve('/')}${hash}`;
		if (hash !== null && here() && hash !== location.hash) replaceState(hash, {});
	}

	private openCandidate(candidate: unknown, name: string): boolean {
		try {
			this.check.open(candidate, roundingOf(candidate));
			this.sourceError = null;
			void this.remember();
			return true;
		} catch (e) {
			this.sourceError = this.t('source.failed', { name, reason: reasonOf(e) });
			return false;
		}
	}

	/** openCandidate once a custom activation's compiler, if the file has one, is loaded. */
	private async openPrepared(candidate: unknown, name: string): Promise<boolean> {
		await prepareCustomActivations(candidate).catch(() => undefined); // validation then says what is missing
		return this.openCandidate(candidate, name);
	}

	openDefault(): void {
		this.openCandidate(DEFAULT_NETWORK, 'course-2-2-2.json');
	}

	/** The page's own `#state=…`; false when the hash holds none. */
	async openHash(hash: string): Promise<boolean> {
		try {
			const found = await this.check.openHash(hash);
			if (found === undefined) return false;
			this.linkError = null;
			this.sourceError = null;
			void this.remember();
			return true;
		} catch (e) {
			this.linkError = reasonOf(e);
			return false;
		}
	}

	async openExample(file: string): Promise<void> {
		try {
			const res = await fetch(asset(`/examples/${encodeURIComponent(file)}` as '/'));
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			await this.openPrepared(await res.json(), file);
		} catch (e) {
			this.sourceError = this.t('source.failed', { name: file, reason: reasonOf(e) });
		}
	}

	async openFile(file: File): Promise<void> {
		let json: unknown;
		try {
			json = JSON.parse(await file.text());
		} catch (e) {
			this.sourceError = this.t('source.failed', { name: file.name, reason: reasonOf(e) });
			return;
		}
		await this.openPrepared(json, file.name);
	}

	/** A pasted link: a whole URL, `#state=…`, or the state itself. */
	async openLink(text: string): Promise<void> {
		const at = text.indexOf('#');
		const hash = at >= 0 ? text.slice(at) : `#state=${text}`;
		try {
			if (linkFromHash(hash) === null) throw new Error('no #state= in the link');
			await this.check.openHash(hash);
			this.sourceError = null;
			void this.remember();
		} catch (e) {
			this.sourceError = this.t('source.failed', { name: this.t('source.link'), reason: reasonOf(e) });
		}
	}
}
