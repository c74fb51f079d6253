// The /digits page's state: the packed digits fetched on demand, the chosen model and its
// hyper-parameters, a training run driven in the worker, the classifier of the latest snapshot,
// its confusion matrix on the 2,000 test digits, and the drawn digit's class probabilities.
//
// The run is driven with `step` requests of about a tenth of a second of work each (the worker
// starts paused), so that an epoch's end is hit exactly: the snapshot taken there is the weights of
// that epoch, and the last epoch's snapshot is taken before the run is stopped (a finished run
// frees its weights). Pausing is simply not asking for more steps.

import type { Activation } from '$lib/engine/spec/types';
import type { Digits } from '$lib/fast/datasets/digits';
import { decodeDigitsSliced } from '$lib/fast/digits-sliced';
import { digitsActivations, digitsFile, LEARNING_RATES, nextTask, type DigitOptimizer, type Evaluator, type ModelKind } from '$lib/fast/digits-model';
import type { Dataset } from '$lib/fast/datasets/types';
import { parameterCount as countParameters, specFromConfig } from '$lib/fast/model';
import type { LayerTensors } from '$lib/fast/tensors';
import type { EpochRecord } from '$lib/fast/train';
import { createClassifier, predict, type Classifier } from '$lib/fast/predict';
import { confusionMatrix, type Confusion } from '$lib/fast/confusion';
import { TrainingClient } from '$lib/worker/client';
import type { DatasetPayload, Snapshot } from '$lib/worker/protocol';

export * from '$lib/fast/digits-model';

/** @deprecated The page's former call, parameterCount(SIZES[kind]): use digitsParameterCount(kind). */
export const parameterCount = (sizes: number[]): number =>
	countParameters(specFromConfig({ sizes, activations: ['relu', 'softmax'], loss: 'sparse_categorical_crossentropy' }));

/** Classifies in a training worker of its own, sent a copy of the test inputs once. */
export function workerEvaluator(test: Dataset, client = new TrainingClient()): { evaluate: Evaluator; dispose(): void } {
	const sent = client.setInputs(test.inputs.slice(), test.inputSize, test.count, true);
	return {
		evaluate: async (activations, params) => {
			await sent;
			return client.classify(activations, params);
		},
		dispose: () => client.dispose()
	};
}

export type LoadPhase = 'idle' | 'loading' | 'decoding' | 'ready' | 'failed';
export type RunStatus = 'idle' | 'starting' | 'running' | 'paused' | 'finished' | 'stopped' | 'nan' | 'error';

export interface LiveProgress {
	epoch: number;
	epochProgress: number;
	loss: number;
	accuracy: number | null;
	/** Training samples per second over the last requests. */
	rate: number;
}

/** A copy of `src`, made a few megabytes per task. */
async function copyInSlices(src: Float32Array | Float64Array): Promise<Float32Array> {
	const out = new Float32Array(src.length);
	const SLICE = 1 << 20;
	for (let at = 0; at < src.length; at += SLICE) {
		out.set(src.subarray(at, Math.min(src.length, at + SLICE)), at);
		await nextTask();
	}
	return out;
}

/** A data set's own copy, to transfer to the worker. */
const payload = async (d: Dataset): Promise<DatasetPayload> => ({
	name: d.name, count: d.count, inputSize: d.inputSize, targetSize: d.targetSize,
	inputs: await copyInSlices(d.inputs), targets: await copyInSlices(d.targets)
});

