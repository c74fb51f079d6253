// The training loop on small seeded problems: it learns xor and circle, its modes take the right
// number of steps, it stops at once with the place of a NaN or infinity, and its schedules and LR
// finder behave as their formulas say.

import { describe, expect, it } from 'vitest';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { wasmKernels } from '../../src/lib/fast/kernels/wasm';
import { toyDataset } from '../../src/lib/fast/datasets/toy';
import { sliceDataset } from '../../src/lib/fast/datasets/types';
import { fromConfig, type ModelConfig } from '../../src/lib/fast/model';
import { CLEAR_FALL, findLearningRate, steepest, type LrPoint } from '../../src/lib/fast/lr-finder';
import { learningRateAt } from '../../src/lib/fast/schedules';
import { sourceFromNetwork, Trainer, type TrainEvent } from '../../src/lib/fast/train';

const classifier = (optimizer: ModelConfig['optimizer'], hidden = 8): ModelConfig => ({
	sizes: [2, hidden, 1],
	activations: ['tanh', 'sigmoid'],
	loss: 'binary_crossentropy',
	seed: 7,
	optimizer
});

function trainOn(name: 'xor' | 'circle', config: ModelConfig, epochs: number, batchSize: number | 'full' = 16) {
	const data = toyDataset(name, { count: 400, noise: 0, seed: 3 });
	const train = sliceDataset(data, 0, 320);
	const validation = sliceDataset(data, 320, 400);
	const trainer = new Trainer(typedArrayKernels('f64'), fromConfig(config), train, { epochs, batchSize, seed: 5, validation });
	const events = trainer.run();
	return { trainer, events, last: trainer.history[trainer.history.length - 1] };
}

