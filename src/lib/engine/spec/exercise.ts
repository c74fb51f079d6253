// The optional `"exercise"` object of a network file (docs/exercises.md): how `backstep exercise`
// and /teach draw a class set of variants from this network as a template — the decimals and ranges
// of the numbers drawn, and which quantities each worksheet asks for. The keys of `ask` are labels
// or ids; whether they name a quantity of this network is checked when variants are drawn (that needs
// the trace), with the same path `exercise.ask[k]`.

import { InputError } from './errors';
import { child, describe, index } from './path';
import { checkKeys, readNumber, readObject, readText } from './read';
import { EXERCISE_FIELDS } from './schema';

/** A closed interval [min, max] that numbers are drawn from, on the grid of the exercise's decimals. */
export type Interval = [number, number];

export interface Exercise {
	/** Decimals of every number drawn (inputs, weights, biases, targets): 0 to 3. */
	decimals: number;
	weights: Interval;
	biases: Interval;
	inputs: Interval;
	targets: Interval;
	/** The quantities asked, by label or id, in this order; null: the default set (docs/exercises.md). */
	ask: string[] | null;
}

export const EXERCISE_DEFAULTS: Omit<Exercise, 'ask'> = {
	decimals: 1,
	weights: [-1, 1],
	biases: [-1, 1],
	inputs: [0, 1],
	targets: [0, 1]
};

/** How far a number drawn may lie from 0, so that by-hand working stays by hand. */
export const MAX_MAGNITUDE = 100;
export const MAX_ASKED = 64;
const MAX_KEY_LENGTH = 64;

function readInterval(v: unknown, path: string, decimals: number, fallback: Interval): Interval {
	if (v === undefined || v === null) return fallback;
	if (!Array.isArray(v) || v.length !== 2) throw new InputError(path, `expected [min, max], got ${describe(v)}`);
	const range = { min: -MAX_MAGNITUDE, max: MAX_MAGNITUDE };
	const lo = readNumber(v[0], index(path, 0), range);
	const hi = readNumber(v[1], index(path, 1), range);
	if (!(lo < hi)) throw new InputError(path, `min must be below max, got [${lo}, ${hi}]`);
	// At least two non-zero numbers with `decimals` decimals must lie inside, or no variant can differ.
	const step = 10 ** -decimals;
	const count = Math.floor(hi / step + 1e-9) - Math.ceil(lo / step - 1e-9) + 1 - (lo <= 0 && hi >= 0 ? 1 : 0);
	if (count < 2) throw new InputError(path, `[${lo}, ${hi}] holds fewer than two non-zero numbers with ${decimals} decimals`);
	return [lo, hi];
}

function readAsk(v: unknown): string[] | null {
	if (v === undefined || v === null) return null;
	if (!Array.isArray(v)) throw new InputError('exercise.ask', `expected an array of keys such as ["H_1", "E", "dE/dw_5"], got ${describe(v)}`);
	if (v.length === 0 || v.length > MAX_ASKED) throw new InputError('exercise.ask', `expected 1 to ${MAX_ASKED} keys, got ${v.length}`);
	const seen = new Set<string>();
	return v.map((x, k) => {
		const key = readText(x, index('exercise.ask', k), MAX_KEY_LENGTH).trim();
		if (key === '') throw new InputError(index('exercise.ask', k), 'an empty key');
		if (seen.has(key)) throw new InputError(index('exercise.ask', k), `"${key}" is asked twice`);
		seen.add(key);
		return key;
	});
}

/** The `exercise` object with its defaults filled in, or null when the file has none. */
export function readExercise(v: unknown): Exercise | null {
	if (v === undefined || v === null) return null;
	const obj = readObject(v, 'exercise', 'an object {"decimals", "weights", "biases", "inputs", "targets", "ask"}');
	checkKeys(obj, Object.keys(EXERCISE_FIELDS), 'exercise');
	const decimals = obj.decimals === undefined ? EXERCISE_DEFAULTS.decimals : readNumber(obj.decimals, 'exercise.decimals', { min: 0, max: 3, integer: true });
	const interval = (key: 'weights' | 'biases' | 'inputs' | 'targets') =>
		readInterval(obj[key], child('exercise', key), decimals, EXERCISE_DEFAULTS[key]);
	return {
		decimals,
		weights: interval('weights'),
		biases: interval('biases'),
		inputs: interval('inputs'),
		targets: interval('targets'),
		ask: readAsk(obj.ask)
	};
}

/** The exercise as written in a network file: every field, so that a reader gets the same back. */
export function exerciseToJson(e: Exercise): Record<string, unknown> {
	const out: Record<string, unknown> = { decimals: e.decimals, weights: [...e.weights], biases: [...e.biases], inputs: [...e.inputs], targets: [...e.targets] };
	if (e.ask) out.ask = [...e.ask];
	return out;
}
