import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/lib/engine/format/round';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import type { Trace } from '../../../src/lib/engine/trace/types';
import { rng } from './random-networks';

/** A deep, wide, several-sample network like the largest one, small enough to check every step of. */
function wideNetwork(seed: number, rounding: unknown, optimizer: Record<string, unknown>) {
	const r = rng(seed);
	const u = () => r() * 0.8 - 0.4;
	const sizes = [5, 6, 4, 3];
	const layers: Record<string, unknown>[] = [{ size: sizes[0] }];
	for (let l = 1; l < sizes.length; l++) {
		layers.push({
			size: sizes[l],
			activation: l === sizes.length - 1 ? 'softmax' : l === 1 ? 'prelu' : 'tanh',
			weights: Array.from({ length: sizes[l] }, () => Array.from({ length: sizes[l - 1] }, u)),
			biases: l === 2 ? u() : Array.from({ length: sizes[l] }, u),
			...(l === 1 ? { alphas: Array.from({ length: sizes[l] }, () => 0.1 + r() * 0.2), regularizer: { l1: 0.01, l2: 0.02 } } : {})
		});
	}
	const samples = Array.from({ length: 4 }, (_, k) => ({ input: Array.from({ length: sizes[0] }, u), target: k % 3 }));
	return { layers, loss: 'sparse_categorical_crossentropy', samples, optimizer, rounding };
}

/** Every step's value is its own rule applied to what it says it reads, rounded as the policy says. */
function expectSelfConsistent(trace: Trace): void {
	const value = (id: string) => (id in trace.leaves ? trace.leaves[id] : trace.values[id]);
	for (const s of trace.steps) {
		const args = s.dependsOn.map(value);
		expect(args.every((x) => typeof x === 'number'), s.id).toBe(true);
		expect(s.evaluate(args), s.id).toBe(s.unrounded);
		expect(s.value, s.id).toBe(roundTo(s.unrounded, trace.network.rounding));
		expect(trace.idToLabel[s.id], s.id).toBe(s.label);
	}
}

describe('buildTrace computes values over arrays and writes each step lazily', () => {
	for (const [name, rounding, optimizer] of [
		['unrounded, adam', null, { type: 'adam', learningRate: 0.01 }],
		['2 decimals, sgd with clipnorm', { decimals: 2 }, { type: 'sgd', learningRate: 0.1, clipnorm: 0.05 }],
		['3 significant digits, rmsprop with clipvalue', { significant: 3 }, { type: 'rmsprop', learningRate: 0.01, clipvalue: 0.01 }]
	] as const) {
		it(`gives every step the value its own rule gives (${name})`, () => {
			expectSelfConsistent(buildTrace(validateNetwork(wideNetwork(11, rounding, optimizer))));
		});
	}

	it('gives the same steps whichever of a step’s fields is read first', () => {
		const net = validateNetwork(wideNetwork(5, { decimals: 2 }, { type: 'adam', learningRate: 0.01 }));
		const a = buildTrace(net);
		const b = buildTrace(net);
		// a: fields read in the interface's order; b: in the reverse order, TeX before ids and labels.
		const order = ['id', 'label', 'phase', 'formula', 'substituted', 'dependsOn', 'factors', 'sample', 'note'] as const;
		for (let i = a.steps.length - 1; i >= 0; i--) {
			const late = Object.fromEntries([...order].reverse().map((f) => [f, b.steps[i][f]]));
			const early = Object.fromEntries(order.map((f) => [f, a.steps[i][f]]));
			expect(late).toEqual(early);
		}
		expect(b.values).toEqual(a.values);
		expect(Object.keys(b.gradients)).toEqual(Object.keys(a.updated));
	});
});