describe('Trainer', () => {
	it('learns xor with adam to loss < 0.1 and accuracy > 0.95', () => {
		const { last, trainer } = trainOn('xor', classifier({ type: 'adam', learningRate: 0.05 }), 40);
		expect(trainer.trouble).toBeNull();
		expect(last.loss).toBeLessThan(0.1);
		expect(last.accuracy).toBeGreaterThan(0.95);
		expect(last.valAccuracy).toBeGreaterThan(0.95);
	});

	it('learns circle with sgd + momentum to loss < 0.1 and accuracy > 0.95', () => {
		const { last } = trainOn('circle', classifier({ type: 'sgd', learningRate: 0.1, momentum: 0.9 }), 40);
		expect(last.loss).toBeLessThan(0.1);
		expect(last.accuracy).toBeGreaterThan(0.95);
		expect(last.valAccuracy).toBeGreaterThan(0.95);
	});

	it('is repeatable: the same seeds give the same history', () => {
		const a = trainOn('xor', classifier({ type: 'sgd', learningRate: 0.1 }), 3).trainer.history.map((r) => r.loss);
		const b = trainOn('xor', classifier({ type: 'sgd', learningRate: 0.1 }), 3).trainer.history.map((r) => r.loss);
		expect(a).toEqual(b);
	});

	it('takes ⌈n/B⌉ steps an epoch: per-sample, mini-batch and full batch', () => {
		expect(trainOn('xor', classifier({ type: 'sgd' }), 2, 1).trainer.step).toBe(640);
		expect(trainOn('xor', classifier({ type: 'sgd' }), 2, 50).trainer.step).toBe(14);
		expect(trainOn('xor', classifier({ type: 'sgd' }), 2, 'full').trainer.step).toBe(2);
	});

	it('reports progress, one record per epoch and done, in order', () => {
		const { events } = trainOn('xor', classifier({ type: 'sgd' }), 2, 32);
		const kinds = events.map((e) => e.type);
		expect(kinds.filter((k) => k === 'epoch')).toHaveLength(2);
		expect(kinds.at(-1)).toBe('done');
		expect(kinds.filter((k) => k === 'progress')).toHaveLength(20);
		const progress = events.find((e): e is Extract<TrainEvent, { type: 'progress' }> => e.type === 'progress')!.progress;
		expect(progress.gradientNorms).toHaveLength(2);
		expect(progress.gradientNorms!.every((g) => g > 0 && Number.isFinite(g))).toBe(true);
	});

	it('folds plain SGD into the backward pass with the same result as the separate update', () => {
		const config = { ...classifier({ type: 'sgd', learningRate: 0.3 }), sizes: [2, 6, 5, 1] };
		const data = toyDataset('circle', { count: 96, seed: 8 });
		// Progress every step: never fused. Every 1000 steps: always fused.
		const run = (progressEvery: number) => {
			const t = new Trainer(typedArrayKernels('f64'), fromConfig(config), data, { epochs: 3, batchSize: 16, progressEvery });
			t.run();
			return t.model;
		};
		const plain = run(1);
		const fused = run(1000);
		for (const part of ['W', 'b'] as const)
			plain[part].forEach((tensor, k) => tensor.forEach((x, i) => expect(Math.abs(x - fused[part][k][i])).toBeLessThan(1e-12 * Math.max(1, Math.abs(x)))));
		expect(Array.from(plain.W[0])).not.toEqual(Array.from(fromConfig(config).params.W[0]));
	});

	it('reports progress without gradient norms when asked, every step then folded, to the same result', () => {
		const config = { ...classifier({ type: 'sgd', learningRate: 0.3 }), sizes: [2, 6, 5, 1] };
		const data = toyDataset('circle', { count: 96, seed: 8 });
		const run = (gradientNorms: boolean) => {
			const t = new Trainer(typedArrayKernels('f64'), fromConfig(config), data, { epochs: 3, batchSize: 16, progressEvery: 1, gradientNorms });
			const progress = t.run().flatMap((e) => (e.type === 'progress' ? [e.progress] : []));
			return { model: t.model, progress, folded: t.pass.fused !== null };
		};
		const plain = run(true);
		const bare = run(false);
		expect(bare.progress).toHaveLength(18);
		expect(bare.progress.every((p) => p.gradientNorms === null && Number.isFinite(p.loss))).toBe(true);
		expect(plain.progress.every((p) => p.gradientNorms!.length === 3)).toBe(true);
		expect([plain.folded, bare.folded]).toEqual([false, true]);
		bare.progress.forEach((p, i) => expect(p.loss).toBeCloseTo(plain.progress[i].loss, 12));
		for (const part of ['W', 'b'] as const)
			plain.model[part].forEach((tensor, k) => tensor.forEach((x, i) => expect(Math.abs(x - bare.model[part][k][i])).toBeLessThan(1e-12 * Math.max(1, Math.abs(x)))));
	});

	it('runs in slices: run(n) takes at most n steps and can be resumed', () => {
		const trainer = new Trainer(typedArrayKernels('f64'), fromConfig(classifier({ type: 'sgd' })), toyDataset('xor', { count: 100 }), { epochs: 5, batchSize: 10 });
		trainer.run(7);
		expect(trainer.step).toBe(7);
		trainer.run(100);
		expect(trainer.step).toBe(50);
		expect(trainer.finished).toBe(true);
		expect(trainer.run(10)).toEqual([]);
	});

	it('stops at once when the loss overflows, naming the step', () => {
		const config: ModelConfig = { sizes: [2, 16, 16, 1], activations: ['linear', 'linear'], loss: 'mse', seed: 1, optimizer: { type: 'sgd', learningRate: 10 } };
		const trainer = new Trainer(typedArrayKernels('f64'), fromConfig(config), toyDataset('plane', { count: 64 }), { epochs: 100, batchSize: 64 });
		const events = trainer.run();
		// One step an epoch (batch = all 64 rows): three epochs, then the trouble, then done.
		expect(events.map((e) => e.type).slice(-3)).toEqual(['epoch', 'trouble', 'done']);
		expect(trainer.trouble).toMatchObject({ kind: 'numerical', step: 4, layer: null, quantity: 'E', value: Infinity });
		expect(trainer.trouble!.message).toBe('the loss is not a number: E became Infinity at step 4');
		// The three good steps were taken, the fourth was not.
		expect(trainer.step).toBe(3);
		expect(trainer.history.map((r) => r.loss).every(Number.isFinite)).toBe(true);
		expect(trainer.history).toHaveLength(3);
	});

	it('blames the gradient when an update writes a NaN, at the step of that update', () => {
		// Gradients of the output layer overflow to ±∞ (huge inputs, huge targets); W becomes NaN-free
		// only if the gradients were finite, so the next forward pass finds NaN and traces it back.
		const config: ModelConfig = { sizes: [1, 1, 1], activations: ['linear', 'linear'], loss: 'half_sse', seed: 1, optimizer: { type: 'sgd', learningRate: 1 } };
		const source = fromConfig(config);
		source.params.W = [Float64Array.of(1e200), Float64Array.of(1e200)];
		const data = { name: 'huge', count: 1, inputSize: 1, targetSize: 1, inputs: Float64Array.of(1), targets: Float64Array.of(0) };
		const trainer = new Trainer(typedArrayKernels('f64'), source, data, { epochs: 10, batchSize: 1 });
		trainer.run();
		// z₂ = 1e400 overflows in the very first forward pass.
		expect(trainer.trouble!.message).toBe('overflow in the forward pass: z of layer 2 became Infinity at step 1');
		source.params.W = [Float64Array.of(1e150), Float64Array.of(1e150)];
		const second = new Trainer(typedArrayKernels('f64'), source, { ...data, targets: Float64Array.of(1e160) }, { epochs: 10, batchSize: 1 });
		second.run();
		// Step 1: E = ½(1e300 − 1e160)² overflows first.
		expect(second.trouble!.message).toBe('the loss is not a number: E became Infinity at step 1');
		source.params.W = [Float64Array.of(1), Float64Array.of(1e-300)];
		const third = new Trainer(typedArrayKernels('f64'), source, { ...data, inputs: Float64Array.of(1e300), targets: Float64Array.of(-1e10) }, { epochs: 10, batchSize: 1 });
		third.run();
		// a₁ = 1e300, z₂ = 1, E ≈ ½·1e20 is finite, but dE/dW₂ = δ₂ · a₁ ≈ 1e10 · 1e300 = ∞ at step 1;
		// the update makes W₂ = −∞, and step 2's forward pass finds it and traces it back.
		expect(third.trouble!.message).toBe('exploding gradients: dE/dW of layer 2 became Infinity at step 1');
	});

	it('catches a float32 overflow in a ReLU layer where the bias is added (WebAssembly and typed arrays alike)', () => {
		// z₁ = ±(3e38 + 3e38) is finite in double but ±∞ in float32: the first layer's z, at step 1. The
		// layer writes a = max(z, 0) over z, so −∞ is found by computing z again.
		const config: ModelConfig = { sizes: [1, 2, 1], activations: ['relu', 'linear'], loss: 'half_sse', seed: 1, optimizer: { type: 'sgd', learningRate: 0.1 } };
		for (const sign of [1, -1])
			for (const kernels of [wasmKernels('wasm-simd'), typedArrayKernels('f32')]) {
				const source = fromConfig(config);
				source.params.W = [Float64Array.of(1, sign * 3e38), Float64Array.of(1, 1)];
				source.params.b = [Float64Array.of(0, sign * 3e38), Float64Array.of(0)];
				const data = { name: 'big', count: 1, inputSize: 1, targetSize: 1, inputs: Float32Array.of(1), targets: Float32Array.of(0) };
				const trainer = new Trainer(kernels, source, data, { epochs: 3, batchSize: 1 });
				trainer.run();
				expect(trainer.trouble!.message, kernels.name).toBe(`overflow in the forward pass: z of layer 1 became ${sign * Infinity} at step 1`);
				expect(trainer.trouble, kernels.name).toMatchObject({ layer: 1, quantity: 'z' });
			}
	});
});

