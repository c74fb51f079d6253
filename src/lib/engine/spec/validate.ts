// Reads a network file (docs/network-file.md) into a Network with every default filled in, or throws one
// InputError that names the JSON path and what is wrong there (docs/limits.md). Keys are checked against
// the schema (./schema.ts); misspelt names get the nearest known one suggested.
//
// Checked besides shapes and types: the exact engine's limits (unless `engine: 'fast'`); softmax
// only on the output layer; the perceptron rule only for one layer of step or sign neurons (the
// course's rule w ← w + η (y − ŷ) x is for a single layer of threshold units, no hidden layers);
// every display label well-formed and used once (labels are answer keys, docs/checking.md).
//
// An optional key set to null reads as absent, with one exception: `biases: null` means "no bias"
// even on a layer whose weights are drawn (where absent biases are zeros, docs/network-file.md). `seed` defaults
// to 1, so an `init` alone is enough to draw weights.

import { InputError } from './errors';
import { readExercise } from './exercise';
import { parseJson } from './json';
import { FAST_PATH_NOTE, readDenseLayer, readInputLayer, type LayerContext } from './layers';
import { readOptimizer } from './optimizer';
import { child, describe, index, own } from './path';
import { checkKeys, readField, readObject, readText } from './read';
import { readSamples } from './samples';
import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH, NETWORK_FIELDS, ROUNDING_FIELDS } from './schema';
import { FAST_LIMITS, LIMITS, LOSSES, type DenseLayer, type InitName, type LossName, type Network, type Localized, type Rounding, type Style } from './types';

export interface ValidateOptions {
	/**
	 * 'exact' (default): the exact engine's limits (docs/limits.md) and at least one sample. 'fast': no size
	 * limits and samples may be absent (training reads its data elsewhere; `summary` needs none).
	 */
	engine?: 'exact' | 'fast';
}

function readRounding(v: unknown): Rounding | null {
	if (v === undefined || v === null) return null;
	const shape = '{"decimals": d} or {"significant": s}';
	const obj = readObject(v, 'rounding', shape);
	checkKeys(obj, Object.keys(ROUNDING_FIELDS), 'rounding');
	const hasDecimals = Object.hasOwn(obj, 'decimals');
	const hasSignificant = Object.hasOwn(obj, 'significant');
	if (hasDecimals && hasSignificant) throw new InputError('rounding', 'give either "decimals" or "significant", not both');
	if (hasDecimals) return { decimals: readField(obj, 'decimals', ROUNDING_FIELDS.decimals, 'rounding') as number };
	if (hasSignificant) return { significant: readField(obj, 'significant', ROUNDING_FIELDS.significant, 'rounding') as number };
	throw new InputError('rounding', `expected ${shape}, got an empty object`);
}

/** Every label of the network with its path, in file order. */
function* labelsOf(net: Pick<Network, 'input' | 'layers'>): Generator<[string, string]> {
	const names = (list: string[] | null, path: string) => (list ?? []).map((s, j): [string, string] => [s, index(path, j)]);
	yield* names(net.input.names, 'layers[0].names');
	for (const [k, layer] of net.layers.entries()) {
		const path = index('layers', k + 1);
		yield* names(layer.names, child(path, 'names'));
		for (const [j, row] of (layer.weightNames ?? []).entries()) yield* names(row, index(child(path, 'weightNames'), j));
		if (typeof layer.biasNames === 'string') yield [layer.biasNames, child(path, 'biasNames')];
		else yield* names(layer.biasNames, child(path, 'biasNames'));
	}
}

function checkLabelsUnique(net: Pick<Network, 'input' | 'layers'>): void {
	const seen = new Map<string, string>();
	for (const [label, path] of labelsOf(net)) {
		const first = seen.get(label);
		if (first !== undefined) throw new InputError(path, `"${label}" is already the label of ${first}`);
		seen.set(label, path);
	}
}

function checkPerceptron(layers: DenseLayer[]): void {
	if (layers.length !== 1) {
		throw new InputError('optimizer.type', `perceptron needs a single layer after the input (no hidden layers), but there are ${layers.length}`);
	}
	const act = layers[0].activation.name;
	if (act !== 'step' && act !== 'sign') {
		throw new InputError('layers[1].activation', `the perceptron optimizer needs step or sign, got ${act}`);
	}
}

/** A title or description: a string (the same in both languages) or {"en": …, "zh-TW": …}. */
function readLocalized(v: unknown, path: string, max: number): Localized | null {
	if (v === undefined || v === null) return null;
	const one = (x: unknown, at: string): string => readText(x, at, max);
	if (typeof v === 'string') return { en: one(v, path), 'zh-TW': v };
	if (typeof v !== 'object' || Array.isArray(v)) {
		throw new InputError(path, `expected a string or {"en": "…", "zh-TW": "…"}, got ${describe(v)}`);
	}
	const obj = v as Record<string, unknown>;
	checkKeys(obj, ['en', 'zh-TW'], path);
	if (obj.en === undefined || obj['zh-TW'] === undefined) throw new InputError(path, 'give the text in both languages: {"en": "…", "zh-TW": "…"}');
	return { en: one(obj.en, child(path, 'en')), 'zh-TW': one(obj['zh-TW'], child(path, 'zh-TW')) };
}

/** A worked sheet's lines: at most MAX_SHEET_LINES keys of at most 64 characters, finite numbers. */
export const MAX_SHEET_LINES = 512;

