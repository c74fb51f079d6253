// The /train page's state: the settings (mirrored in the URL), the prepared data and network, the
// run in the training worker (play, pause, step, epoch, reset, a new rate from the current weights),
// the curves it reports, the current weights (from snapshots) and the grids drawn from them.

import { networkToText } from '$lib/engine/spec/encode';
import { InputError } from '$lib/engine/spec/errors';
import { parseNetwork } from '$lib/engine/spec/validate';
import type { Network } from '$lib/engine/spec/types';
import { paramsFromNetwork } from '$lib/fast/model';
import { sourceFromNetwork, type EpochRecord } from '$lib/fast/train';
import { findLearningRate, type LrFinderResult } from '$lib/fast/lr-finder';
import { typedArrayKernels } from '$lib/fast/kernels/typedarray';
import { evaluateGrid, type GridResult } from '$lib/fast/grid';
import { forwardRows } from '$lib/fast/inference';
import type { Dataset } from '$lib/fast/datasets/types';
import type { LayerTensors } from '$lib/fast/tensors';
import type { Quantity } from '$lib/fast/numerics';
import { TrainingClient } from '$lib/worker/client';
import type { DatasetPayload, Snapshot, WorkerTrainOptions } from '$lib/worker/protocol';
import { buildNetwork, configFromNetwork, dropoutOf, prepareData, scheduleOf, type PreparedData } from '$lib/view/train/build';
import { defaultConfig, type TrainConfig } from '$lib/view/train/config';
import { appendThinned } from '$lib/view/train/thin';

export type RunStatus = 'idle' | 'running' | 'paused' | 'diverged';

export interface GradPoint {
	step: number;
	norms: number[];
}

export interface NanInfo {
	step: number;
	layer: number | null;
	quantity: Quantity;
	message: string;
}

/** Grid cells a side for the output and each neuron. */
export const GRID_N = 40;
/** At most one snapshot this often while training (ms). */
const SNAPSHOT_EVERY = 120;
/** Reports are shown this often (ms). */
const FLUSH_EVERY = 100;
const MAX_HISTORY = 4000;
const MAX_GRADS = 1200;
/** Milliseconds per epoch when watching. */
const WATCH_FRAME = 33;



