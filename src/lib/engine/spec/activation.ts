// A layer's `activation` (docs/network-file.md, docs/maths.md): a name, or an object {name, alpha | lower, upper |
// expression}, resolved with its defaults (leaky_relu α 0.01, elu α 1, prelu α 0.25, rrelu [1/8, 1/3]).

import { compileCustom, CustomNotPreparedError } from '../ops/activations/custom-compiler';
import { InputError } from './errors';
import { child, describe } from './path';
import { checkKeys, readField, readName, readObject } from './read';
import { ACTIVATION_KEYS, ACTIVATION_PARAM_FIELDS, ACTIVATION_PARAMS, type ActivationParam } from './schema';
import { ACTIVATIONS, type Activation } from './types';

const EXAMPLE_CUSTOM = '{"name": "custom", "expression": "x / (1 + abs(x))"}';

/** Where a parameter is given to an activation that does not take it. */
function notAParameter(name: Activation['name']): string {
	const takes = Object.keys(ACTIVATION_PARAMS[name]);
	return takes.length === 0 ? `${name} takes no parameters` : `not a parameter of ${name}, which takes ${takes.join(', ')}`;
}

/** The activation at `path` with its parameters' defaults filled in. */
export function readActivation(v: unknown, path: string): Activation {
	if (typeof v === 'string') {
		const name = readName(v, path, ACTIVATIONS);
		if (name === 'custom') throw new InputError(path, `custom needs an expression: ${EXAMPLE_CUSTOM}`);
		return { name, ...(ACTIVATION_PARAMS[name] as Partial<Activation>) };
	}
	if (typeof v !== 'object' || v === null || Array.isArray(v)) {
		throw new InputError(path, `expected a name or an object {"name": …}, got ${describe(v)}`);
	}
	const obj = readObject(v, path);
	checkKeys(obj, ACTIVATION_KEYS, path);
	const name = readName(readField(obj, 'name', { kind: 'structure', required: true, description: '' }, path), child(path, 'name'), ACTIVATIONS);
	const takes = ACTIVATION_PARAMS[name];
	const act: Activation = { name };
	for (const key of Object.keys(ACTIVATION_PARAM_FIELDS) as ActivationParam[]) {
		if (!Object.hasOwn(takes, key)) {
			if (Object.hasOwn(obj, key)) throw new InputError(child(path, key), notAParameter(name));
			continue;
		}
		const field = ACTIVATION_PARAM_FIELDS[key];
		const value = readField(obj, key, field, path) ?? takes[key];
		if (value === undefined) {
			throw new InputError(child(path, key), `missing — custom needs an expression in x, e.g. ${EXAMPLE_CUSTOM}`);
		}
		(act as unknown as Record<string, unknown>)[key] = value;
	}
	if (act.lower !== undefined && act.upper !== undefined && act.lower > act.upper) {
		throw new InputError(path, `lower (${act.lower}) is greater than upper (${act.upper})`);
	}
	if (act.expression !== undefined) {
		try {
			compileCustom(act.expression);
		} catch (e) {
			if (e instanceof CustomNotPreparedError) throw e;
			throw new InputError(child(path, 'expression'), (e as Error).message);
		}
	}
	return act;
}
