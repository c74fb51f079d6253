// softmax: stable forward values, its Jacobian-vector product against finite differences, and the
// collapse to a − y with cross-entropy (docs/maths.md).

import { describe, expect, it } from 'vitest';
import { combinesWithSoftmax, lossOp, softmax, softmaxBackward, softmaxTex } from '../../../../src/lib/engine/ops';
import { central, close, rng } from '../helpers';

describe('softmax', () => {
	it('sums to 1 and matches e^{z_j} / Σ e^{z_k}', () => {
		const a = softmax([0.25, -0.3, 1]);
		const e = [0.25, -0.3, 1].map(Math.exp);
		const s = e.reduce((p, v) => p + v, 0);
		a.forEach((aj, j) => expect(aj).toBeCloseTo(e[j] / s, 15));
		expect(a.reduce((p, v) => p + v, 0)).toBeCloseTo(1, 15);
	});
	it('is finite for large logits (it subtracts the max)', () => {
		const a = softmax([1000, 1001, -1000]);
		expect(a.every(Number.isFinite)).toBe(true);
		expect(a[1]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
		expect(a[2]).toBe(0);
	});
	it('softmaxBackward is the Jacobian-transpose product, against central differences on 50 seeded cases', () => {
		const r = rng(7);
		for (let c = 0; c < 50; c++) {
			const n = 2 + Math.floor(r() * 5);
			const z = Array.from({ length: n }, () => r() * 6 - 3);
			const g = Array.from({ length: n }, () => r() * 2 - 1);
			const L = (zz: number[]) => softmax(zz).reduce((p, aj, j) => p + g[j] * aj, 0);
			const got = softmaxBackward(softmax(z), g);
			for (let j = 0; j < n; j++) {
				const want = central((v) => L(z.map((zk, k) => (k === j ? v : zk))), z[j]);
				expect(close(got[j], want, 1e-8, 1e-6), `case ${c}, j ${j}`).toBe(true);
			}
		}
	});
	it('with categorical cross-entropy and a one-hot target the backward product is a − y', () => {
		expect(combinesWithSoftmax('categorical_crossentropy')).toBe(true);
		expect(combinesWithSoftmax('sparse_categorical_crossentropy')).toBe(true);
		expect(combinesWithSoftmax('mse')).toBe(false);
		expect(combinesWithSoftmax('binary_crossentropy')).toBe(false);
		const a = softmax([0.2, 1.1, -0.4]);
		const y = [0, 1, 0];
		const delta = softmaxBackward(a, lossOp('categorical_crossentropy').grad(a, y));
		delta.forEach((d, j) => expect(d).toBeCloseTo(a[j] - y[j], 12));
	});
	it('writes its TeX for one output, for δ, and for the combined a − y', () => {
		expect(softmaxTex.apply(0, ['z_1', 'z_2'])).toBe('\\frac{e^{z_1}}{e^{z_1} + e^{z_2}}');
		expect(softmaxTex.apply(1, ['0.25', '-0.3'])).toBe('\\frac{e^{-0.3}}{e^{0.25} + e^{-0.3}}');
		expect(softmaxTex.backward(0, ['O_1', 'O_2'], ['g_1', 'g_2'])).toBe('O_1\\left(g_1 - (g_1 O_1 + g_2 O_2)\\right)');
		expect(softmaxTex.backward(1, ['0.3', '0.7'], ['0.5', '-0.2'])).toBe(
			'0.7 \\cdot \\left(-0.2 - (0.5 \\cdot 0.3 + (-0.2) \\cdot 0.7)\\right)'
		);
		expect(softmaxTex.crossEntropyDelta('0.7', '1')).toBe('0.7 - 1');
	});
});
