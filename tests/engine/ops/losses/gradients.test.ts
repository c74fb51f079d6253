// Every loss's ∂E/∂a against central differences of its value, on seeded random outputs and targets
// in each loss's valid range, and the values of docs/maths.md on hand-worked cases.

import { describe, expect, it } from 'vitest';
import { LOSS_NAMES, lossOp, PROBABILITY_EPSILON } from '../../../../src/lib/engine/ops';
import type { LossName } from '../../../../src/lib/engine/spec/types';
import { central, close, rng } from '../helpers';

type Gen = (r: () => number, n: number) => { a: number[]; y: number[] };

const uniform = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();
const probs = (r: () => number, n: number) => Array.from({ length: n }, () => uniform(r, 0.05, 0.95));
const oneHot = (r: () => number, n: number) => {
	const c = Math.floor(r() * n);
	return Array.from({ length: n }, (_, k) => (k === c ? 1 : 0));
};

const generators: Record<LossName, Gen> = {
	half_sse: (r, n) => ({ a: probs(r, n), y: Array.from({ length: n }, () => uniform(r, -1, 1)) }),
	sse: (r, n) => ({ a: probs(r, n), y: Array.from({ length: n }, () => uniform(r, -1, 1)) }),
	mse: (r, n) => ({ a: probs(r, n), y: Array.from({ length: n }, () => uniform(r, -1, 1)) }),
	mae: (r, n) => ({ a: probs(r, n), y: Array.from({ length: n }, () => uniform(r, -1, 1)) }),
	binary_crossentropy: (r, n) => ({ a: probs(r, n), y: Array.from({ length: n }, () => r()) }),
	categorical_crossentropy: (r, n) => {
		const w = Array.from({ length: n }, () => r());
		const s = w.reduce((p, v) => p + v, 0);
		return { a: probs(r, n), y: w.map((v) => v / s) };
	},
	sparse_categorical_crossentropy: (r, n) => ({ a: probs(r, n), y: oneHot(r, n) }),
	hinge: (r, n) => ({ a: Array.from({ length: n }, () => uniform(r, -2, 2)), y: Array.from({ length: n }, () => (r() < 0.5 ? -1 : 1)) })
};

describe('loss gradients match central differences', () => {
	for (const name of LOSS_NAMES) {
		it(`${name}: ∂E/∂a_k agrees with differences on 100 seeded cases`, () => {
			const op = lossOp(name);
			const r = rng(1000 + name.length);
			for (let c = 0; c < 100; c++) {
				const n = 1 + Math.floor(r() * 5);
				const { a, y } = generators[name](r, n);
				// stay off the kinks of mae (a = y) and hinge (y a = 1)
				if (a.some((ak, k) => Math.abs(ak - y[k]) < 1e-3 || Math.abs(1 - y[k] * ak) < 1e-3)) continue;
				const g = op.grad(a, y);
				for (let k = 0; k < n; k++) {
					const want = central((v) => op.value(a.map((aj, j) => (j === k ? v : aj)), y), a[k]);
					expect(close(g[k], want, 1e-7, 1e-6), `${name} case ${c}, k ${k}: ${g[k]} vs ${want}`).toBe(true);
				}
			}
		});
	}
});

describe('loss values (docs/maths.md)', () => {
	it('half_sse of the course example is ½(0.23 − 0.48)² + ½(−0.07 − 0.53)²', () => {
		expect(lossOp('half_sse').value([0.48, 0.53], [0.23, -0.07])).toBeCloseTo(0.5 * 0.25 ** 2 + 0.5 * 0.6 ** 2, 15);
	});
	it('sse, mse and mae use n = the number of outputs', () => {
		expect(lossOp('sse').value([1, 2], [0, 0])).toBe(5);
		expect(lossOp('mse').value([1, 2], [0, 0])).toBe(2.5);
		expect(lossOp('mae').value([1, -2], [0, 0])).toBe(1.5);
	});
	it('mae′ is 0 where a = y', () => expect(lossOp('mae').grad([0.5, 0.2], [0.5, 0])).toEqual([0, 0.5]));
	it('binary cross-entropy averages over the outputs and clips like Keras', () => {
		expect(lossOp('binary_crossentropy').value([0.8, 0.3], [1, 0])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, 15);
		expect(lossOp('binary_crossentropy').value([1], [0])).toBeCloseTo(-Math.log(PROBABILITY_EPSILON), 6);
		expect(lossOp('binary_crossentropy').grad([1], [0])).toEqual([0]);
	});
	it('categorical cross-entropy is −Σ y ln a, clipped at 1e-7', () => {
		expect(lossOp('categorical_crossentropy').value([0.2, 0.7, 0.1], [0, 1, 0])).toBeCloseTo(-Math.log(0.7), 15);
		expect(lossOp('categorical_crossentropy').value([0, 1], [1, 0])).toBeCloseTo(-Math.log(1e-7), 9);
		expect(lossOp('categorical_crossentropy').grad([0, 1], [1, 0])).toEqual([0, 0]);
	});
	it('sparse categorical cross-entropy is −ln a_c with the target expanded to one-hot', () => {
		expect(lossOp('sparse_categorical_crossentropy').value([0.2, 0.7, 0.1], [0, 0, 1])).toBeCloseTo(-Math.log(0.1), 15);
		expect(lossOp('sparse_categorical_crossentropy').grad([0.2, 0.7, 0.1], [0, 0, 1])).toEqual([0, 0, -10]);
	});
	it('hinge is the mean of max(0, 1 − y a); its gradient −y/n only where the margin is positive', () => {
		expect(lossOp('hinge').value([0.5, 2], [1, 1])).toBe(0.25);
		expect(lossOp('hinge').grad([0.5, 2], [1, 1])).toEqual([-0.5, 0]);
		expect(lossOp('hinge').grad([0.5], [-1])).toEqual([1]);
	});
});
