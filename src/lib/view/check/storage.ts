// Answers saved in the browser per network: under `backstep.check.<hash>`, where the hash is of the
// network's canonical JSON, so the same network (from an example, a file or a link) finds its answers
// again. A saved entry is untrusted text: anything but {v: 1, typed: {id: string}, extra: [...]} is
// ignored with a reason, never thrown.

import type { Answer } from '$lib/engine/check';
import type { KeyValueStore } from '$lib/i18n/locale.svelte.ts';

export const STORAGE_PREFIX = 'backstep.check.';
const VERSION = 1;
/** More than any worksheet has rows; a bigger entry is not ours. */
const MAX_ENTRIES = 100_000;

export interface Saved {
	typed: Record<string, string>;
	extra: Answer[];
}

/**
 * cyrb53: a fast 53-bit string hash (not cryptographic: it only tells networks apart), as 14 hex
 * digits.
 */
export function hashText(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The storage key of a network, from its canonical JSON (networkToJson, then JSON.stringify). */
export function storageKey(canonicalJson: string): string {
	return STORAGE_PREFIX + hashText(canonicalJson);
}

/** Reads a saved entry: the answers, null when there is none, or the reason it cannot be used. */
export function readSaved(store: KeyValueStore | null, key: string): Saved | null | { error: string } {
	let text: string | null;
	try {
		text = store?.getItem(key) ?? null;
	} catch (e) {
		return { error: e instanceof Error ? e.message : String(e) };
	}
	if (text === null) return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { error: 'not JSON' };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'not an object' };
	const d = data as Record<string, unknown>;
	if (d.v !== VERSION) return { error: 'unknown version' };
	if (typeof d.typed !== 'object' || d.typed === null || Array.isArray(d.typed)) return { error: 'no answers' };
	const entries = Object.entries(d.typed as Record<string, unknown>);
	if (entries.length > MAX_ENTRIES) return { error: 'too many answers' };
	const typed: Record<string, string> = {};
	for (const [id, v] of entries) {
		if (typeof v !== 'string') return { error: `the answer for ${id.slice(0, 40)} is not text` };
		typed[id] = v;
	}
	const extra: Answer[] = [];
	if (d.extra !== undefined) {
		if (!Array.isArray(d.extra) || d.extra.length > MAX_ENTRIES) return { error: 'bad extra answers' };
		for (const a of d.extra as unknown[]) {
			const x = a as Record<string, unknown> | null;
			if (typeof x !== 'object' || x === null || typeof x.key !== 'string' || typeof x.value !== 'number' || !Number.isFinite(x.value)) {
				return { error: 'bad extra answers' };
			}
			extra.push({ key: x.key, value: x.value, ...(typeof x.written === 'string' ? { written: x.written } : {}) });
		}
	}
	return { typed, extra };
}

/** Why answers could not be saved: storage full, no storage at all (some embedded or private pages), or refused. */
export type SaveFailure = 'full' | 'unavailable' | 'refused';

/**
 * Saves the answers (blank ones left out); an empty sheet removes the entry. Returns null when saved,
 * or why it could not be: the page then says so and offers a download, since the answers live only
 * in the open tab.
 */
export function writeSaved(store: (KeyValueStore & { removeItem?(key: string): void }) | null, key: string, saved: Saved): SaveFailure | null {
	const typed: Record<string, string> = {};
	for (const [id, v] of Object.entries(saved.typed)) if (v.trim() !== '') typed[id] = v;
	const empty = Object.keys(typed).length === 0 && saved.extra.length === 0;
	if (store === null) return empty ? null : 'unavailable';
	try {
		if (empty) store.removeItem?.(key);
		else store.setItem(key, JSON.stringify({ v: VERSION, typed, extra: saved.extra }));
		return null;
	} catch (e) {
		// Chrome's QuotaExceededError, Firefox's NS_ERROR_DOM_QUOTA_REACHED.
		const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
		return /quota/i.test(name) ? 'full' : 'refused';
	}
}
