// A Keras model described as a graph (docs/models.md): the course's second way, a functional model
// (named inputs, Concatenate, Dense layers each reading an input or an earlier layer, named outputs),
// and its first way, a Sequential model given its input by model.build((None, n)). Read from JSON
// with every mistake an InputError at its path; only sizes, activations and biases matter here (the
// summary counts parameters, the code builds the same model).

import { InputError } from '../spec/errors';
import { parseJson } from '../spec/json';
import { KERAS_ACTIVATIONS, MAX_UNITS, type KerasActivation } from './keras-code';

export interface GraphInput {
	name: string;
	units: number;
}

export type GraphLayer =
	| { kind: 'dense'; name: string; from: string; units: number; activation: KerasActivation; useBias: boolean }
	| { kind: 'concatenate'; name: string; from: string[] };

export interface ModelGraph {
	/** functional: keras.Model(inputs, outputs); sequential: keras.Sequential + model.build((None, n)). */
	form: 'functional' | 'sequential';
	name: string;
	inputs: GraphInput[];
	layers: GraphLayer[];
	outputs: string[];
}

export const MAX_GRAPH_INPUTS = 16;
export const MAX_GRAPH_LAYERS = 64;
const MAX_INPUT_UNITS = 10_000_000;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The course's functional model: three inputs concatenated, Dense(64, relu), two outputs; 1,286,789 parameters. */
export const COURSE_FUNCTIONAL = {
	model: 'functional',
	inputs: [
		{ name: 'title', shape: 10000 },
		{ name: 'text_body', shape: 10000 },
		{ name: 'tags', shape: 100 }
	],
	layers: [
		{ type: 'concatenate', from: ['title', 'text_body', 'tags'] },
		{ type: 'dense', units: 64, activation: 'relu' },
		{ type: 'dense', name: 'priority', units: 1, activation: 'sigmoid', from: 'dense' },
		{ type: 'dense', name: 'department', units: 4, activation: 'softmax', from: 'dense' }
	],
	outputs: ['priority', 'department']
};

/** The course's first way: Dense(64, relu) → Dense(10, softmax) built with model.build((None, 3)); 906 parameters. */
export const COURSE_BUILT = {
	model: 'sequential',
	name: 'my_example_model',
	build: [null, 3],
	layers: [
		{ type: 'dense', name: 'my_first_layer', units: 64, activation: 'relu' },
		{ type: 'dense', name: 'my_last_layer', units: 10, activation: 'softmax' }
	]
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const short = (v: unknown) => {
	const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v);
	return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

function keysOf(obj: Record<string, unknown>, path: string, allowed: string[]): void {
	for (const key of Object.keys(obj)) {
		if (allowed.includes(key)) continue;
		const shown = key.length > 40 ? `${key.slice(0, 37)}…` : key;
		throw new InputError(path ? `${path}.${shown}` : shown, `unknown key; expected one of ${allowed.join(', ')}`);
	}
}

function whole(v: unknown, path: string, max: number): number {
	if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1 || v > max) {
		throw new InputError(path, `expected a whole number from 1 to ${max.toLocaleString('en-US')}, not ${short(v)}`);
	}
	return v;
}

function nameOf(v: unknown, path: string): string {
	if (typeof v !== 'string' || !NAME.test(v)) throw new InputError(path, `expected a Python name (letters, digits, _), not ${short(v)}`);
	return v;
}

function list(v: unknown, path: string, max: number): unknown[] {
	if (!Array.isArray(v) || v.length === 0) throw new InputError(path, 'expected a non-empty list');
	if (v.length > max) throw new InputError(path, `at most ${max} entries`);
	return v;
}

/** Keras's automatic names: dense, dense_1, …; concatenate, concatenate_1, … */
function autoName(kind: string, counts: Map<string, number>): string {
	const k = counts.get(kind) ?? 0;
	counts.set(kind, k + 1);
	return k === 0 ? kind : `${kind}_${k}`;
}

