// The /train run kept beyond the page: in the browser (localStorage, `backstep.train`, versioned)
// and in a share link's `weights=`. Both hold the step and epoch reached and every layer's weights
// (out × in, row-major) and biases; the browser's copy also the settings (the hash's query) and the
// epoch curves. Saved text and links are untrusted: anything not exactly this shape is refused with
// a reason (an InputError for a link), never half-read.

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

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const count = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 1e12;

function layers(x: unknown, name: string): number[][] | string {
	if (!Array.isArray(x) || x.length > MAX_LAYERS) return `${name} is not a list of layers`;
	for (const [k, row] of x.entries()) {
		if (!Array.isArray(row) || row.length > MAX_PARAMS) return `${name}[${k}] is not a list of numbers`;
		if (!row.every((v) => typeof v === 'number' && Number.isFinite(v))) return `${name}[${k}] holds something that is not a finite number`;
	}
	return x as number[][];
}

/** The weights in `value`, or the reason they cannot be read. */
export function readWeights(value: unknown): RunWeights | string {
	if (!isObject(value)) return 'not an object';
	if (value.v !== VERSION) return 'unknown version';
	if (!count(value.step) || !count(value.epoch)) return 'no step and epoch';
	const W = layers(value.W, 'W');
	if (typeof W === 'string') return W;
	const b = layers(value.b, 'b');
	if (typeof b === 'string') return b;
	if (b.length !== W.length) return `${W.length} layers of weights but ${b.length} of biases`;
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

/** The run saved in `text`: null when there is none, or the reason it cannot be used. */
export function readSavedRun(text: string | null): SavedRun | null | { error: string } {
	if (text === null) return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { error: 'it is not JSON' };
	}
	const weights = readWeights(data);
	if (typeof weights === 'string') return { error: weights };
	const d = data as Record<string, unknown>;
	if (typeof d.settings !== 'string' || d.settings.length > MAX_SETTINGS) return { error: 'no settings' };
	if (!Array.isArray(d.history) || d.history.length > MAX_HISTORY || !d.history.every(isRecord)) return { error: 'the curves are damaged' };
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

/** `net` with the saved weights in place of its own, or the reason they do not fit it. */
export function withWeights(net: Network, w: RunWeights): Network | string {
	const p = paramsFromNetwork(net);
	if (w.W.length !== p.W.length) return `${w.W.length} layers saved for a network of ${p.W.length}`;
	for (let k = 0; k < p.W.length; k++) {
		if (w.W[k].length !== p.W[k].length || w.b[k].length !== p.b[k].length)
			return `layer ${k + 1} has ${w.W[k].length} weights and ${w.b[k].length} biases saved where the network has ${p.W[k].length} and ${p.b[k].length}`;
	}
	return networkWithTensors(net, { W: w.W.map((x) => Float64Array.from(x)), b: w.b.map((x) => Float64Array.from(x)), alpha: p.alpha });
}

/** Digits kept of each weight in a link (a relative change of at most 5 × 10⁻⁷). */
export const LINK_DIGITS = 6;

/** The link's `weights=` value: the weights compressed (engine/spec/url.ts). */
export function encodeWeights(w: RunWeights): Promise<string> {
	return encodeState({ v: VERSION, ...w });
}

/** The weights a link's `weights=` holds, or an InputError saying what is wrong with it. */
export async function decodeWeights(link: string): Promise<RunWeights> {
	const w = readWeights(await decodeState(link));
	if (typeof w === 'string') throw new InputError('weights', w);
	return w;
}
