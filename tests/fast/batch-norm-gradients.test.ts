// Batch normalisation in the fast path against an independent reference (batch-norm-reference.ts):
// the loss of a training step equals the reference's, and every gradient the backward pass reports
// (weights, biases, γ, β) matches central finite differences of the reference loss, on seeded random
// networks with several samples, every activation but prelu and several losses, in float64.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCustom } from '../../src/lib/engine/ops/activations/custom-compiler';
import type { Network } from '../../src/lib/engine/spec/types';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { oneStep } from '../../src/lib/fast/one-step';
import { BN_ACTIVATIONS, BN_LOSSES, randomBnNetwork, referenceForward, referenceLoss } from './batch-norm-reference';

/** A copy of `net` with parameter `id` (w[l][j][i], b[l][j], b[l], gamma[l][j], beta[l][j]) moved by h. */
function nudge(net: Network, id: string, h: number): Network {
	const copy = structuredClone(net);
	const [kind, ...idx] = id.split(/[[\]]+/).filter(Boolean);
	const n = idx.map(Number);
	const layer = copy.layers[n[0] - 1];
	if (kind === 'w') layer.weights[n[1] - 1][n[2] - 1] += h;
	else if (kind === 'b') {
		if (typeof layer.biases === 'number') layer.biases += h;
		else layer.biases![n[1] - 1] += h;
	} else if (kind === 'gamma' || kind === 'beta') layer.batchNorm![kind][n[1] - 1] += h;
	else throw new Error(`unexpected parameter ${id}`);
	return copy;
}

const step = (net: Network) => oneStep(typedArrayKernels('f64'), net, compileCustom);

describe('oneStep on a network with batch normalisation', () => {
	it('reports the loss of the reference and gradients equal to its finite differences', () => {
		let checked = 0;
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e6 }), fc.nat(BN_ACTIVATIONS.length - 1), fc.nat(BN_LOSSES.length - 1), fc.integer({ min: 2, max: 6 }), (seed, a, l, samples) => {
				const net = randomBnNetwork(seed, { activation: BN_ACTIVATIONS[a], loss: BN_LOSSES[l], samples });
				const result = step(net);
				expect(result.trouble).toBeNull();
				expect(result.loss).toBeCloseTo(referenceLoss(net), 12);
				const h = 1e-6;
				for (const [id, g] of Object.entries(result.gradients)) {
					const numeric = (referenceLoss(nudge(net, id, h)) - referenceLoss(nudge(net, id, -h))) / (2 * h);
					expect(Math.abs(numeric - g), `${id}: backward ${g}, finite difference ${numeric}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(g)));
					checked++;
				}
				// Every hidden neuron's γ and β is reported, after the layer's weights and biases.
				net.layers.forEach((layer, k) => {
					if (layer.batchNorm) for (let j = 1; j <= layer.size; j++) expect(result.gradients).toHaveProperty([`gamma[${k + 1}][${j}]`]);
				});
			}),
			{ seed: 1717, numRuns: 150 }
		);
		expect(checked).toBeGreaterThan(3000);
	});

	it('a batch-normalised layer’s biases have gradient 0 (the mean removes them)', () => {
		const net = randomBnNetwork(5, { activation: 'tanh', loss: 'mse', samples: 5, hidden: 2 });
		const { gradients } = step(net);
		const biasIds = Object.keys(gradients).filter((id) => id.startsWith('b[1]') || id.startsWith('b[2]'));
		for (const id of biasIds) expect(Math.abs(gradients[id])).toBeLessThan(1e-15);
	});

	it('reports ids in the order W, b, gamma, beta per layer and the moving statistics after the step', () => {
		const net = randomBnNetwork(8, { activation: 'sigmoid', loss: 'half_sse', samples: 4, hidden: 1 });
		net.layers[0].biases = new Array<number>(net.layers[0].size).fill(0.1);
		const result = step(net);
		expect(result.trouble).toBeNull();
		const layer1 = Object.keys(result.gradients).filter((id) => id.includes('[1]') && id.indexOf('[1]') === id.indexOf('['));
		expect([...new Set(layer1.map((id) => id.slice(0, id.indexOf('['))))]).toEqual(['w', 'b', 'gamma', 'beta']);
		const { mean, variance } = referenceForward(net, true);
		const bn = net.layers[0].batchNorm!;
		for (let j = 0; j < net.layers[0].size; j++) {
			expect(result.updated[`movingMean[1][${j + 1}]`]).toBeCloseTo(bn.momentum * bn.movingMean[j] + (1 - bn.momentum) * mean[0]![j], 14);
			expect(result.updated[`movingVariance[1][${j + 1}]`]).toBeCloseTo(bn.momentum * bn.movingVariance[j] + (1 - bn.momentum) * variance[0]![j], 14);
			// Plain SGD: γ ← γ − η ∂E/∂γ.
			expect(result.updated[`gamma[1][${j + 1}]`]).toBeCloseTo(bn.gamma[j] - 0.1 * result.gradients[`gamma[1][${j + 1}]`], 14);
		}
	});
});