/** Bytes read from a response body, reporting as they arrive. */
async function readAll(res: Response, onChunk: (done: number) => void): Promise<Uint8Array> {
	if (!res.body) return new Uint8Array(await res.arrayBuffer());
	const reader = res.body.getReader();
	const parts: Uint8Array[] = [];
	let done = 0;
	for (;;) {
		const { value, done: end } = await reader.read();
		if (end) break;
		parts.push(value);
		done += value.length;
		onChunk(done);
	}
	const out = new Uint8Array(done);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

export class DigitsState {
	kind = $state<ModelKind>('mlp');
	optimizer = $state<DigitOptimizer>('sgd');
	learningRate = $state(0.1);
	epochs = $state(5);
	batchSize = $state(32);

	phase = $state<LoadPhase>('idle');
	loaded = $state(0);
	/** Size of digits.bin in bytes, once known (Content-Length or the bytes read). */
	size = $state<number | null>(null);
	loadError = $state('');
	digits = $state.raw<Digits | null>(null);

	status = $state<RunStatus>('idle');
	progress = $state<LiveProgress | null>(null);
	history = $state.raw<EpochRecord[]>([]);
	kernels = $state('');
	message = $state('');
	/** The epochs of the current run. */
	runEpochs = $state(0);

	classifier = $state.raw<Classifier | null>(null);
	predictions = $state.raw<Uint8Array | null>(null);
	confusion = $state.raw<Confusion | null>(null);
	/** Epochs the weights behind the confusion matrix had finished (a stopped run's may be mid-epoch). */
	confusionEpoch = $state(0);
	evaluating = $state(false);

	drawn = $state.raw<Float32Array | null>(null);
	probabilities = $state.raw<Float64Array | null>(null);

	private client: TrainingClient | null = null;
	private run = 0;
	private evaluation = 0;
	private resumeRun: (() => void) | null = null;

	private evaluator: { evaluate: Evaluator; dispose(): void } | null = null;

	/**
	 * `makeClient` and `makeEvaluator` default to the page's workers; tests pass in-thread ones.
	 */
	constructor(
		private readonly url: string,
		private readonly makeClient: () => TrainingClient = () => new TrainingClient(),
		private readonly makeEvaluator: (test: Dataset) => { evaluate: Evaluator; dispose(): void } = workerEvaluator
	) {}

	get training(): boolean {
		return this.status === 'starting' || this.status === 'running' || this.status === 'paused';
	}

	setOptimizer(o: DigitOptimizer): void {
		this.optimizer = o;
		this.learningRate = LEARNING_RATES[o];
	}

	/** Fetches and unpacks digits.bin (once). */
	async load(fetcher: typeof fetch = fetch): Promise<void> {
		if (this.phase === 'loading' || this.phase === 'decoding' || this.phase === 'ready') return;
		this.phase = 'loading';
		this.loaded = 0;
		try {
			const res = await fetcher(this.url);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			const length = Number(res.headers.get('content-length'));
			if (length > 0) this.size = length;
			const bytes = await readAll(res, (n) => (this.loaded = n));
			this.size = bytes.length;
			this.phase = 'decoding';
			await nextTask(); // let "unpacking" paint first
			this.digits = await decodeDigitsSliced(bytes, nextTask);
			this.phase = 'ready';
		} catch (err) {
			this.loadError = err instanceof Error ? err.message : String(err);
			this.phase = 'failed';
		}
	}

	/** Starts a new run with the current choices (replacing any other). */
	async train(): Promise<void> {
		const digits = this.digits;
		if (!digits) return;
		const run = ++this.run;
		this.resumeRun?.();
		this.resumeRun = null;
		this.client ??= this.makeClient();
		const client = this.client;
		const file = digitsFile(this.kind, this.optimizer, this.learningRate);
		const activations = digitsActivations(this.kind);
		this.activations = activations;
		const epochs = Math.max(1, Math.floor(this.epochs));
		const batch = Math.max(1, Math.floor(this.batchSize));
		const stepsPerEpoch = Math.ceil(digits.train.count / batch);
		this.status = 'starting';
		this.progress = null;
		this.history = [];
		this.message = '';
		this.runEpochs = epochs;
		let failed = '';
		try {
			// One epoch more than asked, so the run is still alive (and can be snapshotted) after the last one.
			// Each its own task: the page keeps answering while the data are copied.
			const trainData = await payload(digits.train);
			const testData = await payload(digits.test);
			if (run !== this.run) return;
			const options = { epochs: epochs + 1, batchSize: batch, precision: 'f32' as const, learningRate: this.learningRate, seed: 1, paused: true, progressEvery: Math.max(1, Math.round(stepsPerEpoch / 50)) };
			this.kernels = await client.start(
				{ source: { file }, data: trainData, validation: testData, options, transferData: true },
				{
					progress: (p) => {
						if (run !== this.run) return;
						this.progress = { epoch: p.epoch, epochProgress: p.epochProgress, loss: p.loss, accuracy: p.accuracy, rate: this.progress?.rate ?? 0 };
					},
					epoch: (record) => {
						if (run === this.run && record.epoch <= epochs) this.history = [...this.history, record];
					},
					nanStop: (n) => {
						if (run !== this.run) return;
						failed = n.message;
						this.status = 'nan';
						this.message = n.message;
					},
					error: (m) => {
						if (run !== this.run) return;
						failed = m;
						this.status = 'error';
						this.message = m;
					}
				}
			);
			if (run !== this.run) return;
			this.status = 'running';
			let chunk = Math.max(1, Math.round(stepsPerEpoch / 40));
			let rate = 0;
			for (let epoch = 1; epoch <= epochs; epoch++) {
				let left = stepsPerEpoch;
				while (left > 0) {
					if (this.now() === 'paused') await new Promise<void>((r) => (this.resumeRun = r));
					if (run !== this.run || failed || this.now() === 'stopped') return;
					const k = Math.min(chunk, left);
					const t0 = performance.now();
					await client.step(k);
					const dt = Math.max(1, performance.now() - t0);
					if (run !== this.run || failed) return;
					left -= k;
					// About 100 ms of work per request: short enough to pause promptly, long enough to keep the worker busy.
					chunk = Math.max(1, Math.min(stepsPerEpoch, Math.round((k * 100) / dt)));
					const now = (k * batch * 1000) / dt;
					rate = rate === 0 ? now : 0.7 * rate + 0.3 * now;
					const p = this.progress as LiveProgress | null;
					if (p) this.progress = { ...p, rate };
				}
				const snap = await client.snapshot();
				if (run !== this.run) return;
				this.useSnapshot(snap, activations);
			}
			this.status = 'finished';
			await client.stop();
		} catch (err) {
			if (run !== this.run) return;
			this.status = 'error';
			this.message = err instanceof Error ? err.message : String(err);
		}
	}

	pause(): void {
		if (this.status === 'running') this.status = 'paused';
	}

	resume(): void {
		if (this.status !== 'paused') return;
		this.status = 'running';
		this.resumeRun?.();
		this.resumeRun = null;
	}

	/** Stops the run, keeping (and evaluating) the weights it reached. */
	async stop(): Promise<void> {
		if (!this.training || !this.client) return;
		const run = this.run;
		const wasStarting = this.status === 'starting';
		this.status = 'stopped';
		this.resumeRun?.();
		this.resumeRun = null;
		if (wasStarting) return;
		try {
			const snap = await this.client.snapshot();
			if (run === this.run && this.activations.length) this.useSnapshot(snap, this.activations);
			await this.client.stop();
		} catch {
			// the run had ended already
		}
	}

	/** Classifies a 28×28 input (null clears it). */
	classify(input: Float32Array | null): void {
		this.drawn = input;
		this.probabilities = input && this.classifier ? predict(this.classifier, input) : null;
	}

	/** The 784 pixels of test digit `index`. */
	testImage(index: number): Float32Array | null {
		const t = this.digits?.test;
		return t ? t.inputs.slice(index * 784, (index + 1) * 784) as Float32Array : null;
	}

	testLabel(index: number): number {
		const d = this.digits;
		return d ? d.labels[d.train.count + index] : -1;
	}

	dispose(): void {
		this.run++;
		this.resumeRun?.();
		this.client?.dispose();
		this.client = null;
		this.evaluator?.dispose();
		this.evaluator = null;
	}

	/** The status as it is now (changed by pause and stop while a run awaits the worker). */
	private now(): RunStatus {
		return this.status;
	}

	/** The activations of the run's network, for its snapshots. */
	private activations: Activation[] = [];

	private useSnapshot(snap: Snapshot, activations: Activation[]): void {
		this.activations = activations;
		this.classifier = createClassifier(784, activations, snap);
		if (this.drawn) this.probabilities = predict(this.classifier, this.drawn);
		void this.evaluate(activations, snap, snap.epoch);
	}

	/** The confusion matrix of a snapshot on the test digits; then, a task later, its mistakes. */
	private async evaluate(activations: Activation[], params: LayerTensors, epoch: number): Promise<void> {
		const digits = this.digits;
		if (!digits) return;
		const id = ++this.evaluation;
		this.evaluating = true;
		this.evaluator ??= this.makeEvaluator(digits.test);
		let preds: Uint8Array;
		try {
			preds = await this.evaluator.evaluate(activations, params);
		} catch (err) {
			if (id === this.evaluation) this.evaluating = false;
			this.message = err instanceof Error ? err.message : String(err);
			return;
		}
		if (id !== this.evaluation) return;
		this.confusion = confusionMatrix(digits.labels.subarray(digits.train.count), preds, 10);
		this.confusionEpoch = epoch;
		this.evaluating = false;
		// The matrix and the mistakes' small canvases render in separate tasks.
		await nextTask();
		if (id === this.evaluation) this.predictions = preds;
	}
}
