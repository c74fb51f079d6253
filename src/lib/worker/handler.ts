// The training worker's logic, free of worker globals so that Node tests can drive it: requests
// come in through `handle`, replies go out through `post`, and the training runs in slices of
// `sliceMs` (or `sliceSteps`) scheduled with `schedule`, so that requests are read between
// slices (a real worker schedules with setTimeout(0), which lets queued messages in first).
// The worker chooses its kernels (env.kernels) knowing the network's size: see worker-kernels.ts.
// Between slices it also classifies rows it was sent once (inputs, then classify).

import { bestKernels, disposeKernels } from '../fast/kernels/index';
import type { Kernels } from '../fast/kernels/types';
import type { Dataset } from '../fast/datasets/types';
import { parameterCount, specFromNetwork } from '../fast/model';
import { sourceFromNetwork, Trainer, type TrainEvent, type TrainOptions } from '../fast/train';
import { classifyRows, createClassifier } from '../fast/predict';
import { classifyProblem, inputsProblem } from './classify-request';
import { validateNetwork } from '../engine/spec/validate';
import type { Network } from '../engine/spec/types';
import { copyTensors } from '../fast/tensors';
import { evaluateGrid } from '../fast/grid';
import type { DatasetPayload, DoneReason, ReportReply, Reply, Request, RequestType, Snapshot } from './protocol';
import { gridRequestProblem, isRequest, transferables } from './protocol';

export interface HandlerEnv {
	/** Send a reply, transferring the listed buffers. */
	post(reply: Reply, transfer: ArrayBuffer[]): void;
	/** Run `task` later, after pending messages (setTimeout(task, 0) in a worker). */
	schedule(task: () => void): void;
	/** The kernels for a precision and a network of that many parameters (default bestKernels). */
	kernels?(precision: 'f32' | 'f64', parameters: number): Kernels;
}

export interface TrainingHandler {
	handle(message: unknown): void;
	/** Whether a run is going (started, not done), and whether it is paused. */
	readonly state: 'idle' | 'running' | 'paused';
}

const toDataset = (d: DatasetPayload): Dataset => ({ ...d });

