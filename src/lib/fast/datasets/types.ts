// A data set on typed arrays: `count` rows of inputs and targets, row-major.

export interface Dataset {
	name: string;
	count: number;
	inputSize: number;
	targetSize: number;
	inputs: Float32Array | Float64Array;
	targets: Float32Array | Float64Array;
	/** Column names where the source had them (CSV header), inputs then targets. */
	columns?: string[];
}

/** What accuracy means for a data set's targets. */
export type Task = 'multiclass' | 'binary01' | 'binarypm' | 'regression';

/** Multiclass when every target row is one-hot; binary when one column holds only 0/1 or −1/1. */
export function taskOf(data: Dataset): Task {
	const { targets, targetSize, count } = data;
	if (targetSize > 1) {
		for (let r = 0; r < count; r++) {
			let ones = 0;
			for (let j = 0; j < targetSize; j++) {
				const y = targets[r * targetSize + j];
				if (y === 1) ones++;
				else if (y !== 0) return 'regression';
			}
			if (ones !== 1) return 'regression';
		}
		return 'multiclass';
	}
	let zero = false;
	let minus = false;
	for (let r = 0; r < count; r++) {
		const y = targets[r];
		if (y === 0) zero = true;
		else if (y === -1) minus = true;
		else if (y !== 1) return 'regression';
	}
	return zero && minus ? 'regression' : minus ? 'binarypm' : 'binary01';
}

/** Rows [from, to) as a new data set (the split of a validation set). */
export function sliceDataset(data: Dataset, from: number, to: number, name = data.name): Dataset {
	return {
		...data,
		name,
		count: to - from,
		inputs: data.inputs.subarray(from * data.inputSize, to * data.inputSize),
		targets: data.targets.subarray(from * data.targetSize, to * data.targetSize)
	};
}
