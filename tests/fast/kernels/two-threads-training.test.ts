// Two threads train exactly as one: the same network, data and seed on the WebAssembly kernels
// alone and on two threads (with products of every shape split, by rows and by columns, at the
// shares the balancer picks, and large batches gathered by both threads) give the same parameters after several steps, for random sizes,
// batches, optimizers and activations.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helperStarted, threadedKernels, type ThreadedKernels } from '../../../src/lib/fast/kernels/index';
import { spawnNodeHelper } from '../../../src/lib/fast/kernels/node-helper';
import { MIN_GATHER_NUMBERS } from '../../../src/lib/fast/kernels/gather';
import { wasmKernels } from '../../../src/lib/fast/kernels/wasm';
import type { Kernels } from '../../../src/lib/fast/kernels/types';
import { fromConfig, type ModelConfig } from '../../../src/lib/fast/model';
import { Trainer } from '../../../src/lib/fast/train';
import { seededRandom } from './gemm-check';

function data(inputs: number, classes: number, count: number, seed: number) {
	const rng = seededRandom(seed);
	const x = Float32Array.from({ length: count * inputs }, () => rng.next());
	const y = new Float32Array(count * classes);
	for (let r = 0; r < count; r++) y[r * classes + rng.int(classes)] = 1;
	return { name: 'random', inputSize: inputs, targetSize: classes, count, inputs: x, targets: y };
}

function train(kernels: Kernels<Float32Array>, config: ModelConfig, batch: number, seed: number) {
	const set = data(config.sizes[0], config.sizes.at(-1)!, batch * 3, seed);
	const trainer = new Trainer(kernels, fromConfig(config), set, { epochs: 2, batchSize: batch, seed });
	return { trainer, run: () => trainer.run() };
}

describe('two threads against one', () => {
	it('give the same parameters after training, to float tolerance', { timeout: 120_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					inputs: fc.integer({ min: 100, max: 500 }),
					hidden: fc.integer({ min: 40, max: 400 }),
					batch: fc.integer({ min: 1, max: 90 }),
					optimizer: fc.constantFrom('sgd', 'adam', 'rmsprop'),
					activation: fc.constantFrom('relu', 'tanh', 'elu'),
					seed: fc.integer({ min: 1, max: 1000 })
				}),
				async ({ inputs, hidden, batch, optimizer, activation, seed }) => {
					const config: ModelConfig = {
						sizes: [inputs, hidden, Math.max(10, hidden >> 1), 10],
						activations: [activation, 'softmax'],
						loss: 'categorical_crossentropy',
						seed,
						optimizer: { type: optimizer as 'sgd', learningRate: 0.01 }
					};
					const one = train(wasmKernels('wasm-simd'), config, batch, seed);
					const twoKernels = threadedKernels('wasm-simd', spawnNodeHelper, { adapt: false }) as ThreadedKernels; // every large product split, however short the run
					try {
						const two = train(twoKernels, config, batch, seed);
						expect(await helperStarted(twoKernels, 20_000)).toBe(true);
						one.run();
						two.run();
						if (batch * inputs * hidden >= 1 << 18) expect(twoKernels.splits()).toBeGreaterThan(0);
						// Batches this large are gathered by both threads from the data set's copy in the shared memory.
						if (batch * inputs >= MIN_GATHER_NUMBERS) expect(twoKernels.gathers()).toBeGreaterThan(0);
						const a = one.trainer.snapshot();
						const b = two.trainer.snapshot();
						for (let k = 0; k < a.W.length; k++) {
							for (const [x, y] of [[a.W[k], b.W[k]], [a.b[k], b.b[k]]]) {
								let worst = 0;
								for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(x[i] - y[i]) / (1e-3 + Math.abs(x[i])));
								expect(worst).toBeLessThan(1e-5);
							}
						}
						expect(two.trainer.lastLoss).toBeCloseTo(one.trainer.lastLoss, 5);
					} finally {
						twoKernels.dispose();
					}
				}
			),
			{ numRuns: 8, seed: 20 }
		);
	});
});
