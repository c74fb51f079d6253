// The /train state in Node, its run in the real worker handler behind an in-memory port: step 0's
// network and grid, single steps, playing fast and watched, pausing, a new rate, a diverging run,
// reset, and the weights arriving as typed arrays alone (the network file built on the page).

import { describe, expect, it } from 'vitest';
import { GRID_N, TrainState } from '../../src/lib/state/train.svelte.ts';
import { TrainingClient } from '../../src/lib/worker/client';
import type { Request } from '../../src/lib/worker/protocol';
import { inMemoryWorker } from '../worker/in-memory';

function setup() {
	const worker = inMemoryWorker();
	const client = new TrainingClient(worker.port);
	let made = 0;
	const s = new TrainState(() => {
		made++;
		return client;
	});
	return { s, worker, client, clients: () => made };
}

const until = async (ok: () => boolean, ms = 10_000) => {
	const end = Date.now() + ms;
	while (!ok()) {
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 10));
	}
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const snapshotRequests = (sent: Request[]) => sent.filter((m): m is Extract<Request, { type: 'snapshot' }> => m.type === 'snapshot');

describe('TrainState', () => {
	it('shows step 0: the default XOR network, its grid, and no worker yet', async () => {
		const { s, clients } = setup();
		await s.configure();
		expect(s.status).toBe('idle');
		expect([s.step, s.epoch]).toEqual([0, 0]);
		expect(s.initial?.layers.map((l) => l.size)).toEqual([4, 2, 1]);
		expect(s.network).toBe(s.initial);
		expect(s.grid?.n).toBe(GRID_N);
		expect(s.grid?.neurons.map((l) => l.length)).toEqual([4, 2, 1]);
		expect(clients()).toBe(0);
		s.dispose();
	});

	it('takes one step in a paused run and shows the weights after it, the network file built from the snapshot’s arrays', async () => {
		const { s, worker, client } = setup();
		await s.configure();
		const before = s.grid!.neurons[2][0].slice();
		await s.advance(1);
		expect(s.status).toBe('paused');
		expect(s.step).toBe(1);
		expect(worker.sent.map((m) => m.type)).toEqual(['start', 'step', 'snapshot']);
		expect(worker.sent[0]).toMatchObject({ type: 'start', source: { network: s.initial }, options: { paused: true, precision: 'f64' } });
		expect(s.network?.layers[0].weights).not.toEqual(s.initial?.layers[0].weights);
		expect(s.grid!.neurons[2][0]).not.toEqual(before);
		// The worker sent only typed arrays; the page's network is the file the worker would have written.
		expect(snapshotRequests(worker.sent).every((m) => !m.network)).toBe(true);
		expect(s.network).toEqual((await client.snapshot(true)).network);
		expect(JSON.parse(s.exportText()).layers[1].weights).toEqual(s.network?.layers[0].weights);
		s.dispose();
	});

	it('plays as fast as the worker goes: progress and epochs arrive, and a pause holds the step', async () => {
		const { s, worker } = setup();
		s.speed = 'fast';
		await s.configure();
		await s.play();
		expect(s.status).toBe('running');
		await until(() => s.history.length >= 3 && s.grads.length > 0 && s.step > 0);
		await s.pause();
		expect(s.status).toBe('paused');
		const at = s.step;
		await sleep(150);
		expect(s.step).toBe(at);
		expect(s.history.slice(0, 3).map((r) => r.epoch)).toEqual([1, 2, 3]);
		expect(s.history.every((r) => Number.isFinite(r.loss) && r.valLoss !== null)).toBe(true);
		expect(s.grads[0].norms).toHaveLength(3);
		expect(s.epoch).toBeGreaterThanOrEqual(3);
		expect(snapshotRequests(worker.sent).length).toBeGreaterThan(0);
		expect(snapshotRequests(worker.sent).every((m) => !m.network)).toBe(true);
		s.dispose();
	});

	it('watches epoch by epoch until paused', async () => {
		const { s, worker } = setup();
		await s.configure();
		expect(s.speed).toBe('watch');
		const playing = s.play();
		await until(() => s.epoch >= 3);
		await s.pause();
		await playing;
		expect(s.status).toBe('paused');
		const steps = worker.sent.filter((m) => m.type === 'step');
		expect(steps.every((m) => m.type === 'step' && m.steps === s.stepsPerEpoch)).toBe(true);
		expect(s.step).toBe(s.epoch * s.stepsPerEpoch);
		s.dispose();
	});

	it('applies a new rate from the next step on, noting where', async () => {
		const { s, worker } = setup();
		await s.configure();
		expect(s.activeRate).toBe(0.03);
		await s.advance(2);
		s.config = { ...s.config, learningRate: 0.5 };
		await s.applyRate();
		expect(s.activeRate).toBe(0.5);
		expect(s.rateNote).toEqual({ value: 0.5, step: 2 });
		expect(worker.sent.at(-1)).toMatchObject({ type: 'rate', learningRate: 0.5 });
		s.dispose();
	});

	it('reports a diverging run with its step, layer and quantity, and will not play it further', async () => {
		const { s, worker } = setup();
		s.speed = 'fast';
		await s.configure({ layers: [{ size: 4, activation: 'relu' }], output: 'linear', loss: 'mse', learningRate: 1e200 });
		expect(s.settingsError).toBeNull();
		await s.play();
		await until(() => s.status === 'diverged');
		expect(s.nan?.step).toBeGreaterThanOrEqual(1);
		expect(s.nan?.message).toContain(`at step ${s.nan?.step}`);
		const sent = worker.sent.length;
		await s.play();
		await s.advance(1);
		expect(worker.sent.length).toBe(sent);
		s.dispose();
	});

	it('resets to step 0 with the same initial weights, stopping the run', async () => {
		const { s, worker } = setup();
		await s.configure();
		const initial = s.initial;
		await s.advance(3);
		await s.reset();
		expect(worker.sent.at(-1)?.type).toBe('stop');
		expect([s.status, s.step, s.epoch, s.history.length, s.grads.length]).toEqual(['idle', 0, 0, 0, 0]);
		expect(s.initial).toEqual(initial);
		expect(s.network).toBe(s.initial);
		// A new run starts from step 0 again.
		await s.advance(1);
		expect(s.step).toBe(1);
		expect(worker.sent.filter((m) => m.type === 'start')).toHaveLength(2);
		s.dispose();
	});
});
