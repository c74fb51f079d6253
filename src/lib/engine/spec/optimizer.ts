// The `optimizer` of a network file (docs/maths.md): `{type, ...parameters}` (or just the type's name),
// each parameter one the type takes in Keras 3, the rest filled with Keras 3's defaults.

import { InputError } from './errors';
import { child, describe } from './path';
import { checkKeys, readField, readName } from './read';
import {
	ABSENT_OPTIMIZER,
	OPTIMIZER_KEYS,
	OPTIMIZER_PARAM_FIELDS,
	OPTIMIZER_PARAMS,
	optimizerDefaults,
	type OptimizerParam
} from './schema';
import { OPTIMIZERS, type Optimizer, type OptimizerName } from './types';

const PATH = 'optimizer';

function takes(type: OptimizerName): string[] {
	return Object.keys(OPTIMIZER_PARAMS[type]);
}

export function readOptimizer(v: unknown): Optimizer {
	if (v === undefined || v === null) return { ...optimizerDefaults(ABSENT_OPTIMIZER.type), ...ABSENT_OPTIMIZER };
	if (typeof v === 'string') return optimizerDefaults(readName(v, PATH, OPTIMIZERS));
	if (typeof v !== 'object' || Array.isArray(v)) {
		throw new InputError(PATH, `expected {"type": …, …parameters} or a name, got ${describe(v)}`);
	}
	const obj = v as Record<string, unknown>;
	if (!Object.hasOwn(obj, 'type')) {
		checkKeys(obj, OPTIMIZER_KEYS, PATH);
		throw new InputError(child(PATH, 'type'), `missing (one of ${OPTIMIZERS.join(', ')})`);
	}
	const type = readName(obj.type, child(PATH, 'type'), OPTIMIZERS);
	const allowed = takes(type);
	checkKeys(obj, ['type', ...allowed], PATH, (key) =>
		Object.hasOwn(OPTIMIZER_PARAM_FIELDS, key) ? `not a parameter of ${type}, which takes ${allowed.join(', ')}` : null
	);
	const opt = optimizerDefaults(type) as unknown as Record<string, unknown>;
	for (const key of allowed as OptimizerParam[]) {
		if (Object.hasOwn(obj, key)) opt[key] = readField(obj, key, OPTIMIZER_PARAM_FIELDS[key], PATH);
	}
	const out = opt as unknown as Optimizer;
	// Keras 3 refuses more than one kind of clipping at once.
	if (out.clipnorm !== null && out.clipvalue !== null) {
		throw new InputError(child(PATH, 'clipvalue'), 'give either clipnorm or clipvalue, not both');
	}
	return out;
}
