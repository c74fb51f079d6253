// What makes a /train run outlast the page: it is saved in the browser as it goes (at most once a
// second, and when the page is hidden) and opened again on reload; a share link can carry its
// weights. On opening, a link's weights come first, then the browser's saved run (when the address
// names no settings or the same ones), then the address's settings from step 0.

import type { KeyValueStore } from '$lib/i18n/locale.svelte.ts';
import { configFromQuery, configToQuery } from '$lib/view/train/config';
import type { TrainState } from './train.svelte';
import { decodeWeights, encodeWeights, LINK_DIGITS, readSavedRun, SAVED_KEY, WeightsError, weightsOf, writeSavedRun, type Why } from './train-saved';

/** What the page says about where the run came from. */
export type KeepNote =
	| { kind: 'restored' | 'link'; step: number; epoch: number }
	| { kind: 'corrupt' | 'linkError'; why: Why };

/** Links longer than this may be cut by mail, chat and some browsers: the weights are left out. */
export const MAX_SHARE_CHARS = 8000;
const SAVE_EVERY = 1000;

export interface ShareLink {
	url: string;
	/** The link with the weights was this long, so the link holds the settings only. */
	tooLong: number | null;
}

/** Why opening a link failed: the link's own fault, or (unforeseen) the error's own words. */
const whyOf = (e: unknown): Why => (e instanceof WeightsError ? e.why : { code: 'other', text: e instanceof Error ? e.message : String(e) });

export class TrainKeeper {
	note = $state<KeepNote | null>(null);
	private lastSaved = 0;
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly s: TrainState,
		private readonly store: (KeyValueStore & { removeItem?(key: string): void }) | null
	) {}

	/** Opens the run the address and the browser hold (see the file's comment). Never throws. */
	async open(hash: string): Promise<void> {
		const body = hash.startsWith('#') ? hash.slice(1) : hash;
		const config = configFromQuery(body);
		const link = new URLSearchParams(body).get('weights');
		this.note = null;
		if (link !== null) {
			try {
				const w = await decodeWeights(link);
				const why = await this.s.resume(config, w);
				this.note = why === null ? { kind: 'link', step: w.step, epoch: w.epoch } : { kind: 'linkError', why };
				if (why !== null) await this.s.configure(config);
			} catch (e) {
				this.note = { kind: 'linkError', why: whyOf(e) };
				await this.s.configure(config);
			}
			return;
		}
		const saved = readSavedRun(this.read());
		if (saved !== null && 'error' in saved) {
			this.note = { kind: 'corrupt', why: saved.error };
			this.forget();
		} else if (saved !== null && (body === '' || configToQuery(config) === saved.settings)) {
			const why = await this.s.resume(configFromQuery(saved.settings), saved, saved.history);
			if (why === null) {
				this.note = { kind: 'restored', step: saved.step, epoch: saved.epoch };
				return;
			}
			this.note = { kind: 'corrupt', why };
			this.forget();
		}
		await this.s.configure(config);
	}

	/** Saves the run now. */
	save(): void {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
		this.lastSaved = Date.now();
		const run = this.s.savedRun();
		if (!run) return;
		try {
			this.store?.setItem(SAVED_KEY, writeSavedRun(run));
		} catch {
			// storage full or refused: the run just is not kept
		}
	}

	/** Saves the run soon: now if the last save is a second old, else a second after it. */
	schedule(): void {
		if (this.timer !== null) return;
		const wait = SAVE_EVERY - (Date.now() - this.lastSaved);
		if (wait <= 0) this.save();
		else this.timer = setTimeout(() => this.save(), wait);
	}

	/** The page's address with the settings, and the weights unless the link would pass `limit` characters. */
	async shareLink(base: string, withWeights: boolean, limit = MAX_SHARE_CHARS): Promise<ShareLink> {
		const settings = `${base}#${configToQuery(this.s.config)}`;
		const net = this.s.network;
		if (!withWeights || !net) return { url: settings, tooLong: null };
		let url: string;
		try {
			url = `${settings}&weights=${await encodeWeights(weightsOf(net, this.s.step, this.s.epoch, LINK_DIGITS))}`;
		} catch {
			return { url: settings, tooLong: Infinity };
		}
		return url.length > limit ? { url: settings, tooLong: url.length } : { url, tooLong: null };
	}

	dispose(): void {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
	}

	private read(): string | null {
		try {
			return this.store?.getItem(SAVED_KEY) ?? null;
		} catch {
			return null;
		}
	}

	private forget(): void {
		try {
			this.store?.removeItem?.(SAVED_KEY);
		} catch {
			// nothing to forget
		}
	}
}
