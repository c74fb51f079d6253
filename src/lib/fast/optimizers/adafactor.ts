// Keras 3 Adafactor over a tensor (the rule and its symbols: engine/ops/optimizers/adafactor.ts).
// A weight matrix (rows × cols) keeps one accumulator per row and per column: slot 0 holds the rows'
// in its first `rows` entries and slot 1 the columns' in its first `cols` (the slots are tensor-sized
// for every rule). A vector keeps one per entry in slot 2. Slot 2 of a matrix holds v̂ for the step.

import type { FloatArray } from '../kernels/types';
import type { VectorOptimizer } from './types';

function rms(a: FloatArray): number {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i] * a[i];
	return Math.sqrt(s / a.length);
}

export const adafactor: VectorOptimizer = {
	name: 'adafactor',
	slots: () => [0, 0, 0],
	update(theta, g, [r, c, v], t, lr, opt, shape) {
		const n = theta.length;
		const rho = Math.min(lr, 1 / Math.sqrt(t));
		const alpha = Math.max(opt.epsilon2, rms(theta)) * rho;
		const keep = 1 - t ** opt.beta2Decay;
		const eps1 = opt.epsilon1;
		if (shape && shape.rows * shape.cols === n) {
			const { rows, cols } = shape;
			for (let j = 0; j < rows; j++) {
				let s = 0;
				for (let i = 0; i < cols; i++) s += g[j * cols + i] * g[j * cols + i] + eps1;
				r[j] = keep * r[j] + ((1 - keep) * s) / cols;
			}
			for (let i = 0; i < cols; i++) {
				let s = 0;
				for (let j = 0; j < rows; j++) s += g[j * cols + i] * g[j * cols + i] + eps1;
				c[i] = keep * c[i] + ((1 - keep) * s) / rows;
			}
			let rBar = 0;
			for (let j = 0; j < rows; j++) rBar += r[j] / rows;
			for (let j = 0; j < rows; j++) for (let i = 0; i < cols; i++) v[j * cols + i] = (r[j] * c[i]) / rBar;
		} else {
			for (let k = 0; k < n; k++) v[k] = keep * v[k] + (1 - keep) * (g[k] * g[k] + eps1);
		}
		// u = g / √v̂, scaled down when its RMS passes the threshold d.
		let su = 0;
		for (let k = 0; k < n; k++) su += (g[k] * g[k]) / v[k];
		const scale = alpha / Math.max(1, Math.sqrt(su / n) / opt.clipThreshold);
		for (let k = 0; k < n; k++) theta[k] -= (scale * g[k]) / Math.sqrt(v[k]);
	}
};
