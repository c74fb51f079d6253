// The /digits run in the training worker. It is driven with `step` requests, one queued behind the
// one the worker runs, each answered about a tenth of a second after it is sent (the worker starts
// paused), so that an epoch's end is hit exactly: the snapshot taken there is the weights of that
// epoch, and the last epoch's snapshot is taken before the run is stopped (a finished run frees its
// weights). Pausing is simply not asking for more steps (the one queued still runs).
// The live figures are the trainer's running sums over the epoch's batches (never a window of the
// last steps), and an epoch's record replaces them when it arrives: the live line and the table's
// row of an ended epoch are the same numbers (view/digits/live.ts). Progress is written to the
// page at most every 250 ms, in a task of its own: each write costs a frame (style, layout, paint
// and a commit to the compositor, which waits its turn on a machine busy training), and the frames
// take from the worker the core it shares with them: beside a busy process, the worker trained
// 12% faster with a write every 250 ms than every 100 ms (two cores, Chromium).

import type { Activation } from '$lib/engine/spec/types';
import type { Digits } from '$lib/fast/datasets/digits';
import { digitsActivations, digitsFile, type DigitOptimizer, type ModelKind } from '$lib/fast/digits-model';
import type { EpochRecord } from '$lib/fast/train';
import type { TrainingClient } from '$lib/worker/client';
import type { Snapshot } from '$lib/worker/protocol';
import type { LiveProgress } from '$lib/view/digits/live';
import { payloadInSlices } from './digits-io';

export type RunStatus = 'idle' | 'starting' | 'running' | 'paused' | 'finished' | 'stopped' | 'nan' | 'error';

/** Whether a run is under way (started, not ended). */
export const isTraining = (s: RunStatus): boolean => s === 'starting' || s === 'running' || s === 'paused';

/** Runs a callback a little later (the page's progress is written then, once, whatever arrived meanwhile). */
export type Later = (callback: () => void) => void;

const PROGRESS_MS = 250;
const inAWhile: Later = (callback) => setTimeout(callback, PROGRESS_MS);

/** Step requests sent to the worker ahead of their answers, and the time from one's sending to its answer. */
const AHEAD = 2;
const LATENCY_MS = 100;
/** The samples/s shown are measured over at least this long (answers may come in bunches; the first figure sooner). */
const RATE_MS = 250;

/** How many steps a request asks for, and the samples answered since `since` (for the rate). */
interface Pace {
	chunk: number;
	since: number;
	samples: number;
}

export interface RunSettings {
	kind: ModelKind;
	optimizer: DigitOptimizer;
	learningRate: number;
	epochs: number;
	batchSize: number;
}

/** What the run writes to the page's state. */
export interface DigitsRunHost {
	status: RunStatus;
	progress: LiveProgress | null;
	history: EpochRecord[];
	kernels: string;
	message: string;
	/** The epochs of the current run. */
	runEpochs: number;
	/**
	 * Shows the weights of an epoch's end, or of a stop. `classes`: the test digits' predicted classes
	 * with these weights, where the run sent them (else the host classifies them).
	 */
	useSnapshot(snap: Snapshot, activations: Activation[], classes?: Uint8Array): void;
}

export class DigitsRun {
	private client: TrainingClient | null = null;
	private run = 0;
	private resumeRun: (() => void) | null = null;
	/** The activations of the run's network, for its snapshots. */
	private activations: Activation[] = [];
	/** Progress received since the last write, and whether a write is due. */
	private pending: Omit<LiveProgress, 'rate'> | null = null;
	private due = false;
	private rate = 0;

	constructor(
		private readonly host: DigitsRunHost,
		private readonly makeClient: () => TrainingClient,
		private readonly later: Later = inAWhile
	) {}

