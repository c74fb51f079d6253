// The /check page's state: the network being checked (its traces built once per network: the exact
// one and, where the file rounds, the hand one), the worksheet's typed answers by quantity id, and
// the marked report derived from them. Answers are saved per network (a hash of its canonical JSON)
// as they are typed and restored when the same network is opened again.

import { prepareCustomActivations } from '$lib/engine/ops';
import { answersToText, KeyResolver, parseAnswers, type Answer } from '$lib/engine/check';
import { isInputError } from '$lib/engine/spec/errors';
import { networkToJson } from '$lib/engine/spec/encode';
import type { Network } from '$lib/engine/spec/types';
import { buildTrace } from '$lib/engine/trace/build';
import type { Trace } from '$lib/engine/trace/types';
import type { KeyValueStore } from '$lib/i18n/locale.svelte';
import { answersFrom, groupByPhase, markSheet, splitPasted, worksheetRows, type Marked, type Row, type RowGroup } from '$lib/view/check/sheet';
import { readSaved, storageKey, writeSaved, type SaveFailure } from '$lib/view/check/storage';
import { elementVerdicts } from '$lib/view/check/verdicts';
import { computeLayout, type Layout } from '$lib/view/diagram/layout';
import { visibleNeurons } from '$lib/view/diagram/collapse';
import { buildScene, type Scene } from '$lib/view/diagram/scene';
import { decodeShare, labHashOf, linkFromHash } from './share';
import { parseShape, shapeOf } from './lab.svelte';
import { load } from './lab-load';
import type { NetworkJson } from './network-json';
import type { Lang } from '$lib/i18n';

export type Store = KeyValueStore & { removeItem?(key: string): void };

/** A message about the saved answers: restored, or ignored because the entry was corrupt. */
export type StorageNote = { kind: 'restored' } | { kind: 'corrupt'; reason: string } | null;

export function reasonOf(e: unknown): string {
	if (isInputError(e)) return e.message;
	return e instanceof Error ? e.message : String(e);
}

export class CheckState {
	/** The network file as opened (canonical form), for the link back to the lab. */
	json = $state.raw<NetworkJson | null>(null);
	/** Whether the lab's rounding toggle was on (the file's rounding is used for the hand calculation). */
	rounding = $state(true);
	network = $state.raw<Network | null>(null);
	exact = $state.raw<Trace | null>(null);
	hand = $state.raw<Trace | null>(null);
	/** The typed text of each answer by quantity id. */
	typed = $state<Record<string, string>>({});
	/** Pasted answers under keys with no row on the sheet (unknown keys, given quantities). */
	extra = $state.raw<Answer[]>([]);
	storageNote = $state<StorageNote>(null);
	/** Why the last save failed (storage full, refused, none), or null: the page offers a download then. */
	saveFailure = $state<SaveFailure | null>(null);
	private key: string | null = null;

	readonly rows = $derived<Row[]>(this.exact ? worksheetRows(this.exact) : []);
	readonly groups = $derived<RowGroup[]>(groupByPhase(this.rows));
	readonly marked = $derived<Marked | null>(this.exact ? markSheet(this.exact, this.hand, this.rows, this.typed, this.extra) : null);
	readonly verdicts = $derived(this.marked ? elementVerdicts([...this.marked.byId.values(), ...this.marked.extra]) : new Map());
	/** Layers the reader chose to draw whole (a wide layer is drawn in part: ../view/diagram/collapse.ts). */
	expanded = $state<number[]>([]);
	readonly #shape = $derived(this.network ? parseShape(shapeOf(this.network)) : null);
	readonly #visible = $derived(this.#shape ? visibleNeurons(this.#shape.sizes, new Set(this.expanded)) : []);
	readonly layout = $derived.by<Layout | null>(() => (this.#shape ? computeLayout({ ...this.#shape, visible: this.#visible }) : null));
	/** The diagram before any step: weights, inputs and targets only, so it gives no answer away. */
	readonly scene = $derived<Scene | null>(this.exact ? buildScene(this.exact, -1, this.#visible) : null);
	readonly blank = $derived(this.rows.filter((r) => (this.typed[r.id] ?? '').trim() === '').length);

	constructor(private readonly store: Store | null) {}

	/**
	 * Opens a network file (validated like any file; throws InputError) with the rounding on or off,
	 * builds its traces once and restores the answers saved for it.
	 */
	open(candidate: unknown, rounding: boolean): void {
		const loaded = load(candidate, rounding);
		const exact = loaded.network.rounding ? buildTrace({ ...loaded.network, rounding: null }) : loaded.trace;
		const hand = loaded.network.rounding ? loaded.trace : null;
		this.json = loaded.json;
		this.expanded = [];
		this.rounding = rounding;
		this.network = loaded.network;
		this.exact = exact;
		this.hand = hand;
		this.key = storageKey(JSON.stringify(networkToJson(loaded.network)));
		const saved = readSaved(this.store, this.key);
		if (saved === null) {
			this.typed = {};
			this.extra = [];
			this.storageNote = null;
		} else if ('error' in saved) {
			this.typed = {};
			this.extra = [];
			this.storageNote = { kind: 'corrupt', reason: saved.error };
		} else {
			this.typed = saved.typed;
			this.extra = saved.extra;
			this.storageNote = { kind: 'restored' };
		}
	}

	/** Opens the network a `#state=…` link holds; throws InputError when it cannot be read. Null: no state in the hash. */
	async openHash(hash: string): Promise<Lang | null | undefined> {
		const link = linkFromHash(hash);
		if (link === null) return undefined;
		const share = await decodeShare(link);
		await prepareCustomActivations(share.network);
		this.open(share.network, share.rounding);
		return share.lang;
	}

	setAnswer(id: string, text: string): void {
		this.typed[id] = text;
		this.save();
	}

	/**
	 * Fills the sheet from an answers file (keys by id or label); throws InputError for a bad file.
	 * Returns how many answers were read and how many of their keys name nothing in this network.
	 */
	paste(text: string): { read: number; unrecognised: number } {
		if (!this.exact) return { read: 0, unrecognised: 0 };
		const answers = parseAnswers(text);
		const resolver = new KeyResolver(this.exact);
		const { typed, extra } = splitPasted(answers, (k) => resolver.idOf(k), this.rows);
		const unrecognised = extra.filter((a) => resolver.idOf(a.key) === null).length;
		this.typed = { ...this.typed, ...typed };
		this.extra = extra;
		this.save();
		return { read: answers.length - unrecognised, unrecognised };
	}

	clear(): void {
		this.typed = {};
		this.extra = [];
		this.storageNote = null;
		this.save();
	}

	private save(): void {
		if (this.key) this.saveFailure = writeSaved(this.store, this.key, { typed: $state.snapshot(this.typed), extra: this.extra });
	}

	/** The typed answers as an answers file (numbers as written), which the paste panel reads back. */
	answersFile(): string {
		return answersToText(answersFrom(this.rows, this.typed, this.extra));
	}

	/** The lab's hash for this network (the link back to the lab). */
	async labHash(lang: Lang): Promise<string | null> {
		if (!this.json) return null;
		return labHashOf({ network: this.json, step: 0, rounding: this.rounding, lang });
	}

	/** A stable file name stem for downloads. */
	fileStem(): string {
		return `${this.titleStem()}-marked`;
	}

	titleStem(): string {
		const title = this.network?.title ?? 'network';
		const stem = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
		return stem === '' ? 'network' : stem.slice(0, 60);
	}
}
