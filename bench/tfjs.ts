// The same workload on TensorFlow.js: its `cpu` backend and @tensorflow/tfjs-backend-wasm.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { INFER_BATCH, MATMUL, matmulFlops, SIZES, syntheticData, timePerCall, TRAIN_BATCHES, type Result } from './measure';

function model(): tf.Sequential {
	const m = tf.sequential();
	for (let l = 1; l < SIZES.length; l++) {
		m.add(
			tf.layers.dense({
				units: SIZES[l],
				inputShape: l === 1 ? [SIZES[0]] : undefined,
				activation: l === SIZES.length - 1 ? 'softmax' : 'relu'
			})
		);
	}
	return m;
}

/** Samples per second of SGD steps: loss = mean categorical cross-entropy of the softmax output. */
function trainRate(batch: number, seconds: number): number {
	const m = model();
	const optimizer = tf.train.sgd(0.01);
	const data = syntheticData(batch);
	const x = tf.tensor2d(data.inputs, [batch, SIZES[0]]);
	const y = tf.tensor2d(data.targets, [batch, SIZES.at(-1)!]);
	// One step: gradients of the loss through the model, the update, and the loss read back (so the
	// step has really run before the next, as in our loop).
	const step = () => {
		const loss = optimizer.minimize(() => tf.metrics.categoricalCrossentropy(y, m.apply(x) as tf.Tensor).mean() as tf.Scalar, true);
		loss!.dataSync();
		loss!.dispose();
	};
	const rate = batch / timePerCall(step, seconds, 3);
	tf.dispose([x, y]);
	optimizer.dispose();
	m.dispose();
	return rate;
}

function inferRate(seconds: number): number {
	const m = model();
	const x = tf.tensor2d(syntheticData(INFER_BATCH).inputs, [INFER_BATCH, SIZES[0]]);
	const rate = INFER_BATCH / timePerCall(() => tf.tidy(() => (m.predict(x) as tf.Tensor).dataSync()), seconds, 2);
	x.dispose();
	m.dispose();
	return rate;
}

function matmulGflops(seconds: number): number {
	const { m, k, n } = MATMUL;
	const a = tf.randomUniform([m, k]);
	const b = tf.randomUniform([k, n]);
	const g = matmulFlops / timePerCall(() => tf.tidy(() => tf.matMul(a, b).dataSync()), seconds) / 1e9;
	tf.dispose([a, b]);
	return g;
}

export async function benchTfjs(backend: 'cpu' | 'wasm', seconds: number): Promise<Result[]> {
	if (backend === 'wasm') {
		const require = createRequire(import.meta.url);
		const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
		setWasmPaths(join(dist, '/'));
	}
	await tf.setBackend(backend);
	await tf.ready();
	const name = `tfjs-${backend}`;
	const results: Result[] = [];
	for (const batch of TRAIN_BATCHES) {
		const row: Result = { name, kernels: backend, mode: 'train', batch, samplesPerSec: trainRate(batch, seconds) };
		if (batch === MATMUL.m) row.gflops = matmulGflops(seconds);
		results.push(row);
	}
	results.push({ name, kernels: backend, mode: 'inference', batch: INFER_BATCH, samplesPerSec: inferRate(seconds) });
	return results;
}
