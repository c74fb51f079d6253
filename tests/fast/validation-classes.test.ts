// The validation rows' predicted classes, carried by each epoch's event where a run asks for them
// (/digits draws its confusion matrix from them): the classes of the same pass as the epoch's test
// figures, so the two agree to the digit.

import { describe, expect, it } from 'vitest';
import { irisDataset } from '../../src/lib/fast/datasets/iris';
import { sliceDataset } from '../../src/lib/fast/datasets/types';
import { kernelsByName } from '../../src/lib/fast/kernels/index';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import type { Kernels } from '../../src/lib/fast/kernels/types';
import { predict } from '../../src/lib/fast/metrics';
import { fromConfig, type ModelConfig } from '../../src/lib/fast/model';
import { Trainer } from '../../src/lib/fast/train';
import { toyDataset } from '../../src/lib/fast/datasets/toy';

const iris = irisDataset(1);
const config: ModelConfig = { sizes: [4, 8, 3], activations: ['relu', 'softmax'], loss: 'categorical_crossentropy', seed: 3, optimizer: { type: 'sgd', learningRate: 0.1 } };

function epochs(kernels: Kernels, validationClasses: boolean) {
	const validation = sliceDataset(iris, 120, 150);
	const trainer = new Trainer(kernels, fromConfig(config), sliceDataset(iris, 0, 120), { epochs: 4, batchSize: 8, seed: 5, validation, validationClasses });
	const seen: { accuracy: number | null; classes?: Uint8Array; argmax: number[] }[] = [];
	while (!trainer.finished)
		for (const e of trainer.advance())
			if (e.type === 'epoch') {
				// The weights of the epoch's end, until the next step: each row's largest output.
				const out = predict(trainer.pass, validation.inputs, validation.count);
				const argmax = Array.from({ length: validation.count }, (_, r) => [0, 1, 2].reduce((b, j) => (out[r * 3 + j] > out[r * 3 + b] ? j : b), 0));
				seen.push({ accuracy: e.record.valAccuracy, classes: e.classes, argmax });
			}
	return { seen, validation };
}

describe('validationClasses', () => {
	for (const [name, make] of [['typed arrays, f64', () => typedArrayKernels('f64')], ['WebAssembly, f32', () => kernelsByName('wasm-simd')]] as const)
		it(`carries each epoch's predicted classes, which give its test accuracy exactly (${name})`, () => {
			const { seen, validation } = epochs(make(), true);
			expect(seen).toHaveLength(4);
			for (const s of seen) {
				expect(s.classes).toHaveLength(30);
				expect(Array.from(s.classes!)).toEqual(s.argmax);
				const right = Array.from(s.classes!).filter((c, r) => validation.targets[r * 3 + c] === 1).length;
				expect(right / 30).toBe(s.accuracy);
			}
		});

	it('carries none unless asked, nor for a task that is not multiclass', () => {
		expect(epochs(typedArrayKernels('f64'), false).seen.every((s) => s.classes === undefined)).toBe(true);
		const circle = toyDataset('circle', { count: 60, noise: 0.1, seed: 3 });
		const binary: ModelConfig = { sizes: [2, 4, 1], activations: ['tanh', 'sigmoid'], loss: 'binary_crossentropy', seed: 7, optimizer: { type: 'sgd', learningRate: 0.5 } };
		const t = new Trainer(typedArrayKernels('f64'), fromConfig(binary), sliceDataset(circle, 0, 40), { epochs: 1, batchSize: 8, validation: sliceDataset(circle, 40, 60), validationClasses: true });
		const events = t.run();
		expect(events.filter((e) => e.type === 'epoch').every((e) => e.type === 'epoch' && e.classes === undefined)).toBe(true);
	});
});
