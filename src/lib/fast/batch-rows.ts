// Where a training step's batch comes from. Rows of the data set in the epoch's shuffled order are
// copied into the pass's X and Y: on this thread (metrics.loadRows), or, on two-thread WebAssembly
// kernels, X gathered by both threads (kernels/gather.ts) from a copy of the inputs made once in the
// kernels' shared memory, with the order there too. The copy costs the data set's size again.

import type { Dataset } from './datasets/types';
import type { FloatArray, Kernels } from './kernels/types';
import { loadRows, loadTargets } from './metrics';
import { allocCopy } from './model';
import type { Pass } from './network';

/** Data sets above this many numbers (256 MB) keep to one thread's copying: their second copy would be too much to ask. */
const MAX_SHARED_NUMBERS = 1 << 26;

export interface BatchRows {
	/** The rows' order, shuffled in place each epoch. */
	readonly order: Uint32Array;
	/** Loads rows order[from … from + rows) into the pass's X and Y. */
	load(p: Pass, from: number, rows: number): void;
}

const gathered = (kernels: Kernels, data: Dataset) =>
	kernels.gatherRows !== undefined && data.count * (data.inputSize + 1) <= MAX_SHARED_NUMBERS;

/** Numbers to reserve in the kernels for `batchRows` (0 when it copies on this thread). */
export function batchRowsElements(kernels: Kernels, data: Dataset): number {
	return gathered(kernels, data) ? data.count * (data.inputSize + 1) : 0;
}

/** Call after kernels.reserve(… + batchRowsElements(kernels, data)). */
export function batchRows<T extends FloatArray>(kernels: Kernels<T>, data: Dataset): BatchRows {
	const gather = kernels.gatherRows?.bind(kernels);
	if (!gather || !gathered(kernels, data)) {
		const order = Uint32Array.from({ length: data.count }, (_, i) => i);
		return { order, load: (p, from, rows) => loadRows(p, data, order, from, rows) };
	}
	const inputs = allocCopy(kernels, data.inputs);
	const slots = kernels.alloc(data.count);
	const order = new Uint32Array(slots.buffer, slots.byteOffset, data.count);
	for (let i = 0; i < data.count; i++) order[i] = i;
	return {
		order,
		load(p, from, rows) {
			gather(inputs, order.subarray(from, from + rows), rows, data.inputSize, p.X as T);
			loadTargets(p, data, order, from, rows);
		}
	};
}