	/** Starts a new run (replacing any other); resolves when it has ended. */
	async train(settings: RunSettings, digits: Digits): Promise<void> {
		const h = this.host;
		const run = ++this.run;
		this.wake();
		this.client ??= this.makeClient();
		const client = this.client;
		const file = digitsFile(settings.kind, settings.optimizer, settings.learningRate);
		const activations = digitsActivations(settings.kind);
		this.activations = activations;
		const epochs = Math.max(1, Math.floor(settings.epochs));
		const batch = Math.max(1, Math.floor(settings.batchSize));
		const stepsPerEpoch = Math.ceil(digits.train.count / batch);
		h.status = 'starting';
		h.progress = null;
		h.history = [];
		h.message = '';
		h.runEpochs = epochs;
		this.pending = null;
		this.rate = 0;
		let failed = '';
		try {
			// Each its own task: the page keeps answering while the data are copied.
			const trainData = await payloadInSlices(digits.train);
			const testData = await payloadInSlices(digits.test);
			if (run !== this.run) return;
			// One epoch more than asked, so the run is still alive (and can be snapshotted) after the last one.
			const options = {
				epochs: epochs + 1, batchSize: batch, precision: 'f32' as const, learningRate: settings.learningRate, seed: 1, paused: true,
				progressEvery: Math.max(1, Math.round(stepsPerEpoch / 50)),
				gradientNorms: false, // the page shows none, and every step then folds SGD's update into its backward pass
				// The test digits' classes come with each epoch's test figures, from the same pass: no second
				// classification of them on another worker, on a core that training may share.
				validationClasses: true
			};
			/** The last ended epoch's test-digit classes (the worker's report of it comes before its snapshot). */
			const ended: { epoch: number; classes?: Uint8Array } = { epoch: 0 };
			h.kernels = await client.start(
				{ source: { file }, data: trainData, validation: testData, options, transferData: true },
				{
					progress: (p) => {
						if (run !== this.run) return;
						this.pending = { epoch: p.epoch, epochProgress: p.epochProgress, loss: p.epochLoss, accuracy: p.epochAccuracy };
						this.writeLater();
					},
					epoch: (record, classes) => {
						if (run !== this.run || record.epoch > epochs) return;
						ended.epoch = record.epoch;
						ended.classes = classes;
						if (this.pending && this.pending.epoch <= record.epoch) this.pending = null;
						h.history = [...h.history, record];
						// The ended epoch's figures are its record's (a progress message may not fall on its last step).
						h.progress = { epoch: record.epoch, epochProgress: 1, loss: record.loss, accuracy: record.accuracy, rate: this.rate };
					},
					nanStop: (n) => {
						if (run !== this.run) return;
						failed = n.message;
						h.status = 'nan';
						h.message = n.message;
					},
					error: (m) => {
						if (run !== this.run) return;
						failed = m;
						h.status = 'error';
						h.message = m;
					}
				}
			);
			if (run !== this.run) return;
			h.status = 'running';
			const pace: Pace = { chunk: Math.max(1, Math.round(stepsPerEpoch / 40)), since: performance.now(), samples: 0 };
			for (let epoch = 1; epoch <= epochs; epoch++) {
				if (!(await this.stepEpoch(run, client, stepsPerEpoch, batch, pace, () => failed !== ''))) return;
				const snap = await client.snapshot();
				if (run !== this.run) return;
				h.useSnapshot(snap, activations, ended.epoch === epoch ? ended.classes : undefined);
			}
			h.status = 'finished';
			await client.stop();
		} catch (err) {
			if (run !== this.run) return;
			h.status = 'error';
			h.message = err instanceof Error ? err.message : String(err);
		}
	}

	/**
	 * One epoch's steps as `step` requests, one queued while another runs, so that the worker goes
	 * from one straight to the next instead of waiting for the page's answer (which a page busy
	 * drawing, or waiting for a core, gives late). False when the run ended meanwhile.
	 */
	private async stepEpoch(run: number, client: TrainingClient, steps: number, batch: number, pace: Pace, failed: () => boolean): Promise<boolean> {
		const queued: Promise<void>[] = [];
		const over = () => run !== this.run || failed() || this.status() === 'stopped';
		let left = steps;
		while (left > 0 || queued.length) {
			if (over()) return false;
			if (left > 0 && queued.length < AHEAD && this.status() !== 'paused') {
				const k = Math.min(pace.chunk, left);
				left -= k;
				const sent = performance.now();
				const request = client.step(k).then(() => {
					const now = performance.now();
					// About 100 ms from a request to its answer (half of it waiting behind the one ahead):
					// short enough to pause promptly, long enough to keep the worker busy.
					pace.chunk = Math.max(1, Math.min(steps, Math.round((k * LATENCY_MS) / Math.max(1, now - sent))));
					pace.samples += k * batch;
					if (now - pace.since >= (this.rate === 0 ? LATENCY_MS : RATE_MS)) {
						const rate = (pace.samples * 1000) / (now - pace.since);
						this.rate = this.rate === 0 ? rate : 0.7 * this.rate + 0.3 * rate;
						pace.since = now;
						pace.samples = 0;
					}
				});
				request.catch(() => {}); // awaited below; a failure is not also an unhandled rejection meanwhile
				queued.push(request);
				continue;
			}
			if (queued.length) await queued.shift();
			else {
				this.flush(); // paused: the figures the run stands at, shown now
				await new Promise<void>((r) => (this.resumeRun = r));
				pace.since = performance.now();
				pace.samples = 0;
			}
		}
		return !over();
	}

	pause(): void {
		if (this.host.status === 'running') this.host.status = 'paused';
	}

	resume(): void {
		if (this.host.status !== 'paused') return;
		this.host.status = 'running';
		this.wake();
	}

	/** Stops the run, keeping (and showing) the weights it reached. */
	async stop(): Promise<void> {
		const h = this.host;
		if (!isTraining(h.status) || !this.client) return;
		const run = this.run;
		const wasStarting = h.status === 'starting';
		h.status = 'stopped';
		this.wake();
		if (wasStarting) return;
		try {
			const snap = await this.client.snapshot();
			if (run === this.run && this.activations.length) h.useSnapshot(snap, this.activations);
			await this.client.stop();
		} catch {
			// the run had ended already
		}
	}

	dispose(): void {
		this.run++;
		this.pending = null;
		this.wake();
		this.client?.dispose();
		this.client = null;
	}

	/** Writes the latest progress to the page a little later (once, however many arrived). */
	private writeLater(): void {
		if (this.due) return;
		this.due = true;
		this.later(() => {
			this.due = false;
			this.flush();
		});
	}

	/** Writes the progress received since the last write, if any. */
	private flush(): void {
		const p = this.pending;
		this.pending = null;
		if (p) this.host.progress = { ...p, rate: this.rate };
	}

	/** The status as it is now (changed by pause and stop while a run awaits the worker). */
	private status(): RunStatus {
		return this.host.status;
	}

	/** Lets a paused loop look at the status again. */
	private wake(): void {
		this.resumeRun?.();
		this.resumeRun = null;
	}
}
