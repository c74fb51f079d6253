// Matching a data set to a network: a single label column becomes one-hot targets when the network
// has several outputs and the labels are class indices 0 … n−1; otherwise the sizes must agree.

import { InputError } from '../../engine/spec/errors';
import type { Dataset } from './types';

export function fitToNetwork(data: Dataset, inputSize: number, outputSize: number): Dataset {
	if (data.inputSize !== inputSize)
		throw new InputError(data.name, `${data.inputSize} input columns, but the network's input layer has ${inputSize} neurons`);
	if (data.targetSize === outputSize) return data;
	if (data.targetSize === 1 && outputSize > 1) {
		const targets = new Float64Array(data.count * outputSize);
		for (let r = 0; r < data.count; r++) {
			const c = data.targets[r];
			if (!Number.isInteger(c) || c < 0 || c >= outputSize)
				throw new InputError(`${data.name}: sample ${r + 1}`, `label ${c} is not a class index 0…${outputSize - 1} for the network's ${outputSize} outputs`);
			targets[r * outputSize + c] = 1;
		}
		return { ...data, targetSize: outputSize, targets };
	}
	throw new InputError(data.name, `${data.targetSize} target values per sample, but the network's output layer has ${outputSize} neurons`);
}
