import { describe, expect, it } from 'vitest';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { createTrainingHandler } from '../../src/lib/worker/handler';
import type { Reply, Request, WorkerTrainOptions } from '../../src/lib/worker/protocol';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { threeClassData, threeClassNetwork, xorData, xorNetwork } from './fixtures';
import { evaluateGrid } from '../../src/lib/fast/grid';

/**
 * The handler with a hand-cranked scheduler: `tick()` runs the slices queued so far. `out` has the
 * replies one by one (a slice's reports unpacked, as the client does), `posted` the messages.
 */
function harness() {
	const out: Reply[] = [];
	const posted: Reply[] = [];
	const transfers: ArrayBuffer[][] = [];
	let queue: (() => void)[] = [];
	const h = createTrainingHandler({
		post: (r, t) => {
			posted.push(r);
			if (r.type === 'reports') out.push(...r.replies);
			else out.push(r);
			transfers.push(t);
		},
		schedule: (task) => queue.push(task)
	});
	const tick = (n = 1) => {
		for (let i = 0; i < n; i++) {
			const q = queue;
			queue = [];
			q.forEach((task) => task());
		}
	};
	const types = () => out.map((r) => r.type);
	return { h, out, posted, transfers, tick, types, queued: () => queue.length };
}

const options = (o: Partial<WorkerTrainOptions> = {}): WorkerTrainOptions => ({
	epochs: 2, batchSize: 2, precision: 'f64', seed: 7, progressEvery: 1, sliceSteps: 1, ...o
});

const start = (id: number, o?: Partial<WorkerTrainOptions>, network = xorNetwork()): Request => ({
	type: 'start', id, source: { network }, data: xorData(), validation: null, options: options(o)
});

/** A network file the worker validates, drawing its weights from init and seed. */
const file = {
	layers: [{ size: 2 }, { size: 3, activation: 'relu' }, { size: 1, activation: 'sigmoid' }],
	loss: 'binary_crossentropy',
	optimizer: { type: 'sgd', learningRate: 0.1 },
	init: 'glorot_uniform',
	seed: 5
};

