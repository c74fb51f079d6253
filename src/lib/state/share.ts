// The lab's whole state in the URL hash: `#state=<link>`, where the link is encodeState of
// {v, network, step, rounding, lang} (URL-safe base64 of deflate-raw JSON, engine/spec/url.ts).
// A link is untrusted: it is only ever parsed as JSON and its network validated like any file.

import { InputError } from '$lib/engine/spec/errors';
import { decodeState, encodeState } from '$lib/engine/spec/url';
import { isLang, type Lang } from '$lib/i18n';
import type { NetworkJson } from './network-json';

export const HASH_KEY = 'state';
/** The step, beside the link (links made before it hold the step inside). */
const STEP_KEY = 'step';
export const SHARE_VERSION = 1;

export interface ShareState {
	/** The network file (unvalidated until loaded). */
	network: unknown;
	step: number;
	rounding: boolean;
	lang: Lang | null;
}

/** `#state=…` → the link, or null when the hash holds no state (an empty hash, another anchor). */
export function linkFromHash(hash: string): string | null {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	const params = new URLSearchParams(body);
	return params.has(HASH_KEY) ? (params.get(HASH_KEY) ?? '') : null;
}

export function hashFromLink(link: string): string {
	return `#${HASH_KEY}=${link}`;
}

/** Reads the decoded JSON of a link into a ShareState; the network is checked later by validation. */
export function readShare(value: unknown): ShareState {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new InputError('', 'the link does not hold a saved state');
	}
	const v = value as Record<string, unknown>;
	if (v.v !== SHARE_VERSION) throw new InputError('v', `unknown link version ${JSON.stringify(v.v ?? null).slice(0, 20)}`);
	if (typeof v.network !== 'object' || v.network === null) throw new InputError('network', 'the link holds no network');
	const step = typeof v.step === 'number' && Number.isInteger(v.step) && v.step >= 0 ? v.step : 0;
	return {
		network: v.network,
		step,
		rounding: v.rounding === true,
		lang: isLang(v.lang) ? v.lang : null
	};
}

/** What a link to the lab carries. */
export interface LabView {
	network: NetworkJson;
	step: number;
	rounding: boolean;
	lang: Lang;
}

export async function encodeShare(state: LabView): Promise<string> {
	return encodeState({ v: SHARE_VERSION, ...state });
}

/**
 * Links already compressed, by network and then rounding and language: stepping changes only the
 * hash's `step=`, and a large network's deflate (tens of ms) is not redone at every step.
 */
const compressed = new WeakMap<NetworkJson, Map<string, Promise<string>>>();

function linkAtFirstStep(state: LabView): Promise<string> {
	let byView = compressed.get(state.network);
	if (!byView) compressed.set(state.network, (byView = new Map()));
	const key = `${state.rounding}|${state.lang}`;
	let link = byView.get(key);
	if (!link) {
		link = encodeShare({ ...state, step: 0 });
		// A refusal (too large to share) is kept too: the same network would be refused again.
		link.catch(() => undefined);
		byView.set(key, link);
	}
	return link;
}

/** The lab's `#state=…` for a network, then `&step=n` past the first step. */
export async function labHashOf(state: LabView): Promise<string> {
	const hash = hashFromLink(await linkAtFirstStep(state));
	return state.step > 0 ? `${hash}&${STEP_KEY}=${state.step}` : hash;
}


/** The step a hash names beside its link (a whole number), or null (links once held it inside). */
export function stepFromHash(hash: string): number | null {
	const raw = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).get(STEP_KEY);
	if (raw === null || !/^\d{1,9}$/.test(raw)) return null;
	return Number(raw);
}

export async function decodeShare(link: string): Promise<ShareState> {
	return readShare(await decodeState(link));
}
