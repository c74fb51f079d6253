// ReLU networks on the WebAssembly kernels, whose elementwise loops (bias + ReLU, ReLU mask, SGD
// scaling, bias sums) run in vector.wat: a few training steps must land where the float64
// typed-array kernels land, to float32 precision. Networks with a pre-activation within 1e-5 of
// ReLU's kink are skipped (float32 rounding may put it on the other side).

import { describe, expect, it } from 'vitest';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { wasmKernels } from '../../src/lib/fast/kernels/wasm';
import type { FloatArray, Kernels } from '../../src/lib/fast/kernels/types';
import { fromConfig, type ModelConfig } from '../../src/lib/fast/model';
import { Trainer } from '../../src/lib/fast/train';
import { seededRandom } from './kernels/gemm-check';

function data(seed: number, count: number, inputs: number, classes: number) {
	const rng = seededRandom(seed);
	const x = new Float32Array(count * inputs).map(() => rng.next() * 2 - 1);
	const y = new Float32Array(count * classes);
	for (let r = 0; r < count; r++) y[r * classes + rng.int(classes)] = 1;
	return { name: 'random', count, inputSize: inputs, targetSize: classes, inputs: x, targets: y };
}

function trainSteps(kernels: Kernels, config: ModelConfig, seed: number, steps: number) {
	const source = fromConfig(config);
	// Non-zero biases, so that the bias loops have something to add.
	source.params.b = source.params.b.map((b, l) => b.map((_, j) => 0.05 * Math.sin(seed + 3 * l + j)));
	// Every hidden z passes through vec.biasRelu (a written over it afterwards): watched there.
	let nearKink = false;
	const { biasRelu } = kernels.vec;
	const vec = {
		...kernels.vec,
		biasRelu(Z: FloatArray, A: FloatArray, b: FloatArray, rows: number, cols: number) {
			for (let i = 0; i < rows * cols; i++) if (Math.abs(Z[i] + b[i % cols]) < 1e-5) nearKink = true;
			return biasRelu(Z, A, b, rows, cols);
		}
	};
	const watched: Kernels = Object.create(kernels, { vec: { value: vec } });
	const trainer = new Trainer(watched, source, data(seed, 48, config.sizes[0], config.sizes.at(-1)!), { epochs: 100, batchSize: 16, seed, shuffle: false, progressEvery: 1e9 });
	for (let s = 0; s < steps; s++) trainer.advance();
	expect(trainer.trouble).toBeNull();
	return { params: [...trainer.model.W, ...trainer.model.b].map((a) => Array.from(a)), nearKink, loss: trainer.lastLoss };
}

describe('ReLU networks: the WebAssembly kernels train as the float64 typed-array kernels do', () => {
	for (const optimizer of [{ type: 'sgd', learningRate: 0.1 }, { type: 'adam', learningRate: 0.01 }] as const) {
		it(`${optimizer.type} (${optimizer.type === 'sgd' ? 'its update folded into the backward pass' : 'gradients then update'}): 4 steps on 20 seeded networks`, () => {
			let compared = 0;
			for (let seed = 1; seed <= 20; seed++) {
				const config: ModelConfig = { sizes: [9, 21, 14, 5], activations: ['relu', 'relu', 'softmax'], loss: 'categorical_crossentropy', seed, optimizer };
				const exact = trainSteps(typedArrayKernels('f64'), config, seed, 4);
				if (exact.nearKink) continue;
				const fast = trainSteps(wasmKernels('wasm-simd'), config, seed, 4);
				compared++;
				expect(Math.abs(fast.loss - exact.loss)).toBeLessThan(1e-5 * Math.max(1, exact.loss));
				exact.params.forEach((p, t) => {
					const scale = Math.max(...p.map(Math.abs), 1e-3);
					p.forEach((v, i) => expect(Math.abs(fast.params[t][i] - v) / scale, `seed ${seed} tensor ${t} entry ${i}`).toBeLessThan(1e-4));
				});
			}
			expect(compared).toBeGreaterThanOrEqual(10);
		});
	}
});