const payload = (d: Dataset): DatasetPayload => ({
	name: d.name,
	count: d.count,
	inputSize: d.inputSize,
	targetSize: d.targetSize,
	inputs: d.inputs.slice(),
	targets: d.targets.slice()
});

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class TrainState {
	config = $state<TrainConfig>(defaultConfig());
	csv = $state.raw<Dataset | null>(null);
	csvError = $state<string | null>(null);
	settingsError = $state<string | null>(null);
	data = $state.raw<PreparedData | null>(null);
	/** The network at step 0 (drawn from the seed, or loaded from a file). */
	initial = $state.raw<Network | null>(null);
	/** The latest known weights (step 0's until a snapshot arrives). */
	network = $state.raw<Network | null>(null);
	grid = $state.raw<GridResult | null>(null);
	status = $state<RunStatus>('idle');
	step = $state(0);
	epoch = $state(0);
	history = $state.raw<EpochRecord[]>([]);
	grads = $state.raw<GradPoint[]>([]);
	nan = $state<NanInfo | null>(null);
	runError = $state<string | null>(null);
	/** The rate the run uses now (differs from config.learningRate until applied). */
	activeRate = $state(0);
	rateNote = $state<{ value: number; step: number } | null>(null);
	selected = $state<number | null>(null);
	lr = $state.raw<LrFinderResult | null>(null);
	lrRunning = $state(false);
	/** 'watch': about 30 epochs a second, to follow with the eyes; 'fast': as fast as the worker goes. */
	speed = $state<'watch' | 'fast'>('watch');

	private client: TrainingClient | null = null;
	private started = false;
	private snapshotting = false;
	private lastSnapshot = 0;
	private loaded: Network | null = null;
	private watchRun = 0;

	constructor(private readonly makeClient: () => TrainingClient = () => new TrainingClient()) {}

	/** Rebuilds data and network from the settings and resets the run. */
	async configure(patch: Partial<TrainConfig> = {}, keepLoaded = false): Promise<void> {
		this.config = { ...this.config, ...patch };
		if (!keepLoaded) this.loaded = null;
		await this.reset();
	}

	/** Stops any run and goes back to step 0 with the same seed (so the same initial weights). */
	async reset(): Promise<void> {
		this.watchRun++;
		await this.stopRun();
		this.flush();
		this.history = [];
		this.grads = [];
		this.nan = null;
		this.runError = null;
		this.rateNote = null;
		this.step = 0;
		this.epoch = 0;
		this.status = 'idle';
		try {
			const data = prepareData(this.config, this.config.data === 'csv' ? this.csv : null);
			const net = this.loaded ?? buildNetwork(this.config, data.classes);
			this.data = data;
			this.initial = net;
			this.settingsError = null;
			this.activeRate = this.config.learningRate;
			if (this.selected !== null && this.selected >= data.trainCount) this.selected = null;
			this.show(net, paramsFromNetwork(net));
		} catch (e) {
			this.settingsError = reasonOf(e);
			this.data = null;
			this.initial = null;
			this.network = null;
			this.grid = null;
		}
	}

	get stepsPerEpoch(): number {
		if (!this.data) return 1;
		return Math.ceil(this.data.train.count / Math.min(this.config.batchSize, this.data.train.count));
	}

	async play(): Promise<void> {
		if (this.status === 'diverged' || this.status === 'running' || !this.initial) return;
		if (this.speed === 'fast') {
			if (!this.started) await this.startRun(this.initial, false);
			else await this.client!.resume();
			this.status = 'running';
			return;
		}
		// Watch: one epoch per frame (about 30 a second), driven from here with `step` requests.
		if (!this.started) await this.startRun(this.initial, true);
		this.status = 'running';
		const run = ++this.watchRun;
		while (this.status === 'running' && run === this.watchRun && this.started) {
			const t0 = performance.now();
			await this.client!.step(this.stepsPerEpoch);
			this.flush();
			if (performance.now() - this.lastSnapshot > 60) await this.refresh();
			await new Promise((r) => setTimeout(r, Math.max(0, WATCH_FRAME - (performance.now() - t0))));
		}
	}

	async pause(): Promise<void> {
		if (this.status !== 'running') return;
		this.status = 'paused';
		this.watchRun++;
		await this.client!.pause();
		await this.refresh();
	}

	/** Takes `steps` steps (starting a paused run if none) and shows the weights after them. */
	async advance(steps: number): Promise<void> {
		if (this.status === 'diverged' || !this.initial) return;
		if (!this.started) await this.startRun(this.initial, true);
		this.status = 'paused';
		await this.client!.step(steps);
		await this.refresh();
	}

	/** The rate in the settings, used by the run from its next step on. */
	async applyRate(): Promise<void> {
		const rate = this.config.learningRate;
		if (!this.started || !this.client) {
			await this.reset();
			return;
		}
		await this.client.setLearningRate(rate);
		this.activeRate = rate;
		this.rateNote = { value: rate, step: this.step };
	}

	/** The trained network as a file (the latest weights; no samples: the data is separate). */
	exportText(): string {
		const net = this.network ?? this.initial;
		if (!net) throw new Error('no network');
		return networkToText({ ...net, samples: [] });
	}

	/** Loads a network file: its weights and settings become step 0. Throws an InputError. */
	async loadText(text: string, name: string): Promise<void> {
		let net: Network;
		try {
			net = parseNetwork(text, { engine: 'fast' });
		} catch (e) {
			throw e instanceof InputError ? new InputError(`${name}: ${e.path}`, e.reason) : e;
		}
		const config = configFromNetwork(net, this.config);
		this.loaded = { ...net, samples: [] };
		await this.configure(config, true);
	}

	/** The current output for training row `row` (the network's answer the drill-in will trace). */
	outputAt(row: number): number[] | null {
		if (!this.data || !this.network) return null;
		const d = this.data.train;
		const x = d.inputs.subarray(row * d.inputSize, (row + 1) * d.inputSize);
		const params = paramsFromNetwork(this.network);
		const layers = forwardRows(this.network.layers.map((l) => l.activation), params, x, 1, d.inputSize);
		return Array.from(layers[layers.length - 1]);
	}

	/** Runs the LR finder on a copy of the initial network (main thread; small networks take milliseconds). */
	async findRate(): Promise<void> {
		if (!this.initial || !this.data || this.lrRunning) return;
		this.lrRunning = true;
		// Let the page paint "running" first.
		await new Promise((r) => setTimeout(r, 0));
		try {
			const train = this.data.train;
			this.lr = findLearningRate(typedArrayKernels('f64'), sourceFromNetwork(this.initial), train, {
				minLr: 1e-5, maxLr: 10, steps: 100, batchSize: Math.min(this.config.batchSize, train.count), seed: this.config.seed
			});
		} finally {
			this.lrRunning = false;
		}
	}

	dispose(): void {
		this.client?.dispose();
		this.client = null;
		this.started = false;
	}

	private async startRun(net: Network, paused: boolean): Promise<void> {
		const data = this.data!;
		this.client ??= this.makeClient();
		this.started = true;
		const options: WorkerTrainOptions = {
			epochs: 1e6,
			batchSize: this.config.batchSize,
			precision: 'f64',
			learningRate: this.config.learningRate,
			schedule: scheduleOf(this.config, this.stepsPerEpoch),
			seed: this.config.seed,
			dropout: dropoutOf(this.config),
			progressEvery: Math.max(1, Math.ceil(this.stepsPerEpoch / 2)),
			sliceMs: 12,
			paused
		};
		await this.client.start(
			{ source: { network: net }, data: payload(data.train), validation: payload(data.test), options, transferData: true },
			{
				progress: (p) => {
					this.pendingGrads.push({ step: p.step, norms: p.gradNorms });
					this.pendingStep = p.step;
					this.scheduleFlush();
				},
				epoch: (record) => {
					this.pendingHistory.push(record);
					this.pendingEpoch = record.epoch;
					this.scheduleFlush();
				},
				nanStop: (n) => {
					this.flush();
					this.nan = { step: n.step, layer: n.layer, quantity: n.quantity, message: n.message };
					this.status = 'diverged';
				},
				done: () => {
					this.started = false;
					if (this.status !== 'diverged') this.status = 'idle';
				},
				error: (message) => {
					this.runError = message;
					this.status = 'idle';
					this.started = false;
				}
			}
		);
		this.activeRate = this.config.learningRate;
	}

	private async stopRun(): Promise<void> {
		if (this.started && this.client) {
			this.started = false;
			try {
				await this.client.stop();
			} catch {
				// the run had already ended (diverged or finished)
			}
		}
	}

	/**
	 * The worker may report hundreds of epochs a second: the reports are collected here and shown
	 * at most every FLUSH_EVERY ms, so the page renders a few times a second, not once per message.
	 */
	private pendingHistory: EpochRecord[] = [];
	private pendingGrads: GradPoint[] = [];
	private pendingStep: number | null = null;
	private pendingEpoch: number | null = null;
	private flushTimer: ReturnType<typeof setTimeout> | null = null;

	private scheduleFlush(): void {
		this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_EVERY);
	}

	private flush(): void {
		if (this.flushTimer !== null) clearTimeout(this.flushTimer);
		this.flushTimer = null;
		// Very long runs keep every other early point: the curves keep their shape, the arrays stay small.
		if (this.pendingHistory.length) this.history = appendThinned(this.history, this.pendingHistory, MAX_HISTORY);
		if (this.pendingGrads.length) this.grads = appendThinned(this.grads, this.pendingGrads, MAX_GRADS);
		if (this.pendingStep !== null) this.step = this.pendingStep;
		if (this.pendingEpoch !== null) this.epoch = this.pendingEpoch;
		this.pendingHistory = [];
		this.pendingGrads = [];
		this.pendingStep = null;
		this.pendingEpoch = null;
		this.maybeRefresh();
	}

	private maybeRefresh(): void {
		const now = performance.now();
		if (this.snapshotting || now - this.lastSnapshot < SNAPSHOT_EVERY) return;
		void this.refresh();
	}

	/** Asks the worker for the current weights and redraws the grids. */
	async refresh(): Promise<void> {
		if (!this.started || !this.client || this.snapshotting) return;
		this.snapshotting = true;
		this.lastSnapshot = performance.now();
		try {
			const snap: Snapshot = await this.client.snapshot(true);
			if (!snap.network) return;
			this.flush();
			this.step = snap.step;
			this.epoch = snap.epoch;
			this.show(snap.network, snap);
		} catch {
			// the run ended between the request and the reply; its last weights stay shown
		} finally {
			this.snapshotting = false;
		}
	}

	private show(net: Network, params: LayerTensors): void {
		this.network = net;
		const d = this.data;
		if (!d) return;
		this.grid = evaluateGrid(net.layers.map((l) => l.activation), this.config.features, params, GRID_N, d.min, d.max);
	}
}