export function createTrainingHandler(env: HandlerEnv): TrainingHandler {
	let trainer: Trainer | null = null;
	/** The run's inputs and layers as the plane's picture needs them (snapshot's grid). */
	let inputSize = 0;
	let layers: Pick<Network['layers'][number], 'activation' | 'batchNorm'>[] = [];
	let runId = 0;
	let paused = false;
	let sliceMs = 16;
	let sliceSteps = Infinity;
	let scheduled = false;
	let stopping = false;
	let rows: Extract<Request, { type: 'inputs' }> | null = null;

	const post = (reply: Reply) => env.post(reply, transferables(reply));

	const fail = (id: number, where: RequestType | 'train', err: unknown) =>
		post({ type: 'error', id, where, message: err instanceof Error ? err.message : String(err) });

	/** Forward the trainer's events, a slice's reports as one message; returns true once the run is done. */
	const emit = (events: TrainEvent[]): boolean => {
		let done = false;
		let reports: ReportReply[] = [];
		const sendReports = () => {
			if (reports.length > 1) post({ type: 'reports', id: runId, replies: reports });
			else if (reports.length === 1) post(reports[0]);
			reports = [];
		};
		for (const e of events) {
			if (e.type !== 'progress' && e.type !== 'epoch') sendReports();
			switch (e.type) {
				case 'progress': {
					const p = e.progress;
					reports.push({
						type: 'progress', id: runId, step: p.step, epoch: p.epoch, epochProgress: p.epochProgress,
						loss: p.loss, accuracy: p.accuracy, epochLoss: p.epochLoss, epochAccuracy: p.epochAccuracy,
						learningRate: p.learningRate, gradNorms: p.gradientNorms
					});
					break;
				}
				case 'epoch':
					reports.push(e.classes ? { type: 'epoch', id: runId, record: e.record, classes: e.classes } : { type: 'epoch', id: runId, record: e.record });
					break;
				case 'trouble': {
					const t = e.trouble;
					post({ type: 'nanStop', id: runId, step: t.step, layer: t.layer, quantity: t.quantity, message: t.message });
					break;
				}
				case 'done': {
					const reason: DoneReason = trainer?.trouble ? 'nan' : stopping ? 'stopped' : 'finished';
					post({ type: 'done', id: runId, reason, history: e.history });
					done = true;
					break;
				}
			}
		}
		sendReports();
		if (done) {
			if (trainer) disposeKernels(trainer.kernels);
			trainer = null;
			stopping = false;
		}
		return done;
	};

	const slice = () => {
		scheduled = false;
		if (!trainer || paused) return;
		try {
			if (emit(trainer.run(sliceSteps, performance.now() + sliceMs))) return;
		} catch (err) {
			fail(runId, 'train', err);
			disposeKernels(trainer.kernels);
			trainer = null;
			return;
		}
		wake();
	};

	const wake = () => {
		if (scheduled || !trainer || paused) return;
		scheduled = true;
		env.schedule(slice);
	};

	const start = (m: Extract<Request, { type: 'start' }>) => {
		const network: Network = 'network' in m.source ? m.source.network : validateNetwork(m.source.file, { engine: 'fast' });
		if (trainer) {
			stopping = true;
			emit(trainer.stop());
		}
		const o = m.options;
		const kernels = env.kernels ? env.kernels(o.precision, parameterCount(specFromNetwork(network))) : bestKernels(o.precision);
		const options: TrainOptions = {
			epochs: o.epochs, batchSize: o.batchSize, learningRate: o.learningRate, schedule: o.schedule,
			seed: o.seed, shuffle: o.shuffle, dropout: o.dropout, progressEvery: o.progressEvery, gradientNorms: o.gradientNorms,
			validation: m.validation ? toDataset(m.validation) : null,
			validationClasses: o.validationClasses === true
		};
		try {
			trainer = new Trainer(kernels, sourceFromNetwork(network), toDataset(m.data), options);
		} catch (err) {
			disposeKernels(kernels);
			throw err;
		}
		runId = m.id;
		inputSize = network.input.size;
		layers = network.layers.map(({ activation, batchNorm }) => ({ activation, batchNorm }));
		paused = o.paused ?? false;
		sliceMs = o.sliceMs ?? 16;
		sliceSteps = o.sliceSteps ?? Infinity;
		post({ type: 'ack', id: m.id, request: 'start', kernels: kernels.name });
		wake();
	};

	const snapshot = (m: Extract<Request, { type: 'snapshot' }>) => {
		if (!trainer) throw new Error('no training run to snapshot');
		const g = m.grid;
		const problem = g ? gridRequestProblem(g, inputSize) : null;
		if (problem) throw new Error(`snapshot's grid: ${problem}`);
		const tensors = copyTensors(trainer.model);
		const s: Snapshot = {
			step: trainer.step,
			epoch: trainer.epoch,
			precision: trainer.kernels.precision,
			...tensors,
			network: m.network ? trainer.toNetwork() : null,
			grid: g ? evaluateGrid(layers.map((l) => l.activation), g.features, tensors, g.n, g.min, g.max, layers.map((l) => l.batchNorm ?? null)) : null
		};
		post({ type: 'snapshot', id: m.id, snapshot: s });
	};

	const classify = (m: Extract<Request, { type: 'classify' }>) => {
		if (!rows) throw new Error('no inputs to classify (classify needs inputs first)');
		const problem = classifyProblem(m);
		if (problem) throw new Error(problem);
		const predictions = new Uint8Array(rows.count);
		// In the inputs' precision: single, as a run in float32 trains (the digits), on the fastest kernels;
		// a classifier in double precision took 235 ms for the 2,000 test digits, a core taken from training.
		const c = rows.inputs instanceof Float32Array
			? createClassifier(rows.inputSize, m.activations, m.params, m.batchNorm ?? [], bestKernels('f32'))
			: createClassifier(rows.inputSize, m.activations, m.params, m.batchNorm);
		classifyRows(c, rows.inputs, 0, rows.count, predictions);
		post({ type: 'predictions', id: m.id, predictions });
	};

	const setParam = (m: Extract<Request, { type: 'setParam' }>) => {
		const t = requireRun(m.type);
		const array = (m.kind === 'W' ? t.model.W : t.model.b)[m.layer];
		if (!array || !Number.isInteger(m.index) || m.index < 0 || m.index >= array.length)
			throw new Error(`layer ${m.layer + 1} has no ${m.kind === 'W' ? 'weight' : 'bias'} number ${m.index}`);
		if (!Number.isFinite(m.value)) throw new Error(`${m.value} is not a finite number`);
		array[m.index] = m.value;
	};

	const requireRun = (type: RequestType) => {
		if (!trainer) throw new Error(`no training run (${type} needs a start first)`);
		return trainer;
	};

	const handle = (message: unknown) => {
		if (!isRequest(message)) return;
		const m = message;
		try {
			switch (m.type) {
				case 'start':
					start(m);
					return;
				case 'pause':
					requireRun(m.type);
					paused = true;
					break;
				case 'resume':
					requireRun(m.type);
					paused = false;
					wake();
					break;
				case 'step': {
					const t = requireRun(m.type);
					paused = true;
					emit(t.run(Math.max(0, Math.floor(m.steps))));
					break;
				}
				case 'stop': {
					const t = requireRun(m.type);
					stopping = true;
					emit(t.stop());
					break;
				}
				case 'rate':
					requireRun(m.type).setLearningRate(m.learningRate);
					break;
				case 'setParam':
					setParam(m);
					break;
				case 'snapshot':
					snapshot(m);
					return;
				case 'inputs': {
					const problem = inputsProblem(m);
					if (problem) throw new Error(problem);
					rows = m;
					break;
				}
				case 'classify':
					classify(m);
					return;
			}
			post({ type: 'ack', id: m.id, request: m.type });
		} catch (err) {
			fail(m.id, m.type, err);
		}
	};

	return {
		handle,
		get state() {
			return trainer ? (paused ? 'paused' : 'running') : 'idle';
		}
	};
}