describe('Trainer.setLearningRate', () => {
	it('changes the rate from the next step on, the run carrying on (same as a run started there at the new rate, for plain SGD)', () => {
		const data = toyDataset('circle', { count: 40, noise: 0, seed: 3 });
		const config = classifier({ type: 'sgd', learningRate: 0.5 });
		const options = { epochs: 10, batchSize: 'full' as const, shuffle: false };
		const changed = new Trainer(typedArrayKernels('f64'), fromConfig(config), data, options);
		changed.run(3);
		changed.setLearningRate(0.05);
		expect(changed.learningRate()).toBe(0.05);
		// A fresh run from the weights after step 3, at 0.05 (SGD has no state to lose).
		const net = changed.toNetwork();
		const fresh = new Trainer(typedArrayKernels('f64'), sourceFromNetwork({ ...net, optimizer: { ...net.optimizer, learningRate: 0.05 } }), data, options);
		changed.run(2);
		fresh.run(2);
		expect(changed.step).toBe(5);
		expect(Array.from(changed.model.W[0])).toEqual(Array.from(fresh.model.W[0]));
		expect(Array.from(changed.model.b[1])).toEqual(Array.from(fresh.model.b[1]));
		expect(() => changed.setLearningRate(0)).toThrow('learning rate 0 is not a positive number');
		expect(() => changed.setLearningRate(NaN)).toThrow('learning rate NaN is not a positive number');
	});

	it('keeps the optimizer state and scales the schedule from the new base rate', () => {
		const data = toyDataset('xor', { count: 40, noise: 0, seed: 3 });
		const t = new Trainer(typedArrayKernels('f64'), fromConfig(classifier({ type: 'adam', learningRate: 0.01 })), data, {
			epochs: 10, batchSize: 'full', schedule: { type: 'step', every: 2, factor: 0.5 }
		});
		t.run(4);
		t.setLearningRate(0.1);
		// Step 4 of a halving-every-2 schedule: 0.1 · 0.5².
		expect(t.learningRate()).toBeCloseTo(0.025, 15);
		// Adam's moments carry on: the next update is not the first step of a fresh Adam run from
		// these weights at that rate (which moves every weight by about the rate itself).
		const net = t.toNetwork();
		const fresh = new Trainer(typedArrayKernels('f64'), sourceFromNetwork({ ...net, optimizer: { ...net.optimizer, learningRate: 0.025 } }), data, { epochs: 10, batchSize: 'full' });
		t.run(1);
		fresh.run(1);
		expect(t.step).toBe(5);
		const gap = Math.max(...Array.from(t.model.W[0], (w, i) => Math.abs(w - fresh.model.W[0][i])));
		expect(gap).toBeGreaterThan(1e-4);
	});
});

