// The kernels' elementwise loops (VectorOps) as plain loops over typed arrays: the typed-array
// kernels' own, and what vector.wat must reproduce number for number in float32.

import type { FloatArray, VectorOps } from './types';

export const typedVectorOps: VectorOps<FloatArray> = {
	biasRelu(Z, A, b, rows, cols) {
		let finite = true;
		for (let r = 0, i = 0; r < rows; r++)
			for (let j = 0; j < cols; j++, i++) {
				Z[i] += b[j];
				const z = Z[i]; // as stored: a float32 sum can overflow where the double did not
				A[i] = z > 0 ? z : 0;
				// z − z is 0 for finite z, NaN for NaN and ±∞.
				if (z - z !== 0) finite = false;
			}
		return finite;
	},
	reluMask(Z, G, n) {
		for (let i = 0; i < n; i++) if (!(Z[i] > 0)) G[i] = 0;
	},
	scale(G, n, s) {
		for (let i = 0; i < n; i++) G[i] *= s;
	},
	columnSums(G, rows, cols, db, add) {
		if (!add) db.fill(0, 0, cols);
		for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < cols; j++, i++) db[j] += G[i];
	}
};
