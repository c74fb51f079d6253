// JSON data: { "inputs": [[…], …], "targets": [[…], …] } or [ { "input": […], "target": […] }, … ].
// A target may be a single number (a class index or a value). Errors name the JSON path.

import { InputError, isInputError } from '../../engine/spec/errors';
import { parseJson } from '../../engine/spec/json';
import { describe } from '../../engine/spec/path';
import type { Dataset } from './types';

function vector(v: unknown, path: string): number[] {
	const xs = typeof v === 'number' ? [v] : v;
	if (!Array.isArray(xs) || xs.length === 0) throw new InputError(path, 'expected a number or a non-empty array of numbers');
	xs.forEach((x, i) => {
		if (typeof x !== 'number' || !Number.isFinite(x)) throw new InputError(`${path}[${i}]`, `expected a finite number, got ${describe(x)}`);
	});
	return xs as number[];
}

export function parseJsonData(text: string, file: string): Dataset {
	let doc: unknown;
	try {
		doc = parseJson(text);
	} catch (e) {
		throw isInputError(e) ? new InputError(file, e.reason) : e;
	}
	let pairs: { input: unknown; target: unknown }[];
	if (Array.isArray(doc)) {
		pairs = doc.map((s, i) => {
			if (typeof s !== 'object' || s === null) throw new InputError(`${file}: [${i}]`, 'expected an object {input, target}');
			return { input: (s as Record<string, unknown>).input, target: (s as Record<string, unknown>).target };
		});
	} else if (typeof doc === 'object' && doc !== null && 'inputs' in doc && 'targets' in doc) {
		const { inputs, targets } = doc as { inputs: unknown; targets: unknown };
		if (!Array.isArray(inputs)) throw new InputError(`${file}: inputs`, 'expected an array of samples');
		if (!Array.isArray(targets)) throw new InputError(`${file}: targets`, 'expected an array of samples');
		if (inputs.length !== targets.length) throw new InputError(`${file}: targets`, `${targets.length} targets for ${inputs.length} inputs`);
		pairs = inputs.map((input, i) => ({ input, target: targets[i] }));
	} else throw new InputError(file, 'expected {"inputs": [...], "targets": [...]} or [{"input": [...], "target": [...]}, ...]');
	if (pairs.length === 0) throw new InputError(file, 'no samples');
	const isPairs = Array.isArray(doc);
	const where = (i: number, which: 'input' | 'target') => (isPairs ? `${file}: [${i}].${which}` : `${file}: ${which}s[${i}]`);
	const rowsIn = pairs.map((p, i) => vector(p.input, where(i, 'input')));
	const rowsOut = pairs.map((p, i) => vector(p.target, where(i, 'target')));
	const inputSize = rowsIn[0].length;
	const targetSize = rowsOut[0].length;
	rowsIn.forEach((r, i) => {
		if (r.length !== inputSize) throw new InputError(where(i, 'input'), `${r.length} numbers where the first sample has ${inputSize}`);
	});
	rowsOut.forEach((r, i) => {
		if (r.length !== targetSize) throw new InputError(where(i, 'target'), `${r.length} numbers where the first sample has ${targetSize}`);
	});
	return {
		name: file,
		count: pairs.length,
		inputSize,
		targetSize,
		inputs: Float64Array.from(rowsIn.flat()),
		targets: Float64Array.from(rowsOut.flat())
	};
}