describe('createTrainingHandler', () => {
	it('acknowledges start with the kernels it chose and trains one slice per scheduled task', () => {
		const { h, out, tick, types } = harness();
		h.handle(start(1));
		expect(out[0]).toEqual({ type: 'ack', id: 1, request: 'start', kernels: 'typedarray-f64' });
		expect(h.state).toBe('running');
		tick();
		expect(types()).toEqual(['ack', 'progress']);
		const p = out[1] as Extract<Reply, { type: 'progress' }>;
		expect(p).toMatchObject({ id: 1, step: 1, epoch: 1, epochProgress: 0.5 });
		expect(p.gradNorms).toHaveLength(2);
		expect(p.gradNorms!.every((g) => g > 0 && Number.isFinite(g))).toBe(true);
	});

	it('asks env.kernels for the kernels with the precision and the number of parameters of the network', () => {
		const asked: [string, number][] = [];
		const h = createTrainingHandler({
			post: () => {},
			schedule: () => {},
			kernels: (precision, weights) => {
				asked.push([precision, weights]);
				return typedArrayKernels(precision);
			}
		});
		h.handle(start(1));
		// The xor network 2-4-1: 2·4 + 4·1 weights and 4 + 1 biases.
		expect(asked).toEqual([['f64', 17]]);
	});

	it('runs to the end: progress every step, an epoch record per epoch, then done "finished"', () => {
		const { h, out, tick, types, queued } = harness();
		h.handle(start(1));
		tick(10);
		expect(types()).toEqual(['ack', 'progress', 'progress', 'epoch', 'progress', 'progress', 'epoch', 'done']);
		const done = out.at(-1) as Extract<Reply, { type: 'done' }>;
		expect(done.reason).toBe('finished');
		expect(done.history.map((r) => r.epoch)).toEqual([1, 2]);
		expect(h.state).toBe('idle');
		expect(queued()).toBe(0);
	});

	it('pause stops the slices, step takes exactly the steps asked, resume continues', () => {
		const { h, out, tick, types } = harness();
		h.handle(start(1, { epochs: 5 }));
		tick();
		h.handle({ type: 'pause', id: 2 });
		tick(3);
		expect(types()).toEqual(['ack', 'progress', 'ack']);
		h.handle({ type: 'step', id: 3, steps: 2 });
		const steps = out.filter((r) => r.type === 'progress').map((r) => (r as { step: number }).step);
		expect(steps).toEqual([1, 2, 3]);
		expect(out.at(-1)).toEqual({ type: 'ack', id: 3, request: 'step' });
		expect(h.state).toBe('paused');
		h.handle({ type: 'resume', id: 4 });
		tick();
		expect(out.filter((r) => r.type === 'progress').at(-1)).toMatchObject({ step: 4 });
	});

	it('a stop request ends the run with done "stopped", acknowledged after the done', () => {
		const { h, tick, types, out } = harness();
		h.handle(start(1, { epochs: 50 }));
		tick(2);
		h.handle({ type: 'stop', id: 9 });
		expect(types().slice(-2)).toEqual(['done', 'ack']);
		expect((out.at(-2) as { reason: string }).reason).toBe('stopped');
		tick(3);
		expect(types().at(-1)).toBe('ack');
	});

	it('snapshot copies the parameters into transferable arrays and can add the network file', () => {
		const { h, out, transfers } = harness();
		h.handle(start(1, { paused: true }));
		h.handle({ type: 'step', id: 2, steps: 1 });
		h.handle({ type: 'snapshot', id: 3, network: true });
		const reply = out.at(-1) as Extract<Reply, { type: 'snapshot' }>;
		const s = reply.snapshot;
		expect([s.step, s.precision, s.W.map((w) => w.length), s.b.map((b) => b.length)]).toEqual([1, 'f64', [8, 4], [4, 1]]);
		expect(s.W[0]).toBeInstanceOf(Float64Array);
		expect(transfers.at(-1)).toHaveLength(4);
		// One SGD step moved the weights away from the file's, and the network file carries them.
		expect(s.W[1][0]).not.toBe(0.3);
		expect(s.network?.layers[1].weights?.[0][0]).toBeCloseTo(s.W[1][0], 12);
	});

	it('sends a slice’s reports as one message, in order, before the run’s end', () => {
		const { h, out, posted, tick } = harness();
		h.handle(start(1, { sliceSteps: Infinity, epochs: 3 }));
		tick(5);
		expect(posted.map((r) => r.type)).toEqual(['ack', 'reports', 'done']);
		expect(out.map((r) => r.type)).toEqual(['ack', 'progress', 'progress', 'epoch', 'progress', 'progress', 'epoch', 'progress', 'progress', 'epoch', 'done']);
		expect(out.filter((r) => r.type === 'progress').map((r) => (r as { step: number }).step)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('snapshot adds the network over the plane, as the page would compute it from those weights, and transfers it', () => {
		const { h, out, transfers } = harness();
		const network = xorNetwork();
		h.handle(start(1, { paused: true }, network));
		h.handle({ type: 'step', id: 2, steps: 3 });
		h.handle({ type: 'snapshot', id: 3, grid: { features: ['x1', 'x2'], n: 5, min: -1, max: 1 } });
		const s = (out.at(-1) as Extract<Reply, { type: 'snapshot' }>).snapshot;
		const page = evaluateGrid(network.layers.map((l) => l.activation), ['x1', 'x2'], s, 5, -1, 1, network.layers.map((l) => l.batchNorm));
		expect(s.grid).toEqual(page);
		expect(s.grid?.neurons.map((layer) => layer.length)).toEqual([4, 1]);
		// 4 tensors, 2 inputs and 5 neurons' pictures, each its own buffer
		expect(transfers.at(-1)).toHaveLength(11);
		h.handle({ type: 'snapshot', id: 4 });
		expect((out.at(-1) as Extract<Reply, { type: 'snapshot' }>).snapshot.grid).toBeNull();
	});

	it('rate changes the learning rate of the running run from its next step, and refuses a rate that is not positive', () => {
		const { h, out, tick } = harness();
		h.handle(start(1, { paused: true }));
		h.handle({ type: 'step', id: 2, steps: 1 });
		h.handle({ type: 'rate', id: 3, learningRate: 0.05 });
		expect(out.at(-1)).toEqual({ type: 'ack', id: 3, request: 'rate' });
		h.handle({ type: 'step', id: 4, steps: 1 });
		const progress = out.filter((r) => r.type === 'progress') as Extract<Reply, { type: 'progress' }>[];
		expect(progress.map((p) => [p.step, p.learningRate])).toEqual([[1, 0.5], [2, 0.05]]);
		h.handle({ type: 'rate', id: 5, learningRate: -1 });
		expect(out.at(-1)).toEqual({ type: 'error', id: 5, where: 'rate', message: 'learning rate -1 is not a positive number' });
		tick();
	});

	it('setParam sets one weight or bias of the run, the next steps start from it, and refuses a place the network has not', () => {
		const { h, out, tick } = harness();
		h.handle(start(1, { paused: true }));
		h.handle({ type: 'step', id: 2, steps: 1 });
		h.handle({ type: 'setParam', id: 3, layer: 1, kind: 'W', index: 2, value: 7.5 });
		expect(out.at(-1)).toEqual({ type: 'ack', id: 3, request: 'setParam' });
		h.handle({ type: 'setParam', id: 4, layer: 0, kind: 'b', index: 1, value: -2 });
		h.handle({ type: 'snapshot', id: 5 });
		const snap = (out.at(-1) as Extract<Reply, { type: 'snapshot' }>).snapshot;
		expect([snap.W[1][2], snap.b[0][1], snap.step]).toEqual([7.5, -2, 1]);
		h.handle({ type: 'step', id: 6, steps: 1 });
		h.handle({ type: 'snapshot', id: 7 });
		const after = (out.at(-1) as Extract<Reply, { type: 'snapshot' }>).snapshot;
		// One step from 7.5, not from the weight the run had before the edit.
		expect(Math.abs(after.W[1][2] - 7.5)).toBeLessThan(0.5);
		h.handle({ type: 'setParam', id: 8, layer: 1, kind: 'W', index: 99, value: 1 });
		expect(out.at(-1)).toEqual({ type: 'error', id: 8, where: 'setParam', message: 'layer 2 has no weight number 99' });
		h.handle({ type: 'setParam', id: 9, layer: 0, kind: 'W', index: 0, value: Infinity });
		expect(out.at(-1)).toMatchObject({ type: 'error', id: 9, message: 'Infinity is not a finite number' });
		tick();
	});

	it('a diverging run stops at once with nanStop (step, layer, quantity) and done "nan"', () => {
		const { h, out, tick } = harness();
		// relu into a linear output with a rate of 1e200: the weights overflow within a few steps.
		h.handle(start(1, { epochs: 200, batchSize: 4, progressEvery: 1000 }, xorNetwork(1e200, 'relu', 'linear')));
		tick(40);
		const nan = out.find((r) => r.type === 'nanStop') as Extract<Reply, { type: 'nanStop' }>;
		expect(nan).toBeDefined();
		expect(nan.step).toBeGreaterThanOrEqual(1);
		expect(nan.message).toContain(`at step ${nan.step}`);
		expect(out.at(-1)).toMatchObject({ type: 'done', reason: 'nan' });
		expect(out.indexOf(nan)).toBe(out.length - 2);
		expect(h.state).toBe('idle');
	});

	it('requests without a run, and a start whose data does not fit the network, answer with error', () => {
		const { h, out } = harness();
		h.handle({ type: 'pause', id: 1 });
		expect(out[0]).toEqual({ type: 'error', id: 1, where: 'pause', message: 'no training run (pause needs a start first)' });
		const bad = start(2);
		if (bad.type === 'start') bad.data = { ...bad.data, inputSize: 3, inputs: new Float64Array(12) };
		h.handle(bad);
		expect(out[1]).toMatchObject({ type: 'error', id: 2, where: 'start' });
		expect((out[1] as { message: string }).message).toContain('3 inputs');
	});

	it('ignores messages that are not requests', () => {
		const { h, out } = harness();
		h.handle({ type: 'launch', id: 1 });
		h.handle('start');
		expect(out).toEqual([]);
	});

	it('a second start replaces the running one, whose stream ends with done "stopped"', () => {
		const { h, out, tick } = harness();
		h.handle(start(1, { epochs: 50 }));
		tick();
		h.handle(start(2));
		expect(out.slice(-2)).toMatchObject([{ type: 'done', id: 1, reason: 'stopped' }, { type: 'ack', id: 2 }]);
		tick();
		expect(out.at(-1)).toMatchObject({ type: 'progress', id: 2, step: 1 });
	});

	it('starts from a network file: trains the network validateNetwork draws from it', () => {
		const { h, out } = harness();
		h.handle(structuredClone({ ...start(1, { paused: true }), source: { file } }));
		expect(out[0]).toMatchObject({ type: 'ack', id: 1, request: 'start' });
		h.handle({ type: 'snapshot', id: 2, network: true });
		const s = (out.at(-1) as Extract<Reply, { type: 'snapshot' }>).snapshot;
		const drawn = validateNetwork(file, { engine: 'fast' });
		expect(s.network?.layers.map((l) => [l.weights, l.biases])).toEqual(drawn.layers.map((l) => [l.weights, l.biases]));
		expect(s.network?.optimizer).toEqual(drawn.optimizer);
	});

	it('answers a start from an invalid file with the input error, leaving the running run alone', () => {
		const { h, out, tick } = harness();
		h.handle(start(1, { epochs: 50 }));
		h.handle({ ...start(2), source: { file: { ...file, loss: 'nope' } } });
		expect(out.at(-1)).toMatchObject({ type: 'error', id: 2, where: 'start' });
		expect((out.at(-1) as { message: string }).message).toMatch(/loss/);
		expect(h.state).toBe('running');
		tick();
		expect(out.at(-1)).toMatchObject({ type: 'progress', id: 1, step: 1 });
	});

	it('classifies the rows it was sent once, under the parameters of each request, transferring the predictions', () => {
		const { h, out, transfers } = harness();
		h.handle({ type: 'classify', id: 1, activations: [], params: { W: [], b: [], alpha: [] } });
		expect(out[0]).toEqual({ type: 'error', id: 1, where: 'classify', message: 'no inputs to classify (classify needs inputs first)' });
		const rows = xorData();
		h.handle({ type: 'inputs', id: 2, inputs: rows.inputs, inputSize: 2, count: 4 });
		expect(out[1]).toEqual({ type: 'ack', id: 2, request: 'inputs' });
		// Two classes: the first output is x₁ − x₂, the second x₂ − x₁ (ties go to the first).
		const params = { W: [Float64Array.of(1, -1, -1, 1)], b: [new Float64Array(2)], alpha: [null] };
		h.handle({ type: 'classify', id: 3, activations: [{ name: 'softmax' }], params });
		const reply = out[2] as Extract<Reply, { type: 'predictions' }>;
		expect(reply).toMatchObject({ type: 'predictions', id: 3 });
		expect(Array.from(reply.predictions)).toEqual([0, 1, 0, 0]);
		expect(transfers[2]).toEqual([reply.predictions.buffer]);
	});

	it('sends the validation rows\' predicted classes with an epoch\'s report where asked, as a transferred buffer', () => {
		const { h, out, posted, transfers, tick } = harness();
		const data = threeClassData();
		h.handle({ type: 'start', id: 1, source: { network: threeClassNetwork() }, data, validation: data, options: options({ epochs: 1, batchSize: 3, validationClasses: true }) });
		tick(3);
		const epoch = out.find((r) => r.type === 'epoch') as Extract<Reply, { type: 'epoch' }>;
		expect(epoch.classes).toBeInstanceOf(Uint8Array);
		expect(epoch.classes).toHaveLength(3);
		expect(Array.from(epoch.classes!).every((c) => c >= 0 && c < 3)).toBe(true);
		const at = posted.findIndex((r) => r.type === 'epoch' || (r.type === 'reports' && r.replies.some((x) => x.type === 'epoch')));
		expect(transfers[at]).toContain(epoch.classes!.buffer);
	});
});
