// Every feature's value over the plane (the first column of the network view shows them all, the
// unused ones too), on the grid the neurons are drawn on.

import { cellPoint, FEATURES, featureValue } from '$lib/fast/grid';

/** Per feature of FEATURES, its value at each of n × n cells of [min, max]² (row 0 at the top). */
export function featureGrids(n: number, min: number, max: number): Float64Array[] {
	return FEATURES.map((f) => {
		const out = new Float64Array(n * n);
		for (let row = 0; row < n; row++)
			for (let col = 0; col < n; col++) {
				const [x1, x2] = cellPoint(n, min, max, row, col);
				out[row * n + col] = featureValue(f, x1, x2);
			}
		return out;
	});
}
