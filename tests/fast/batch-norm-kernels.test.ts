// Batch normalisation on every float32 kernel this runtime has (availableKernels): the gradients of a
// step and a few training steps land where float64 lands, to float32 precision; and plain SGD folded
// into the backward pass (fusableLayers) trains a batch-normalised network exactly as the unfused path.

import { describe, expect, it } from 'vitest';
import { compileCustom } from '../../src/lib/engine/ops/activations/custom-compiler';
import { availableKernels, kernelsByName } from '../../src/lib/fast/kernels/index';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import type { Kernels } from '../../src/lib/fast/kernels/types';
import { fromConfig, type ModelConfig } from '../../src/lib/fast/model';
import { oneStep } from '../../src/lib/fast/one-step';
import { fusableLayers } from '../../src/lib/fast/step';
import { Trainer } from '../../src/lib/fast/train';
import { toyDataset } from '../../src/lib/fast/datasets/toy';
import { BN_ACTIVATIONS, BN_LOSSES, randomBnNetwork } from './batch-norm-reference';
import { close, mismatches } from './tolerance';

const F32 = availableKernels('f32');

/** A few steps of a 2-12-8-1 network with batch normalisation on both hidden layers. */
function train(kernels: Kernels, config: Partial<ModelConfig>, progressEvery = 1e9) {
	const source = fromConfig({ sizes: [2, 12, 8, 1], activations: ['tanh', 'sigmoid'], loss: 'binary_crossentropy', seed: 7, batchNorm: [true, true, false], ...config });
	const trainer = new Trainer(kernels, source, toyDataset('xor', { count: 96, seed: 3 }), { epochs: 2, batchSize: 16, seed: 2, progressEvery });
	trainer.run();
	expect(trainer.trouble).toBeNull();
	const m = trainer.model;
	return { loss: trainer.lastLoss, tensors: [...m.W, ...m.b, ...m.gamma!, ...m.beta!, ...m.movingMean!, ...m.movingVariance!].filter((a) => a !== null).map((a) => Array.from(a)) };
}

describe(`batch normalisation on the float32 kernels (${F32.join(', ')})`, () => {
	for (const name of F32) {
		it(`${name}: one step's gradients on 40 random networks agree with float64`, () => {
			for (let s = 0; s < 40; s++) {
				const net = randomBnNetwork(500 + s, { activation: BN_ACTIVATIONS[s % BN_ACTIVATIONS.length], loss: BN_LOSSES[s % BN_LOSSES.length], samples: 3 + (s % 4) });
				// step and sign jump: a float32 rounding may put a z̃ on the other side of 0.
				if (net.layers.some((l) => l.activation.name === 'step' || l.activation.name === 'sign')) continue;
				const exact = oneStep(typedArrayKernels('f64'), net, compileCustom);
				const fast = oneStep(kernelsByName(name), net, compileCustom);
				expect(close(fast.loss, exact.loss, 1e-5)).toBe(true);
				expect(mismatches(exact.gradients, fast.gradients, 1e-3), `network ${s}`).toEqual([]);
				expect(mismatches(exact.updated, fast.updated, 1e-4), `network ${s}`).toEqual([]);
			}
		});

		it(`${name}: 12 adam steps land where float64 lands`, () => {
			// Without biases, as Keras's Dense(use_bias=False) before BatchNormalization: a batch-normalised
			// layer's bias has gradient 0 up to rounding, which Adam normalises into full steps of noise.
			const config = { optimizer: { type: 'adam' as const, learningRate: 0.01 }, bias: false };
			const exact = train(typedArrayKernels('f64'), config);
			const fast = train(kernelsByName(name), config);
			expect(Math.abs(fast.loss - exact.loss)).toBeLessThan(1e-4 * Math.max(1, exact.loss));
			exact.tensors.forEach((t, k) => {
				const scale = Math.max(...t.map(Math.abs), 1e-3);
				t.forEach((v, i) => expect(Math.abs(fast.tensors[k][i] - v) / scale, `tensor ${k} entry ${i}`).toBeLessThan(1e-3));
			});
		});
	}
});

describe('plain SGD folded into the backward pass', () => {
	it('updates a batch-normalised layer’s W and b in the pass and its γ, β after: the same numbers as unfused', () => {
		const config = { optimizer: { type: 'sgd' as const, learningRate: 0.5 } };
		const spec = fromConfig({ sizes: [2, 12, 8, 1], activations: ['tanh', 'sigmoid'], loss: 'binary_crossentropy', batchNorm: [true, true, false], ...config }).spec;
		expect(fusableLayers(spec)).toEqual([true, true, true]);
		const fused = train(typedArrayKernels('f64'), config);
		const unfused = train(typedArrayKernels('f64'), config, 1);
		expect(fused.loss).toBeCloseTo(unfused.loss, 13);
		fused.tensors.forEach((t, k) => t.forEach((v, i) => expect(v).toBeCloseTo(unfused.tensors[k][i], 13)));
	});
});
