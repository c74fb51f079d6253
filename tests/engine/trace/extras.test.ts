// Dropout, batch normalisation, bias and activity penalties in the exact trace (#17): the loss and every gradient against
// the independent reference by finite differences, every step its own rule (with hand rounding too),
// and dropout's zeros where the course says they are.

import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/lib/engine/format/round';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { expectGradientsAgree } from './finite-differences';
import { randomNetworkJson, toReference } from './random-networks';

const NETWORKS = 240;

describe('dropout, batch normalisation, bias and activity penalties agree with an independent reference', () => {
	it(`gives the reference loss and finite-difference gradients on ${NETWORKS} seeded networks`, () => {
		let checked = 0;
		let kinks = 0;
		const seen = { dropout: 0, dropped: 0, bias: 0, activity: 0, batchNorm: 0 };
		for (let seed = 1; seed <= NETWORKS; seed++) {
			const net = validateNetwork(randomNetworkJson(seed, undefined, true));
			net.layers.forEach((l) => {
				if (l.dropout) seen.dropout++;
				if (l.biasRegularizer) seen.bias++;
				if (l.activityRegularizer) seen.activity++;
				if (l.batchNorm) seen.batchNorm++;
			});
			const trace = buildTrace(net);
			seen.dropped += trace.steps.filter((s) => s.note?.en.startsWith('Dropped')).length;
			const ref = toReference(net);
			const counted = expectGradientsAgree(trace, ref, seed);
			checked += counted.checked;
			kinks += counted.kinks;
		}
		expect(seen.dropout).toBeGreaterThan(40);
		expect(seen.dropped).toBeGreaterThan(40);
		expect(seen.bias).toBeGreaterThan(40);
		expect(seen.activity).toBeGreaterThan(40);
		expect(seen.batchNorm).toBeGreaterThan(40);
		expect(checked).toBeGreaterThan(2000);
		expect(kinks).toBeLessThan(checked / 20);
	});

	it('gives every step the value its own rule gives, rounded by hand or not', () => {
		for (let seed = 1; seed <= 60; seed++) {
			const json = randomNetworkJson(seed, undefined, true) as Record<string, unknown>;
			for (const rounding of [null, { decimals: 3 }]) {
				const trace = buildTrace(validateNetwork({ ...json, ...(rounding ? { rounding } : {}) }));
				const value = (id: string) => (id in trace.leaves ? trace.leaves[id] : trace.values[id]);
				for (const s of trace.steps) {
					expect(s.evaluate(s.dependsOn.map(value)), `seed ${seed}: ${s.id}`).toBe(s.unrounded);
					expect(s.value).toBe(roundTo(s.unrounded, trace.network.rounding));
					expect(s.formula + s.substituted).not.toMatch(/undefined|NaN/);
				}
			}
		}
	});
});

describe('a dropped neuron in the trace', () => {
	const net = validateNetwork({
		layers: [
			{ size: 2 },
			{ size: 3, activation: 'sigmoid', weights: [[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]], biases: [0.1, 0.1, 0.1], dropout: { rate: 0.5, mask: [1, 0, 1] } },
			{ size: 1, activation: 'sigmoid', weights: [[0.7, -0.8, 0.9]], biases: [0.2] }
		],
		loss: 'half_sse',
		samples: [{ input: [1, 2], target: [1] }]
	});
	const trace = buildTrace(net);
	const step = (id: string) => trace.steps.find((s) => s.id === id)!;

	it('has output 0, δ 0 and no gradient on its weights, and says so', () => {
		expect(step('a[1][2]').value).toBe(0);
		expect(step('a[1][2]').formula).toContain('\\frac{0}{1 - 0.5}');
		expect(step('a[1][2]').note?.en).toMatch(/^Dropped out \(rate 0.5\)/);
		expect(step('delta[1][2]').value).toBe(0);
		expect(step('dE/da[1][2]').value).not.toBe(0);
		expect(trace.gradients['w[1][2][1]']).toBe(0);
		expect(trace.gradients['w[2][1][2]']).toBe(0);
	});

	it('scales a kept neuron by 1/(1 − rate)', () => {
		const z = step('z[1][1]').value;
		expect(step('a[1][1]').value).toBeCloseTo(2 / (1 + Math.exp(-z)), 15);
		expect(step('a[1][1]').note?.en).toContain('1/(1 − 0.5) = 2');
		expect(step('delta[1][1]').substituted).toContain('\\frac{1}{1 - 0.5}');
	});

	it('draws the mask from the seed when the file gives a rate alone, the same every time', () => {
		const json = { layers: [{ size: 1 }, { size: 16, activation: 'relu', init: 'he_uniform', dropout: 0.5 }, { size: 1, activation: 'linear', init: 'glorot_uniform' }], loss: 'mse', seed: 3, samples: [{ input: [1], target: [0] }, { input: [2], target: [1] }] };
		const a = buildTrace(validateNetwork(json));
		const b = buildTrace(validateNetwork(json));
		const drops = (t: typeof a) => t.steps.filter((s) => s.note?.en.startsWith('Dropped')).map((s) => s.id);
		expect(drops(a)).toEqual(drops(b));
		expect(drops(a).length).toBeGreaterThan(4);
		expect(drops(a).length).toBeLessThan(28);
	});
});

describe('the network file refuses what it cannot mean', () => {
	const base = (layer: Record<string, unknown>, out: Record<string, unknown> = {}) => ({
		layers: [{ size: 2 }, { size: 2, activation: 'relu', weights: [[1, 0], [0, 1]], ...layer }, { size: 1, activation: 'linear', weights: [[1, 1]], ...out }],
		loss: 'mse',
		samples: [{ input: [1, 2], target: [1] }, { input: [0, 1], target: [0] }]
	});
	it.each([
		[base({ dropout: 1 }), 'layers[1].dropout.rate'],
		[base({ dropout: { rate: 0.5, mask: [1, 2] } }), 'layers[1].dropout.mask[1]: expected 1 (kept) or 0 (dropped)'],
		[base({ dropout: { rate: 0.5, mask: [[1, 0], [1, 1], [0, 0]] } }), 'layers[1].dropout.mask: 3 rows for 2 samples'],
		[base({ dropout: { rate: 0.5, mask: [1] } }), 'layers[1].dropout.mask: expected 2 numbers'],
		[base({ dropout: { rate: 0, mask: [1, 0] } }), 'a mask needs a rate above 0'],
		[base({}, { dropout: 0.5 }), 'layers[2].dropout: dropout applies to hidden layers'],
		[base({}, { activityRegularizer: { l2: 0.1 } }), 'layers[2].activityRegularizer: an activity regulariser applies to hidden layers'],
		[base({ biasRegularizer: { l2: 0.1 } }), 'layers[1].biasRegularizer: the layer has no biases to regularise']
	])('%#: %s', (file, message) => {
		expect(() => validateNetwork(file)).toThrow(message);
	});

	it('refuses dropout in the course style, which has no line for it', () => {
		const file = { ...base({ dropout: 0.5 }), style: 'course' };
		expect(() => buildTrace(validateNetwork(file))).toThrow('"course" style does not write dropout');
	});
});
