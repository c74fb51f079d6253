// The `samples` of a network file (docs/network-file.md, docs/maths.md): inputs of the input layer's size, and targets as
// the loss wants them — a class index for sparse_categorical_crossentropy (kept as a one-hot vector
// plus `classIndex`), otherwise one number per output. Cross-entropy targets are probabilities, so
// they must lie in [0, 1]. Hinge targets should be −1 or 1 (docs/maths.md) but any number is accepted and
// used as given: unlike Keras, 0/1 labels are not converted to −1/1, so the trace shows the maths of
// the targets the file states.

import { InputError } from './errors';
import { FAST_PATH_NOTE } from './layers';
import { child, describe, index, plural } from './path';
import { checkKeys, readObject, readVector } from './read';
import { SAMPLE_FIELDS } from './schema';
import { LIMITS, type LossName, type Sample } from './types';

const OUTPUT_SIZE = "the output layer's size";

function readClassIndex(v: unknown, outputs: number, path: string): number {
	if (Array.isArray(v)) {
		throw new InputError(path, `sparse_categorical_crossentropy takes a class index from 0 to ${outputs - 1} as the target, not an array`);
	}
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= outputs) {
		throw new InputError(path, `expected a class index from 0 to ${outputs - 1} (the output layer has ${plural(outputs, 'neuron')}), got ${describe(v)}`);
	}
	return v;
}

function readSample(v: unknown, k: number, inputs: number, outputs: number, loss: LossName): Sample {
	const path = index('samples', k);
	const obj = readObject(v, path, 'an object {"input": […], "target": …}');
	checkKeys(obj, Object.keys(SAMPLE_FIELDS), path);
	for (const key of Object.keys(SAMPLE_FIELDS)) {
		if (!Object.hasOwn(obj, key)) throw new InputError(child(path, key), 'missing');
	}
	const input = readVector(obj.input, inputs, child(path, 'input'), 'layers[0].size');
	const targetPath = child(path, 'target');
	if (loss === 'sparse_categorical_crossentropy') {
		const c = readClassIndex(obj.target, outputs, targetPath);
		return { input, target: Array.from({ length: outputs }, (_, j) => (j === c ? 1 : 0)), classIndex: c };
	}
	if (typeof obj.target === 'number') {
		throw new InputError(
			targetPath,
			`expected an array of ${plural(outputs, 'number')} (${OUTPUT_SIZE}), got ${describe(obj.target)}; a class index is only for sparse_categorical_crossentropy`
		);
	}
	const target = readVector(obj.target, outputs, targetPath, OUTPUT_SIZE);
	if (loss === 'binary_crossentropy' || loss === 'categorical_crossentropy') {
		target.forEach((y, j) => {
			if (y < 0 || y > 1) throw new InputError(index(targetPath, j), `${loss} needs targets in [0, 1], got ${y}`);
		});
	}
	return { input, target, classIndex: null };
}

/**
 * The samples, each checked against the input and output sizes and the loss. The exact engine needs
 * at least one and at most LIMITS.samples; the fast path (`exact` false) takes a file without any.
 */
export function readSamples(v: unknown, inputs: number, outputs: number, loss: LossName, exact: boolean): Sample[] {
	if (v === undefined) {
		if (!exact) return [];
		throw new InputError('samples', 'missing — give at least one {"input": […], "target": …}');
	}
	if (!Array.isArray(v)) throw new InputError('samples', `expected an array of {"input": […], "target": …}, got ${describe(v)}`);
	if (exact && v.length === 0) throw new InputError('samples', 'expected at least one sample, got none');
	if (exact && v.length > LIMITS.samples) {
		throw new InputError('samples', `${v.length} samples, more than the ${LIMITS.samples} the exact engine accepts ${FAST_PATH_NOTE}`);
	}
	return v.map((s, k) => readSample(s, k, inputs, outputs, loss));
}
