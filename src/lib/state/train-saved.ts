// The /train run kept beyond the page: in the browser (localStorage, `backstep.train`, versioned)
// and in a share link's `weights=`. Both hold the step and epoch reached and every layer's weights
// (out × in, row-major) and biases; the browser's copy also the settings (the hash's query) and the
// epoch curves. Saved text and links are untrusted: anything not exactly this shape is refused with
// a reason (a Why, which the page puts in the reader's language; for a link, in a WeightsError),
// never half-read.

import { InputError } from '$lib/engine/spec/errors';
import type { Network } from '$lib/engine/spec/types';
import { decodeState, encodeState } from '$lib/engine/spec/url';
import { networkWithTensors, paramsFromNetwork } from '$lib/fast/model';
import type { EpochRecord } from '$lib/fast/train';

export const SAVED_KEY = 'backstep.train';
const VERSION = 1;
/** More than any network or history this page makes; a bigger entry is not ours. */
const MAX_LAYERS = 16;
const MAX_PARAMS = 4096;
const MAX_HISTORY = 1000;
const MAX_SETTINGS = 2000;

/** The weights of a run at a step. */
export interface RunWeights {
	step: number;
	epoch: number;
	W: number[][];
	b: number[][];
}

export interface SavedRun extends RunWeights {
	/** The settings as the hash's query (configToQuery). */
	settings: string;
	history: EpochRecord[];
}

/** Why a saved run or a link's weights cannot be used. */
export type Why =
	| { code: 'notJson' | 'notObject' | 'version' | 'stepEpoch' | 'settings' | 'curves' | 'unreadable' }
	| { code: 'notLayers' | 'notNumbers' | 'notFinite'; where: string }
	| { code: 'layerCount'; weights: number; biases: number }
	| { code: 'networkLayers'; saved: number; network: number }
	| { code: 'layerShape'; layer: number; weights: number; biases: number; wantWeights: number; wantBiases: number }
	/** The settings themselves were refused: their reason as the settings reader gave it. */
	| { code: 'other'; text: string };

/** A link's weights refused: an InputError (the readers' own error) that also says why as a Why. */
export class WeightsError extends InputError {
	constructor(readonly why: Why) {
		super('weights', why.code);
	}
}

/** Whether a reader's answer is a refusal (a Why) rather than what it read. */
export const isWhy = (x: unknown): x is Why => typeof x === 'object' && x !== null && 'code' in x;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const count = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 1e12;

function layers(x: unknown, name: string): number[][] | Why {
	if (!Array.isArray(x) || x.length > MAX_LAYERS) return { code: 'notLayers', where: name };
	for (const [k, row] of x.entries()) {
		if (!Array.isArray(row) || row.length > MAX_PARAMS) return { code: 'notNumbers', where: `${name}[${k}]` };
		if (!row.every((v) => typeof v === 'number' && Number.isFinite(v))) return { code: 'notFinite', where: `${name}[${k}]` };
	}
	return x as number[][];
}

/** The weights in `value`, or why they cannot be read. */
export function readWeights(value: unknown): RunWeights | Why {
	if (!isObject(value)) return { code: 'notObject' };
	if (value.v !== VERSION) return { code: 'version' };
	if (!count(value.step) || !count(value.epoch)) return { code: 'stepEpoch' };
	const W = layers(value.W, 'W');
	if (isWhy(W)) return W;
	const b = layers(value.b, 'b');
	if (isWhy(b)) return b;
	if (b.length !== W.length) return { code: 'layerCount', weights: W.length, biases: b.length };
	return { step: value.step as number, epoch: value.epoch as number, W, b };
}

const RECORD_NUMBERS = ['epoch', 'loss', 'seconds'] as const;
const RECORD_OPTIONAL = ['accuracy', 'valLoss', 'valAccuracy'] as const;

function isRecord(x: unknown): x is EpochRecord {
	if (!isObject(x)) return false;
	return (
		RECORD_NUMBERS.every((k) => typeof x[k] === 'number' && Number.isFinite(x[k])) &&
		RECORD_OPTIONAL.every((k) => x[k] === null || (typeof x[k] === 'number' && Number.isFinite(x[k])))
	);
}

/** The run saved in `text`: null when there is none, or why it cannot be used. */
export function readSavedRun(text: string | null): SavedRun | null | { error: Why } {
	if (text === null) return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { error: { code: 'notJson' } };
	}
	const weights = readWeights(data);
	if (isWhy(weights)) return { error: weights };
	const d = data as Record<string, unknown>;
	if (typeof d.settings !== 'string' || d.settings.length > MAX_SETTINGS) return { error: { code: 'settings' } };
	if (!Array.isArray(d.history) || d.history.length > MAX_HISTORY || !d.history.every(isRecord)) return { error: { code: 'curves' } };
	const history = (d.history as EpochRecord[]).map((r) => ({
		epoch: r.epoch, loss: r.loss, accuracy: r.accuracy, valLoss: r.valLoss, valAccuracy: r.valAccuracy, seconds: r.seconds
	}));
	return { ...weights, settings: d.settings, history };
}

export function writeSavedRun(run: SavedRun): string {
	return JSON.stringify({ v: VERSION, ...run });
}

/** A network's weights and biases as plain lists (a layer without biases: an empty list). */
export function weightsOf(net: Network, step: number, epoch: number, digits: number | null = null): RunWeights {
	const p = paramsFromNetwork(net);
	const round = (x: number) => (digits === null ? x : Number(x.toPrecision(digits)));
	return { step, epoch, W: p.W.map((w) => Array.from(w, round)), b: p.b.map((b) => Array.from(b, round)) };
}

/** `net` with the saved weights in place of its own, or why they do not fit it. */
export function withWeights(net: Network, w: RunWeights): Network | Why {
	const p = paramsFromNetwork(net);
	if (w.W.length !== p.W.length) return { code: 'networkLayers', saved: w.W.length, network: p.W.length };
	for (let k = 0; k < p.W.length; k++) {
		if (w.W[k].length !== p.W[k].length || w.b[k].length !== p.b[k].length)
			return { code: 'layerShape', layer: k + 1, weights: w.W[k].length, biases: w.b[k].length, wantWeights: p.W[k].length, wantBiases: p.b[k].length };
	}
	return networkWithTensors(net, { W: w.W.map((x) => Float64Array.from(x)), b: w.b.map((x) => Float64Array.from(x)), alpha: p.alpha });
}

/** Digits kept of each weight in a link (a relative change of at most 5 × 10⁻⁷). */
export const LINK_DIGITS = 6;

/** The link's `weights=` value: the weights compressed (engine/spec/url.ts). */
export function encodeWeights(w: RunWeights): Promise<string> {
	return encodeState({ v: VERSION, ...w });
}

/** The weights a link's `weights=` holds, or a WeightsError saying what is wrong with it. */
export async function decodeWeights(link: string): Promise<RunWeights> {
	let value: unknown;
	try {
		value = await decodeState(link);
	} catch {
		throw new WeightsError({ code: 'unreadable' });
	}
	const w = readWeights(value);
	if (isWhy(w)) throw new WeightsError(w);
	return w;
}
