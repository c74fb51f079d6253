import { describe, expect, it } from 'vitest';
import { TrainingClient, type WorkerPort } from '../../src/lib/worker/client';
import { createTrainingHandler } from '../../src/lib/worker/handler';
import type { Reply } from '../../src/lib/worker/protocol';
import { xorData, xorNetwork } from './fixtures';

/** A port that behaves like a Worker: messages are structured-cloned and delivered asynchronously. */
function inMemoryWorker() {
	const listeners: ((event: { data: unknown }) => void)[] = [];
	let terminated = false;
	const handler = createTrainingHandler({
		post: (reply) => {
			const data = structuredClone(reply);
			setTimeout(() => !terminated && listeners.forEach((l) => l({ data })), 0);
		},
		schedule: (task) => setTimeout(() => !terminated && task(), 0)
	});
	const port: WorkerPort = {
		postMessage: (message) => {
			const data = structuredClone(message);
			setTimeout(() => !terminated && handler.handle(data), 0);
		},
		addEventListener: (type: 'message' | 'error', listener: (event: never) => void) => {
			if (type === 'message') listeners.push(listener as (event: { data: unknown }) => void);
		},
		terminate: () => {
			terminated = true;
		}
	};
	return { port, isTerminated: () => terminated };
}

const options = { epochs: 3, batchSize: 2, precision: 'f64' as const, seed: 3, progressEvery: 1, sliceSteps: 1 };

describe('TrainingClient', () => {
	it('start resolves with the kernels, streams progress and epochs, and reports done', async () => {
		const { port } = inMemoryWorker();
		const client = new TrainingClient(port);
		const progress: number[] = [];
		const epochs: number[] = [];
		const done = new Promise<Extract<Reply, { type: 'done' }>>((resolve) => {
			client
				.start(xorNetwork(), xorData(), options, {
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
		await client.start(xorNetwork(), xorData(), { ...options, paused: true, epochs: 10 });
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
		await client.start(xorNetwork(), xorData(), { ...options, paused: true, epochs: 10 }, { progress: (p) => rates.push([p.step, p.learningRate]) });
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
		const pending = client.start(xorNetwork(), xorData(), options);
		client.dispose();
		expect(isTerminated()).toBe(true);
		await expect(pending).rejects.toThrow('training client disposed');
		await expect(client.resume()).rejects.toThrow('training client disposed');
	});
});
