// The /digits state end to end in Node: digits.bin "fetched", the perceptron trained for one epoch
// through the real worker handler (behind an in-memory port), the snapshot's confusion matrix on the
// 2,000 test digits, and a test digit classified.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DigitsState, digitsActivations, digitsNetwork, digitsParameterCount, slicedEvaluator, workerEvaluator } from '../../src/lib/state/digits.svelte.ts';
import { TrainingClient } from '../../src/lib/worker/client';
import { rowTotals } from '../../src/lib/fast/confusion';
import { inMemoryWorker } from '../worker/in-memory';

const bytes = new Uint8Array(readFileSync(new URL('../../static/data/digits.bin', import.meta.url)));

const inMemoryClient = () => new TrainingClient(inMemoryWorker().port);

const until = async (ok: () => boolean, ms = 20_000) => {
	const end = Date.now() + ms;
	while (!ok()) {
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 10));
	}
};

describe('the digits network', () => {
	it('has the course’s parameter counts: 316,810 for 784-300-200-100-10 and 7,850 for 784-10', () => {
		expect(digitsParameterCount('mlp')).toBe(784 * 300 + 300 + 300 * 200 + 200 + 200 * 100 + 100 + 100 * 10 + 10);
		expect(digitsParameterCount('mlp')).toBe(316_810);
		expect(digitsParameterCount('perceptron')).toBe(7_850);
	});

	it('is ReLU then softmax with sparse categorical cross-entropy and the chosen optimizer', () => {
		const net = digitsNetwork('mlp', 'sgd', 0.1);
		expect(net.layers.map((l) => [l.size, l.activation.name])).toEqual([[300, 'relu'], [200, 'relu'], [100, 'relu'], [10, 'softmax']]);
		expect(net.loss).toBe('sparse_categorical_crossentropy');
		expect(net.optimizer).toMatchObject({ type: 'sgd', learningRate: 0.1 });
		const counted = net.layers.reduce((n, l) => n + l.weights.flat().length + (Array.isArray(l.biases) ? l.biases.length : 0), 0);
		expect(counted).toBe(316_810);
	});
});

describe('DigitsState', () => {
	it('loads digits.bin, reporting its size, and unpacks 8,000 training and 2,000 test digits', async () => {
		const s = new DigitsState('/data/digits.bin', inMemoryClient);
		await s.load(async () => new Response(bytes, { headers: { 'content-length': String(bytes.length) } }));
		expect(s.phase).toBe('ready');
		expect(s.size).toBe(bytes.length);
		expect(s.loaded).toBe(bytes.length);
		expect(s.digits?.train.count).toBe(8000);
		expect(s.digits?.test.count).toBe(2000);
	});

	it('reports a failed fetch', async () => {
		const s = new DigitsState('/data/digits.bin');
		await s.load(async () => new Response('', { status: 404 }));
		expect(s.phase).toBe('failed');
		expect(s.loadError).toMatch(/404/);
	});

	it('trains the perceptron for an epoch and builds the confusion matrix of its weights on the 2,000 test digits', async () => {
		const s = new DigitsState('/data/digits.bin', inMemoryClient, (test) => ({ evaluate: slicedEvaluator(test), dispose() {} }));
		await s.load(async () => new Response(bytes));
		s.kind = 'perceptron';
		s.epochs = 1;
		s.batchSize = 32;
		s.learningRate = 0.1;
		await s.train();
		expect(s.status).toBe('finished');
		expect(s.history).toHaveLength(1);
		await until(() => s.confusion !== null && s.predictions !== null);
		const c = s.confusion!;
		expect(c.total).toBe(2000);
		expect(c.counts.reduce((a, b) => a + b, 0)).toBe(2000);
		const labels = s.digits!.labels.subarray(8000);
		expect(rowTotals(c)).toEqual(Array.from({ length: 10 }, (_, k) => labels.filter((l) => l === k).length));
		// The page's accuracy (its own forward pass on the snapshot) is the worker's test accuracy.
		expect(c.correct / c.total).toBeCloseTo(s.history[0].valAccuracy!, 2);
		expect(c.correct / c.total).toBeGreaterThan(0.8);
		s.classify(s.testImage(0));
		expect(s.probabilities!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
		s.dispose();
	});

	it('classifies the test digits in a training worker of its own, as the page’s thread does', async () => {
		const s = new DigitsState('/data/digits.bin', inMemoryClient, (test) => workerEvaluator(test, inMemoryClient()));
		await s.load(async () => new Response(bytes));
		s.kind = 'perceptron';
		s.epochs = 1;
		await s.train();
		await until(() => s.predictions !== null);
		const onPage = await slicedEvaluator(s.digits!.test)(digitsActivations('perceptron'), s.classifier!.pass.model);
		expect(s.predictions).toEqual(onPage);
		expect(s.confusion!.correct / s.confusion!.total).toBeCloseTo(s.history[0].valAccuracy!, 2);
		s.dispose();
	});

	it('pauses (no steps taken while paused), resumes, and stops mid-run keeping and evaluating the weights reached', async () => {
		const s = new DigitsState('/data/digits.bin', inMemoryClient, (test) => ({ evaluate: slicedEvaluator(test), dispose() {} }));
		await s.load(async () => new Response(bytes));
		s.kind = 'perceptron';
		s.epochs = 50; // a second or two of training in all: stopped well before the end
		s.batchSize = 1;
		const run = s.train();
		await until(() => s.progress !== null);
		s.pause();
		expect(s.status).toBe('paused');
		await new Promise((r) => setTimeout(r, 100)); // the request in flight lands
		// Where the run stands, as (epoch, fraction of it): an epoch may have ended just before the pause.
		const at = { ...s.progress! };
		await new Promise((r) => setTimeout(r, 200));
		expect([s.progress!.epoch, s.progress!.epochProgress]).toEqual([at.epoch, at.epochProgress]);
		s.resume();
		await until(() => s.progress!.epoch > at.epoch || s.progress!.epochProgress > at.epochProgress);
		await s.stop();
		await run;
		expect(s.status).toBe('stopped');
		expect(s.history.length).toBeLessThan(50);
		await until(() => s.confusion !== null);
		expect(s.confusion!.total).toBe(2000);
		s.dispose();
	});
});
