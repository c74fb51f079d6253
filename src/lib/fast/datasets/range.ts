// Numbers a float32 run cannot hold: past ±3.4 × 10^38 a value becomes infinite the moment it is
// copied into the kernels' arrays, and training would stop at its first step blaming the learning
// rate. Found before training starts, by sample and column, with what to do instead.

import { InputError } from '../../engine/spec/errors';
import type { Dataset } from './types';

export const FLOAT32_MAX = 3.4028234663852886e38;

/** Throws an InputError for the first input or target beyond float32's range (nothing to check in f64). */
export function checkDataRange(data: Dataset, precision: 'f32' | 'f64'): void {
	if (precision === 'f64') return;
	const scan = (values: ArrayLike<number>, width: number, what: 'input' | 'target', offset: number) => {
		for (let i = 0; i < values.length; i++) {
			const x = values[i];
			if (Math.abs(x) <= FLOAT32_MAX) continue;
			const column = i % width;
			const name = data.columns?.[offset + column];
			const where = `${data.name}: sample ${Math.floor(i / width) + 1}, ${name === undefined ? `${what} ${column + 1}` : `column ${JSON.stringify(name.slice(0, 24))}`}`;
			throw new InputError(where, `${x} is beyond float32's range (±3.4e38): scale the data, or train in double precision (--precision f64)`);
		}
	};
	scan(data.inputs, data.inputSize, 'input', 0);
	scan(data.targets, data.targetSize, 'target', data.inputSize);
}