describe('learningRateAt', () => {
	it('follows step, exponential, cosine and one-cycle formulas', () => {
		expect(learningRateAt({ type: 'step', every: 10, factor: 0.5 }, 0.1, 25)).toBeCloseTo(0.025, 15);
		expect(learningRateAt({ type: 'exponential', decaySteps: 100, rate: 0.96 }, 0.1, 50)).toBeCloseTo(0.1 * Math.sqrt(0.96), 15);
		expect(learningRateAt({ type: 'cosine', decaySteps: 100 }, 0.1, 50)).toBeCloseTo(0.05, 15);
		expect(learningRateAt({ type: 'cosine', decaySteps: 100, alpha: 0.1 }, 0.1, 200)).toBeCloseTo(0.01, 15);
		const cycle = { type: 'one-cycle', totalSteps: 100, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4 } as const;
		expect(learningRateAt(cycle, 1, 0)).toBeCloseTo(0.04, 15);
		expect(learningRateAt(cycle, 1, 30)).toBeCloseTo(1, 15);
		expect(learningRateAt(cycle, 1, 65)).toBeCloseTo((1 + 0.04 / 1e4) / 2, 12);
		expect(learningRateAt(cycle, 1, 100)).toBeCloseTo(0.04 / 1e4, 15);
	});
});

describe('findLearningRate', () => {
	it('raises the rate exponentially and suggests a rate on the descent', () => {
		const data = toyDataset('circle', { count: 256, seed: 2 });
		const result = findLearningRate(typedArrayKernels('f64'), fromConfig(classifier({ type: 'sgd' })), data, { minLr: 1e-4, maxLr: 100, steps: 120, batchSize: 16 });
		const lrs = result.points.map((p) => p.lr);
		expect(lrs[0]).toBeCloseTo(1e-4, 12);
		for (let i = 1; i < lrs.length; i++) expect(lrs[i] / lrs[i - 1]).toBeCloseTo(Math.pow(1e6, 1 / 119), 10);
		const s = result.suggested!;
		expect(s).toBeGreaterThan(1e-3);
		expect(s).toBeLessThan(10);
		// Training at the suggested rate does learn.
		const trained = trainOn('circle', classifier({ type: 'sgd', learningRate: s }), 30);
		expect(trained.last.accuracy).toBeGreaterThan(0.9);
	});

	it('suggests nothing when the loss has no clear descent: flat and noisy, or rising from the start', () => {
		const curve = (f: (x: number) => number, noise: number): LrPoint[] => {
			let seed = 11;
			const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 2;
			let avg = 0;
			return Array.from({ length: 100 }, (_, i) => {
				const loss = f(i / 99) + noise * rand();
				avg = 0.98 * avg + 0.02 * loss;
				return { lr: 1e-5 * Math.pow(1e6, i / 99), loss, smoothed: avg / (1 - Math.pow(0.98, i + 1)) };
			});
		};
		expect(steepest(curve(() => 0.69, 0.05))).toBeNull();
		expect(steepest(curve((x) => 0.69 + 0.3 * x * x, 0.05))).toBeNull();
		expect(steepest(curve((x) => 0.69 * (1 - (CLEAR_FALL / 2) * x), 0.01))).toBeNull();
		// A clear fall between 10^-3 and 10^-1: the suggestion lies on it.
		const falling = steepest(curve((x) => 0.7 - 0.5 / (1 + Math.exp(-(x - 0.5) * 20)), 0.05))!;
		expect(falling).toBeGreaterThan(1e-3);
		expect(falling).toBeLessThan(1e-1);
		expect(steepest([])).toBeNull();
	});

	it('stops when the smoothed loss passes four times its best', () => {
		const config: ModelConfig = { sizes: [2, 8, 1], activations: ['tanh', 'linear'], loss: 'mse', seed: 7, optimizer: { type: 'sgd' } };
		const result = findLearningRate(typedArrayKernels('f64'), fromConfig(config), toyDataset('plane', { count: 256, seed: 2 }), { minLr: 1e-4, maxLr: 100, steps: 120, batchSize: 16 });
		expect(result.stopped).toBe('diverged');
		expect(result.points.length).toBeLessThan(120);
		const best = Math.min(...result.points.map((p) => p.smoothed));
		expect(result.points.at(-1)!.smoothed > 4 * best || !Number.isFinite(result.points.at(-1)!.smoothed)).toBe(true);
		expect(result.suggested!).toBeGreaterThan(3e-3);
		expect(result.suggested!).toBeLessThan(1);
	});
});
