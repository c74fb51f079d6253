// Property: whatever the network, a person who copies one weight wrong and then works every later
// step correctly from it gets that weight marked wrong and nothing else wrong. Their "correct
// working" is the trace builder run on the network with the miscopied weight — an oracle that does
// not go through the checker's own recomputation.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers, type Answer } from '../../../src/lib/engine/check';
import type { ActivationName, LossName, Network } from '../../../src/lib/engine/spec/types';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { SGD, dense } from './fixtures';

const weight = fc.double({ min: -1, max: 1, noNaN: true });

const networkArb = fc
	.record({
		sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 4 }),
		activation: fc.constantFrom<ActivationName>('sigmoid', 'tanh', 'softplus'),
		loss: fc.constantFrom<LossName>('half_sse', 'mse', 'sse'),
		eta: fc.double({ min: 0.05, max: 1, noNaN: true }),
		seedWeights: fc.array(weight, { minLength: 40, maxLength: 40 }),
		inputs: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
		targets: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
		pick: fc.nat(),
		shift: fc.double({ min: 0.3, max: 1, noNaN: true })
	})
	.map(({ sizes, activation, loss, eta, seedWeights, inputs, targets, pick, shift }) => {
		let k = 0;
		const next = () => seedWeights[k++ % seedWeights.length];
		const layers = sizes.slice(1).map((n, li) => {
			const layer = dense(Array.from({ length: n }, () => Array.from({ length: sizes[li] }, next)));
			layer.activation = { name: activation };
			return layer;
		});
		const net: Network = {
			title: null,
			input: { size: sizes[0], names: null },
			layers,
			loss,
			samples: [{ input: inputs.slice(0, sizes[0]), target: targets.slice(0, sizes.at(-1)), classIndex: null }],
			optimizer: SGD(eta),
			rounding: null,
			style: 'textbook',
			seed: 1
		};
		const weights = layers.flatMap((layer, li) => layer.weights.flatMap((row, j) => row.map((_, i) => [li, j, i] as const)));
		return { net, at: weights[pick % weights.length], shift };
	});

describe('a miscopied weight carried forward', () => {
	it('marks the weight wrong and every step worked from it correct or carried, never wrong', () => {
		fc.assert(
			fc.property(networkArb, ({ net, at: [li, j, i], shift }) => {
				const miscopied: Network = structuredClone(net);
				miscopied.layers[li].weights[j][i] += shift;
				const theirs = buildTrace(miscopied);
				const w = miscopied.layers[li].weights[j][i];
				const answers: Answer[] = [
					{ key: `w[${li + 1}][${j + 1}][${i + 1}]`, value: w, written: w.toFixed(6) },
					...theirs.steps.map((s) => ({ key: s.id, value: Number(s.value.toFixed(6)), written: s.value.toFixed(6) }))
				];
				const report = checkAnswers(net, answers);
				expect(report.results[0].verdict).toBe('wrong');
				for (const r of report.results.slice(1)) {
					expect(['correct', 'carried'], `${r.key}: ${r.note}`).toContain(r.verdict);
					if (r.verdict === 'carried') expect(r.culprit?.key).toBe(answers[0].key);
				}
				// The loss moved with the weight, so at least one answer is carried.
				expect(report.summary.carried).toBeGreaterThan(0);
			}),
			{ seed: 20261127, numRuns: 40 }
		);
	});
});
