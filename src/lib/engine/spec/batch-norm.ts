// A layer's `batchNorm` in the network file (docs/network-file.md): true for Keras's defaults, or an
// object with momentum, epsilon and each neuron's γ, β, moving mean and moving variance.

import { InputError } from './errors';
import { child, describe } from './path';
import { checkKeys, readField, readObject, readVector } from './read';
import { ANY, BATCH_NORM_FIELDS } from './schema';
import type { Activation, BatchNorm } from './types';

export function readBatchNorm(v: unknown, size: number, isOutput: boolean, activation: Activation, path: string, sizePath: string): BatchNorm | null {
	if (v === undefined || v === null || v === false) return null;
	if (isOutput) throw new InputError(path, 'batch normalisation applies to hidden layers; the output layer has none');
	if (activation.name === 'prelu') {
		throw new InputError(path, "prelu's trainable slope with batch normalisation is not written here; use leaky_relu, or drop batchNorm");
	}
	const obj = v === true ? {} : readObject(v, path, `true, or an object {"momentum": …, "epsilon": …, "gamma": […], …}, got ${describe(v)}`);
	checkKeys(obj, Object.keys(BATCH_NORM_FIELDS), path);
	const vector = (key: 'gamma' | 'beta' | 'movingMean' | 'movingVariance', fill: number, min?: number) => {
		const raw = (obj as Record<string, unknown>)[key];
		if (raw == null) return new Array<number>(size).fill(fill);
		return readVector(raw, size, child(path, key), sizePath, min === undefined ? ANY : { min });
	};
	return {
		momentum: readField(obj, 'momentum', BATCH_NORM_FIELDS.momentum, path) as number,
		epsilon: readField(obj, 'epsilon', BATCH_NORM_FIELDS.epsilon, path) as number,
		gamma: vector('gamma', 1),
		beta: vector('beta', 0),
		movingMean: vector('movingMean', 0),
		movingVariance: vector('movingVariance', 1, 0)
	};
}
