// A trace never holds ±∞ or NaN as a result: it stops at the first step whose value is not finite
// with a user error that names the quantity, its formula with the numbers and what to change.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { InputError } from '../../../src/lib/engine/spec/errors';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { randomNetworkJson } from './random-networks';

const exact = () => JSON.parse(readFileSync('static/examples/course-2-2-2-exact.json', 'utf8'));

function errorOf(json: unknown): InputError {
	try {
		buildTrace(validateNetwork(json));
	} catch (e) {
		if (e instanceof InputError) return e;
		throw e;
	}
	throw new Error('expected an InputError');
}

describe('non-finite values in the trace', () => {
	it('stop at the first overflowing step, naming it, its formula with the numbers, and a hint', () => {
		const net = exact();
		net.layers[1].activation = 'linear';
		net.layers[2].activation = 'linear';
		net.layers[1].weights = [[1e200, 1e200], [1e200, 1e200]];
		net.samples[0].input = [1e200, 1e200];
		const e = errorOf(net);
		expect(e.message).toMatch(/^z\[1\]\[1\] \(z_H1\) overflows to \+∞: z_H1 = w_1 x_1 \+ w_3 x_2 = 1 × 10\^200/);
		expect(e.message).toMatch(/scale the inputs, targets or weights down/);
	});

	it('never get as far as an update that divides 0 by 0: epsilon = 0 is refused with its range', () => {
		const net = exact();
		net.optimizer = { type: 'adagrad', learningRate: 0.1, epsilon: 0, initialAccumulatorValue: 0 };
		expect(() => validateNetwork(net)).toThrow('optimizer.epsilon: expected a positive number, got 0');
	});

	it('blame the learning rate when the update overflows', () => {
		const net = exact();
		net.optimizer = { type: 'sgd', learningRate: 1e308 };
		net.layers[1].activation = 'linear';
		net.layers[2].activation = 'linear';
		net.samples[0].input = [100, 100];
		const e = errorOf(net);
		expect(e.message).toMatch(/^w\[\d\]\[\d\]\[\d\]' \(w_\d'\) overflows/);
		expect(e.message).toMatch(/lower the learning rate/);
	});

	it('quote a long formula only in part', () => {
		const net = exact();
		net.layers[1].activation = 'linear';
		net.layers[2].activation = 'linear';
		net.layers[1].weights = [[1e300, 1e300], [1e300, 1e300]];
		net.samples[0].input = [1e300, 1e300];
		expect(errorOf(net).message.length).toBeLessThan(900);
	});

	it('never reach a result: with weights and inputs scaled up to overflow, a random network either traces finitely or says why', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 310 }), (seed, exponent) => {
				const json = randomNetworkJson(seed) as { samples: { input: number[] }[] };
				for (const s of json.samples) s.input = s.input.map((x) => x * 10 ** exponent);
				let net;
				try {
					net = validateNetwork(json);
				} catch (e) {
					if (e instanceof InputError) return;
					throw e;
				}
				try {
					const trace = buildTrace(net);
					for (const s of trace.steps) expect(Number.isFinite(s.value), s.id).toBe(true);
					expect(Number.isFinite(trace.loss)).toBe(true);
				} catch (e) {
					if (!(e instanceof InputError)) throw e;
					expect(e.message).toMatch(/overflows|is not a number|is not a finite number at the net input/);
				}
			}),
			{ numRuns: 150 }
		);
	});
});