function readSheet(v: unknown): Record<string, number> | null {
	if (v === undefined) return null;
	if (typeof v !== 'object' || v === null || Array.isArray(v)) {
		throw new InputError('sheet', `expected an object of answers such as {"H_1": 0.56}, got ${describe(v)}`);
	}
	const entries = Object.entries(v);
	if (entries.length > MAX_SHEET_LINES) throw new InputError('sheet', `${entries.length} lines, more than the ${MAX_SHEET_LINES} a sheet may have`);
	const out: Record<string, number> = {};
	for (const [key, x] of entries) {
		if (key.length === 0 || key.length > 64) throw new InputError('sheet', `a key must have 1 to 64 characters, got ${key.length}`);
		if (typeof x !== 'number' || !Number.isFinite(x)) throw new InputError(child('sheet', key), `expected a finite number, got ${describe(x)}`);
		out[key] = x;
	}
	return out;
}

/** The Network a parsed network file describes; throws InputError for any bad input. */
export function validateNetwork(json: unknown, options: ValidateOptions = {}): Network {
	const exact = (options.engine ?? 'exact') === 'exact';
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		throw new InputError('', `expected the network as a JSON object {"layers": […], …}, got ${describe(json)}`);
	}
	const root = json as Record<string, unknown>;
	// `$schema` names the JSON Schema an editor completes the file from (schema/network.schema.json).
	if (Object.hasOwn(root, '$schema') && typeof root.$schema !== 'string') throw new InputError('$schema', `expected the address of a JSON Schema as a string, got ${describe(root.$schema)}`);
	checkKeys(root, [...Object.keys(NETWORK_FIELDS), '$schema'], '');

	const titles = readLocalized(own(root, 'title'), 'title', MAX_TITLE_LENGTH);
	const description = readLocalized(own(root, 'description'), 'description', MAX_DESCRIPTION_LENGTH);
	const title = titles ? titles.en : null;
	const seed = readField(root, 'seed', NETWORK_FIELDS.seed, '') as number;
	const ctx: LayerContext = { init: readField(root, 'init', NETWORK_FIELDS.init, '') as InitName | null, seed, exact };

	const rawLayers = readField(root, 'layers', NETWORK_FIELDS.layers, '');
	if (!Array.isArray(rawLayers)) {
		throw new InputError('layers', `expected an array of layers, the input layer first, got ${describe(rawLayers)}`);
	}
	if (rawLayers.length < 2) {
		throw new InputError('layers', `expected at least 2 layers (the input layer and one more), got ${rawLayers.length}`);
	}
	if (exact && rawLayers.length > LIMITS.layers) {
		throw new InputError('layers', `${rawLayers.length} layers, more than the ${LIMITS.layers} the exact engine accepts ${FAST_PATH_NOTE}`);
	}
	checkSizes(rawLayers);
	const input = readInputLayer(rawLayers[0], ctx);
	const layers: DenseLayer[] = [];
	for (let l = 1; l < rawLayers.length; l++) {
		const prevSize = l === 1 ? input.size : layers[l - 2].size;
		layers.push(readDenseLayer(rawLayers[l], l, prevSize, l === rawLayers.length - 1, ctx));
	}
	checkLabelsUnique({ input, layers });

	const rawLoss = own(root, 'loss');
	if (rawLoss === undefined) throw new InputError('loss', `missing (one of ${LOSSES.join(', ')})`);
	const loss = readField(root, 'loss', NETWORK_FIELDS.loss, '') as LossName;
	const samples = readSamples(own(root, 'samples'), input.size, layers[layers.length - 1].size, loss, exact);
	checkDropoutMasks(layers, samples.length);
	const optimizer = readOptimizer(own(root, 'optimizer'));
	if (optimizer.type === 'perceptron') checkPerceptron(layers);
	const rounding = readRounding(own(root, 'rounding'));
	const style = readField(root, 'style', NETWORK_FIELDS.style, '') as Style;
	const sheet = readSheet(own(root, 'sheet'));
	const exercise = readExercise(own(root, 'exercise'));
	return {
		title,
		input,
		layers,
		loss,
		samples,
		optimizer,
		rounding,
		style,
		seed,
		...(titles && titles.en !== titles['zh-TW'] ? { titles } : {}),
		...(description ? { description } : {}),
		...(sheet ? { sheet } : {}),
		...(exercise ? { exercise } : {})
	};
}

/** A dropout mask has one row for every sample or a row per sample. */
function checkDropoutMasks(layers: DenseLayer[], samples: number): void {
	layers.forEach((layer, index) => {
		const rows = layer.dropout?.mask?.length;
		if (rows === undefined || rows === 1 || rows === samples || samples === 0) return;
		throw new InputError(
			`layers[${index + 1}].dropout.mask`,
			`${rows} rows for ${samples} samples: give one row for every sample, or one row per sample`
		);
	});
}

/** Layer sizes within FAST_LIMITS, before any layer's weights are read or drawn (a bad size is reported by its layer's reader). */
function checkSizes(rawLayers: unknown[]): void {
	const n = (x: number) => (x < 1e15 ? x.toLocaleString('en-US') : String(x));
	let parameters = 0;
	let previous: number | null = null;
	rawLayers.forEach((raw, l) => {
		const size = typeof raw === 'object' && raw !== null ? (raw as { size?: unknown }).size : undefined;
		if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
			previous = null;
			return;
		}
		if (size > FAST_LIMITS.neurons) {
			throw new InputError(`layers[${l}].size`, `${n(size)} neurons, more than the ${n(FAST_LIMITS.neurons)} a layer may have`);
		}
		if (previous !== null) parameters += (previous + 1) * size;
		if (parameters > FAST_LIMITS.parameters) {
			throw new InputError(`layers[${l}].size`, `the network would have over ${n(FAST_LIMITS.parameters)} parameters, the most Backstep holds`);
		}
		previous = size;
	});
}

/** JSON text → Network: malformed JSON is an InputError with its line and column. */
export function parseNetwork(text: string, options: ValidateOptions = {}): Network {
	return validateNetwork(parseJson(text), options);
}
