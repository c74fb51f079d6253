// The page's side of the training worker: promise-returning requests, listeners for the stream
// of a run, and terminate on dispose. Works with any port that looks like a Worker, so tests can
// connect it straight to the handler.

import type { Activation } from '../engine/spec/types';
import type { FloatArray } from '../fast/kernels/types';
import type { LayerTensors } from '../fast/tensors';
import type { BatchNormSpec } from '../fast/batch-norm';
import type { EpochRecord } from '../fast/train';
import type { DatasetPayload, GridRequest, NetworkSource, Reply, Request, Snapshot, WorkerTrainOptions } from './protocol';

export interface WorkerPort {
	postMessage(message: Request, transfer: Transferable[]): void;
	addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
	addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
	terminate(): void;
}

export interface RunListeners {
	progress?(p: Extract<Reply, { type: 'progress' }>): void;
	/** An ended epoch; `classes`: the validation rows' predicted classes, where the run asked for them. */
	epoch?(record: EpochRecord, classes?: Uint8Array): void;
	nanStop?(t: Extract<Reply, { type: 'nanStop' }>): void;
	done?(d: Extract<Reply, { type: 'done' }>): void;
	/** A failure mid-run (not the answer to a request). */
	error?(message: string): void;
}

export interface StartRun {
	source: NetworkSource;
	data: DatasetPayload;
	validation?: DatasetPayload | null;
	options: WorkerTrainOptions;
	/** Transfer the data sets' buffers (the caller's own copies, unusable afterwards) instead of copying them. */
	transferData?: boolean;
}

type Pending = { resolve(reply: Reply): void; reject(err: Error): void };

/** The module worker, bundled by Vite from train.worker.ts. */
export function spawnTrainingWorker(): WorkerPort {
	return new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort;
}

export class TrainingClient {
	private nextId = 1;
	private runId = 0;
	private listeners: RunListeners = {};
	private readonly pending = new Map<number, Pending>();
	private disposed = false;

	constructor(private readonly port: WorkerPort = spawnTrainingWorker()) {
		port.addEventListener('message', (event) => this.receive(event.data as Reply));
		port.addEventListener('error', (event) => this.failAll(new Error(event.message ?? 'training worker failed')));
	}

	/** Starts a run (replacing any other); resolves with the kernels' name once the worker has it. */
	async start(run: StartRun, listeners: RunListeners = {}): Promise<string> {
		const id = this.nextId++;
		this.runId = id;
		this.listeners = listeners;
		const { source, data, options } = run;
		const validation = run.validation ?? null;
		const sets = run.transferData ? [data, ...(validation ? [validation] : [])] : [];
		const transfer = sets.flatMap((d) => [d.inputs.buffer, d.targets.buffer]) as ArrayBuffer[];
		const reply = await this.request({ type: 'start', id, source, data, validation, options }, transfer);
		return reply.type === 'ack' ? (reply.kernels ?? '') : '';
	}

	pause(): Promise<void> {
		return this.simple({ type: 'pause', id: this.nextId++ });
	}

	resume(): Promise<void> {
		return this.simple({ type: 'resume', id: this.nextId++ });
	}

	/** Takes `steps` steps while paused; resolves after their progress has arrived. */
	step(steps = 1): Promise<void> {
		return this.simple({ type: 'step', id: this.nextId++, steps });
	}

	stop(): Promise<void> {
		return this.simple({ type: 'stop', id: this.nextId++ });
	}

	/** Uses `learningRate` from the next step on; the run carries on otherwise. */
	setLearningRate(learningRate: number): Promise<void> {
		return this.simple({ type: 'rate', id: this.nextId++, learningRate });
	}

	/** Sets one weight (`kind` 'W', row-major index) or bias of layer `layer` (0-based) of the run. */
	setParam(layer: number, kind: 'W' | 'b', index: number, value: number): Promise<void> {
		return this.simple({ type: 'setParam', id: this.nextId++, layer, kind, index, value });
	}

	/** The run's parameters; with `network` its network file too, with `grid` its picture of the plane. */
	async snapshot(network = false, grid: GridRequest | null = null): Promise<Snapshot> {
		const reply = await this.request({ type: 'snapshot', id: this.nextId++, network, ...(grid ? { grid } : {}) });
		if (reply.type !== 'snapshot') throw new Error(`unexpected ${reply.type} reply to snapshot`);
		return reply.snapshot;
	}

	/** Sends the rows (count × inputSize) that classify classifies; `transfer`: the buffer is the caller's copy. */
	setInputs(inputs: FloatArray, inputSize: number, count: number, transfer = false): Promise<void> {
		const message: Request = { type: 'inputs', id: this.nextId++, inputs, inputSize, count };
		return this.request(message, transfer ? [inputs.buffer as ArrayBuffer] : []).then(() => {});
	}

	/** The predicted class of every row sent with setInputs, under these parameters (batch normalisation's settings per layer where it has them). */
	async classify(activations: Activation[], params: LayerTensors, batchNorm?: (BatchNormSpec | null)[]): Promise<Uint8Array> {
		// Only the tensors are sent (a snapshot's other fields, its network file, stay here).
		const { W, b, alpha, gamma, beta, movingMean, movingVariance } = params;
		const tensors: LayerTensors = gamma ? { W, b, alpha, gamma, beta, movingMean, movingVariance } : { W, b, alpha };
		const reply = await this.request({ type: 'classify', id: this.nextId++, activations, params: tensors, batchNorm });
		if (reply.type !== 'predictions') throw new Error(`unexpected ${reply.type} reply to classify`);
		return reply.predictions;
	}

	/** Ends the worker; pending requests reject. */
	dispose(): void {
		if (this.disposed) return;
		this.disposed = true;
		this.port.terminate();
		this.failAll(new Error('training client disposed'));
	}

	private async simple(message: Request): Promise<void> {
		await this.request(message);
	}

	private request(message: Request, transfer: ArrayBuffer[] = []): Promise<Reply> {
		if (this.disposed) return Promise.reject(new Error('training client disposed'));
		return new Promise((resolve, reject) => {
			this.pending.set(message.id, { resolve, reject });
			this.port.postMessage(message, transfer);
		});
	}

	private receive(reply: Reply): void {
		const waiting = this.pending.get(reply.id);
		if (waiting && (reply.type === 'ack' || reply.type === 'snapshot' || reply.type === 'predictions' || reply.type === 'error')) {
			this.pending.delete(reply.id);
			if (reply.type === 'error') waiting.reject(new Error(`${reply.where}: ${reply.message}`));
			else waiting.resolve(reply);
			return;
		}
		if (reply.id !== this.runId) return; // the stream of a replaced run
		const l = this.listeners;
		switch (reply.type) {
			case 'reports':
				for (const r of reply.replies) this.receive(r);
				break;
			case 'progress':
				l.progress?.(reply);
				break;
			case 'epoch':
				l.epoch?.(reply.record, reply.classes);
				break;
			case 'nanStop':
				l.nanStop?.(reply);
				break;
			case 'done':
				l.done?.(reply);
				break;
			case 'error':
				l.error?.(reply.message);
				break;
		}
	}

	private failAll(err: Error): void {
		for (const p of this.pending.values()) p.reject(err);
		this.pending.clear();
	}
}
