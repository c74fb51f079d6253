import { describe, expect, it } from 'vitest';
import { TrainingClient } from '../../src/lib/worker/client';
import type { Reply } from '../../src/lib/worker/protocol';
import { xorData, xorNetwork } from './fixtures';
import { inMemoryWorker } from './in-memory';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { paramsFromNetwork } from '../../src/lib/fast/model';
import { classifyRows, createClassifier } from '../../src/lib/fast/predict';

const options = { epochs: 3, batchSize: 2, precision: 'f64' as const, seed: 3, progressEvery: 1, sliceSteps: 1 };

describe('TrainingClient', () => {
	it('start resolves with the kernels, streams progress and epochs, and reports done', async () => {
		const { port } = inMemoryWorker();
		const client = new TrainingClient(port);
		const progress: number[] = [];
		const epochs: number[] = [];
		const done = new Promise<Extract<Reply, { type: 'done' }>>((resolve) => {
			client
				.start({ source: { network: xorNetwork() }, data: xorData(), options }, {
					progress: (p) => progress.push(p.step),
					epoch: (r) => epochs.push(r.epoch),
					done: resolve
				})
				.then((kernels) => expect(kernels).toBe('typedarray-f64'));
		});
		const d = await done;
		expect(d.reason).toBe('finished');
		expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
		expect(epochs).toEqual([1, 2, 3]);
		client.dispose();
	});

	it('pause, step and snapshot resolve in order; the snapshot holds the weights after those steps', async () => {
		const { port } = inMemoryWorker();
		const client = new TrainingClient(port);
		await client.start({ source: { network: xorNetwork() }, data: xorData(), options: { ...options, paused: true, epochs: 10 } });
		await client.step(3);
		const snap = await client.snapshot();
		expect(snap.step).toBe(3);
		expect(snap.W[0]).toBeInstanceOf(Float64Array);
		expect(snap.W[0]).toHaveLength(8);
		await client.stop();
		client.dispose();
	});

	it('setLearningRate changes the rate of the run it started, which goes on counting its steps', async () => {
		const { port } = inMemoryWorker();
		const client = new TrainingClient(port);
		const rates: [number, number][] = [];
		await client.start({ source: { network: xorNetwork() }, data: xorData(), options: { ...options, paused: true, epochs: 10 } }, { progress: (p) => rates.push([p.step, p.learningRate]) });
		await client.step(2);
		await client.setLearningRate(0.02);
		await client.step(1);
		expect(rates).toEqual([[1, 0.5], [2, 0.5], [3, 0.02]]);
		await expect(client.setLearningRate(Infinity)).rejects.toThrow('rate: learning rate Infinity is not a positive number');
		await client.stop();
		client.dispose();
	});

	it('a failed request rejects with where and message', async () => {
		const { port } = inMemoryWorker();
		const client = new TrainingClient(port);
		await expect(client.pause()).rejects.toThrow('pause: no training run (pause needs a start first)');
		client.dispose();
	});

	it('dispose terminates the worker and rejects what is pending and what comes after', async () => {
		const { port, isTerminated } = inMemoryWorker();
		const client = new TrainingClient(port);
		const pending = client.start({ source: { network: xorNetwork() }, data: xorData(), options });
		client.dispose();
		expect(isTerminated()).toBe(true);
		await expect(pending).rejects.toThrow('training client disposed');
		await expect(client.resume()).rejects.toThrow('training client disposed');
	});

	it('starts from a network file, and a start from an invalid one rejects with the input error', async () => {
		const { port } = inMemoryWorker();
		const client = new TrainingClient(port);
		const file = { layers: [{ size: 2 }, { size: 4, activation: 'tanh' }, { size: 1, activation: 'sigmoid' }], loss: 'mse', init: 'glorot_uniform', seed: 2 };
		await client.start({ source: { file }, data: xorData(), options: { ...options, paused: true } });
		const snap = await client.snapshot(true);
		expect(snap.network?.layers[0].weights).toEqual(validateNetwork(file, { engine: 'fast' }).layers[0].weights);
		await expect(client.start({ source: { file: { ...file, layers: [] } }, data: xorData(), options })).rejects.toThrow(/^start: .*layers/);
		client.dispose();
	});

	it('classifies the rows sent once with setInputs, as the page would on its own thread', async () => {
		const { port } = inMemoryWorker();
		const client = new TrainingClient(port);
		const rows = xorData();
		await client.setInputs(rows.inputs, 2, 4);
		const net = xorNetwork(0.5, 'tanh', 'softmax');
		const acts = net.layers.map((l) => l.activation);
		const params = paramsFromNetwork(net);
		// One output neuron: softmax makes it 1, so every row is class 0.
		expect(Array.from(await client.classify(acts, params))).toEqual([0, 0, 0, 0]);
		const two = { W: [params.W[0], Float64Array.of(1, 0, 0, 0, -1, 0, 0, 0)], b: [params.b[0], new Float64Array(2)], alpha: [null, null] };
		const mine = new Uint8Array(4);
		classifyRows(createClassifier(2, [acts[0], { name: 'softmax' }], two), rows.inputs, 0, 4, mine);
		expect(Array.from(mine)).toEqual([0, 1, 0, 0]);
		expect(await client.classify([acts[0], { name: 'softmax' }], two)).toEqual(mine);
		// Rows in single precision are classified in it, on the WebAssembly kernels: the same classes here.
		await client.setInputs(Float32Array.from(rows.inputs), 2, 4);
		expect(await client.classify([acts[0], { name: 'softmax' }], two)).toEqual(mine);
		client.dispose();
	});
	it('classifies with a batch-normalised snapshot at test time: its γ, β, moving statistics and ε go with the request', async () => {
		const { port } = inMemoryWorker();
		const client = new TrainingClient(port);
		const rows = xorData();
		await client.setInputs(rows.inputs, 2, 4);
		const file = { layers: [{ size: 2 }, { size: 4, activation: 'tanh', batchNorm: { epsilon: 0.5 } }, { size: 2, activation: 'softmax' }], loss: 'categorical_crossentropy', init: 'glorot_uniform', seed: 4 };
		const net = validateNetwork(file, { engine: 'fast' });
		net.layers[0].batchNorm!.movingMean = [0.3, -0.2, 0.1, 0.4];
		const acts = net.layers.map((l) => l.activation);
		const params = paramsFromNetwork(net);
		const norms = net.layers.map((l) => l.batchNorm);
		const mine = new Uint8Array(4);
		classifyRows(createClassifier(2, acts, params, norms), rows.inputs, 0, 4, mine);
		expect(await client.classify(acts, params, norms)).toEqual(mine);
		await expect(client.classify(acts, params)).rejects.toThrow("layer 1: batch normalisation's tensors without its momentum and epsilon");
		client.dispose();
	});
});
