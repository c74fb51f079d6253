// Finite differences of the fast path itself: for every parameter θ (weights, biases, prelu slopes),
// ∂E/∂θ from the batched backward pass matches (E(θ + h) − E(θ − h)) / 2h, on seeded random networks
// with smooth activations and losses (L1/L2 included), several samples at once.

import { describe, expect, it } from 'vitest';
import { compileCustom } from '../../src/lib/engine/ops/activations/custom-compiler';
import type { ActivationName, LossName, Network } from '../../src/lib/engine/spec/types';
import { oneStep } from '../../src/lib/fast/one-step';
import { referenceKernels } from './reference-gemm';
import { randomNetwork } from './random-network';

const SMOOTH: ActivationName[] = ['linear', 'sigmoid', 'tanh', 'softplus', 'swish', 'elu', 'prelu', 'leaky_relu', 'custom'];
const LOSSES: LossName[] = ['half_sse', 'sse', 'mse', 'binary_crossentropy', 'categorical_crossentropy'];

/** A copy of `net` with parameter `id` (w[l][j][i], b[l][j], b[l], alpha[l][j]) moved by h. */
function nudge(net: Network, id: string, h: number): Network {
	const copy = structuredClone(net);
	const [kind, ...idx] = id.split(/[[\]]+/).filter(Boolean);
	const n = idx.map(Number);
	const layer = copy.layers[n[0] - 1];
	if (kind === 'w') layer.weights[n[1] - 1][n[2] - 1] += h;
	else if (kind === 'b') {
		if (typeof layer.biases === 'number') layer.biases += h;
		else layer.biases![n[1] - 1] += h;
	} else layer.alphas![n[1] - 1] += h;
	return copy;
}

const loss = (net: Network) => oneStep(referenceKernels('f64'), net, compileCustom).loss;

describe('the fast backward pass matches finite differences', () => {
	it('on 60 seeded random networks', () => {
		const failures: string[] = [];
		let checked = 0;
		for (let s = 0; s < 60; s++) {
			const net = randomNetwork(9000 + s, { activation: SMOOTH[s % SMOOTH.length], loss: LOSSES[s % LOSSES.length], optimizer: 'sgd', samples: 1 + (s % 3) });
			// L1 is not differentiable at 0 only; no weight sits there. Kinks of leaky/prelu/elu at z = 0 are
			// a measure-zero event for these random inputs.
			const { gradients } = oneStep(referenceKernels('f64'), net, compileCustom);
			const h = 1e-6;
			for (const [id, g] of Object.entries(gradients)) {
				checked++;
				const numeric = (loss(nudge(net, id, h)) - loss(nudge(net, id, -h))) / (2 * h);
				if (Math.abs(numeric - g) > 1e-6 * Math.max(1, Math.abs(g))) failures.push(`network ${s} ${id}: backward ${g}, finite difference ${numeric}`);
			}
		}
		expect(failures).toEqual([]);
		expect(checked).toBeGreaterThan(600);
	});
});