function readLayer(raw: unknown, path: string, previous: string | null, known: Set<string>, counts: Map<string, number>, form: ModelGraph['form']): GraphLayer {
	if (!isObject(raw)) throw new InputError(path, 'expected an object');
	const type = raw.type;
	if (type !== 'dense' && type !== 'concatenate') throw new InputError(`${path}.type`, `expected "dense" or "concatenate", not ${short(type)}`);
	const name = raw.name === undefined ? autoName(type, counts) : nameOf(raw.name, `${path}.name`);
	if (known.has(name)) throw new InputError(`${path}.name`, `"${name}" is already the name of an input or a layer`);
	const source = (v: unknown, at: string): string => {
		const s = nameOf(v, at);
		if (!known.has(s)) throw new InputError(at, `"${s}" is not an input or an earlier layer`);
		return s;
	};
	if (type === 'concatenate' && form === 'sequential') throw new InputError(`${path}.type`, 'Concatenate needs several inputs: use "model": "functional"');
	if (form === 'sequential' && raw.from !== undefined) throw new InputError(`${path}.from`, 'a Sequential model reads each layer from the one before');
	if (type === 'concatenate') {
		keysOf(raw, path, ['type', 'name', 'from']);
		const from = list(raw.from, `${path}.from`, MAX_GRAPH_INPUTS + MAX_GRAPH_LAYERS).map((v, i) => source(v, `${path}.from[${i}]`));
		if (from.length < 2) throw new InputError(`${path}.from`, 'Concatenate joins at least two inputs or layers');
		return { kind: 'concatenate', name, from };
	}
	keysOf(raw, path, ['type', 'name', 'from', 'units', 'activation', 'useBias']);
	let from: string;
	if (raw.from !== undefined) {
		if (Array.isArray(raw.from)) throw new InputError(`${path}.from`, 'a Dense layer reads one input or layer: concatenate several first');
		from = source(raw.from, `${path}.from`);
	} else if (previous !== null) from = previous;
	else throw new InputError(`${path}.from`, 'say which input this layer reads');
	const activation = raw.activation ?? 'linear';
	if (!(KERAS_ACTIVATIONS as readonly unknown[]).includes(activation)) {
		throw new InputError(`${path}.activation`, `expected one of ${KERAS_ACTIVATIONS.join(', ')}, not ${short(activation)}`);
	}
	if (raw.useBias !== undefined && typeof raw.useBias !== 'boolean') throw new InputError(`${path}.useBias`, 'expected true or false');
	return { kind: 'dense', name, from, units: whole(raw.units, `${path}.units`, MAX_UNITS), activation: activation as KerasActivation, useBias: raw.useBias !== false };
}

function readInputs(raw: Record<string, unknown>): GraphInput[] {
	if (raw.model === 'sequential') {
		const build = raw.build;
		if (!Array.isArray(build) || build.length !== 2 || build[0] !== null) throw new InputError('build', 'expected [null, n], as in model.build((None, n))');
		return [{ name: 'input', units: whole(build[1], 'build[1]', MAX_INPUT_UNITS) }];
	}
	const seen = new Set<string>();
	return list(raw.inputs, 'inputs', MAX_GRAPH_INPUTS).map((v, i) => {
		const at = `inputs[${i}]`;
		if (!isObject(v)) throw new InputError(at, 'expected an object {"name": …, "shape": n}');
		keysOf(v, at, ['name', 'shape']);
		const name = nameOf(v.name, `${at}.name`);
		if (seen.has(name)) throw new InputError(`${at}.name`, `"${name}" is named twice`);
		seen.add(name);
		return { name, units: whole(v.shape, `${at}.shape`, MAX_INPUT_UNITS) };
	});
}

/** Reads a model graph from parsed JSON; every mistake is an InputError naming its path. */
export function readModelGraph(json: unknown): ModelGraph {
	if (!isObject(json)) throw new InputError('', 'expected a JSON object describing the model');
	const form = json.model;
	if (form !== 'functional' && form !== 'sequential') throw new InputError('model', `expected "functional" or "sequential", not ${short(form)}`);
	keysOf(json, '', form === 'functional' ? ['$schema', 'model', 'name', 'inputs', 'layers', 'outputs'] : ['$schema', 'model', 'name', 'build', 'layers']);
	const name = json.name === undefined ? form : nameOf(json.name, 'name');
	const inputs = readInputs(json);
	const known = new Set(form === 'functional' ? inputs.map((i) => i.name) : []);
	const counts = new Map<string, number>();
	let previous: string | null = form === 'sequential' ? 'input' : null;
	if (form === 'sequential') known.add('input');
	const layers = list(json.layers, 'layers', MAX_GRAPH_LAYERS).map((raw, i) => {
		const layer = readLayer(raw, `layers[${i}]`, previous, known, counts, form);
		known.add(layer.name);
		previous = layer.name;
		return layer;
	});
	const outputs =
		form === 'sequential'
			? [layers[layers.length - 1].name]
			: list(json.outputs, 'outputs', MAX_GRAPH_LAYERS).map((v, i) => {
					const s = nameOf(v, `outputs[${i}]`);
					if (!layers.some((l) => l.name === s)) throw new InputError(`outputs[${i}]`, `"${s}" is not a layer`);
					return s;
				});
	return { form, name, inputs, layers, outputs };
}

/** Reads a model graph from JSON text (docs/models.md). */
export function parseModelGraph(text: string): ModelGraph {
	return readModelGraph(parseJson(text));
}

/** Whether parsed JSON is a model graph rather than a network file: it says "model". */
export function isModelGraphJson(json: unknown): boolean {
	return isObject(json) && 'model' in json;
}
