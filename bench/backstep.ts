// The fast path on the course's model: training steps through the real Trainer, inference through
// the forward pass, and the first layer's matmul straight on the kernels.

import { disposeKernels, helperStarted, kernelsByName, threadedKernels, threadedTypedKernels, type KernelName } from '../src/lib/fast/kernels/index';
import { spawnNodeHelper } from '../src/lib/fast/kernels/node-helper';
import type { Kernels } from '../src/lib/fast/kernels/types';
import { createModel, fromConfig, modelElements } from '../src/lib/fast/model';
import { forward } from '../src/lib/fast/forward';
import { createPass, passElements } from '../src/lib/fast/network';
import { Trainer } from '../src/lib/fast/train';
import { INFER_BATCH, MATMUL, matmulFlops, SIZES, syntheticData, timePerCall, TRAIN_BATCHES, type Result } from './measure';

export const config = () =>
	fromConfig({
		sizes: SIZES,
		activations: ['relu', 'softmax'],
		loss: 'categorical_crossentropy',
		optimizer: { type: 'sgd', learningRate: 0.01 },
		seed: 1
	});

/** A kernel variant, or one on two threads (this one and a worker_threads helper). */
export type BenchKernels = KernelName | 'wasm-simd-2threads' | 'wasm-relaxed-simd-2threads' | 'typedarray-f32-2threads';

export function makeKernels(name: BenchKernels): Kernels {
	if (name === 'wasm-simd-2threads' || name === 'wasm-relaxed-simd-2threads') {
		return threadedKernels(name === 'wasm-simd-2threads' ? 'wasm-simd' : 'wasm-relaxed-simd', spawnNodeHelper);
	}
	if (name === 'typedarray-f32-2threads') return threadedTypedKernels('f32', spawnNodeHelper);
	return kernelsByName(name);
}

/** Waits (after reserve) until a two-thread instance's helper serves, so its start is not timed. */
export async function settled(kernels: Kernels): Promise<void> {
	if (!(await helperStarted(kernels, 30_000))) throw new Error(`${kernels.name}: the helper thread did not start`);
}

async function trainRate(name: BenchKernels, batch: number, seconds: number): Promise<number> {
	const { spec, params } = config();
	const data = { name: 'synthetic', inputSize: SIZES[0], targetSize: SIZES.at(-1)!, ...syntheticData(Math.max(1024, batch * 8)) };
	const kernels = makeKernels(name);
	const trainer = new Trainer(kernels, { spec, params }, data, { epochs: 1e9, batchSize: batch, seed: 1, progressEvery: 1e9 });
	await settled(kernels);
	const stepsPerCall = batch === 1 ? 64 : 1;
	const perCall = timePerCall(() => trainer.run(stepsPerCall), seconds);
	disposeKernels(kernels);
	if (trainer.trouble) throw new Error(`${name}: ${trainer.trouble.message}`);
	return (batch * stepsPerCall) / perCall;
}

async function inferRate(name: BenchKernels, seconds: number): Promise<number> {
	const kernels = makeKernels(name);
	const { spec, params } = config();
	const options = { maxBatch: INFER_BATCH };
	kernels.reserve(modelElements(spec) + passElements(spec, options));
	const pass = createPass(kernels, createModel(kernels, spec, params), options);
	pass.X.set(syntheticData(INFER_BATCH).inputs);
	await settled(kernels);
	const rate = INFER_BATCH / timePerCall(() => forward(pass, INFER_BATCH, false, null), seconds);
	disposeKernels(kernels);
	return rate;
}

async function matmulGflops(name: BenchKernels, seconds: number): Promise<number> {
	const kernels = makeKernels(name);
	const { m, k, n } = MATMUL;
	kernels.reserve(m * k + k * n + m * n);
	const A = kernels.alloc(m * k);
	const B = kernels.alloc(k * n);
	const C = kernels.alloc(m * n);
	for (let i = 0; i < A.length; i++) A[i] = (i % 13) / 13;
	for (let i = 0; i < B.length; i++) B[i] = (i % 7) / 7 - 0.5;
	await settled(kernels);
	const g = matmulFlops / timePerCall(() => kernels.gemm(false, false, m, n, k, A, B, C, false), seconds) / 1e9;
	disposeKernels(kernels);
	return g;
}

export async function benchBackstep(resultName: string, kernels: BenchKernels, seconds: number): Promise<Result[]> {
	const results: Result[] = [];
	for (const batch of TRAIN_BATCHES) {
		const row: Result = { name: resultName, kernels, mode: 'train', batch, samplesPerSec: await trainRate(kernels, batch, seconds) };
		if (batch === MATMUL.m) row.gflops = await matmulGflops(kernels, seconds);
		results.push(row);
	}
	results.push({ name: resultName, kernels, mode: 'inference', batch: INFER_BATCH, samplesPerSec: await inferRate(kernels, seconds) });
	return results;
}
