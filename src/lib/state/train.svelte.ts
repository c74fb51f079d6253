// The /train page's state: the settings (mirrored in the URL), the prepared data and network, the
// run in the training worker (train-run.ts: play, pause, step, epoch, reset, a new rate from the
// current weights, a weight set by hand), the curves it reports, the current weights and the grids
// drawn from them; a run resumed from saved weights counts on from its step and epoch
// (train-keep.svelte.ts keeps and shares it).

import { networkToText } from '$lib/engine/spec/encode';
import { InputError } from '$lib/engine/spec/errors';
import { parseNetwork } from '$lib/engine/spec/validate';
import { prepareCustomActivations } from '$lib/engine/ops';
import type { Network } from '$lib/engine/spec/types';
import { networkWithTensors, paramsFromNetwork } from '$lib/fast/model';
import { sourceFromNetwork, type EpochRecord } from '$lib/fast/train';
import { learningRateSearch, type LrFinderResult } from '$lib/fast/lr-finder';
import { inSlices } from './in-slices';
import { typedArrayKernels } from '$lib/fast/kernels/typedarray';
import { evaluateGrid, type GridResult } from '$lib/fast/grid';
import { forwardRows } from '$lib/fast/inference';
import type { Dataset } from '$lib/fast/datasets/types';
import type { LayerTensors } from '$lib/fast/tensors';
import { TrainingClient, type StartRun } from '$lib/worker/client';
import type { DatasetPayload, GridRequest } from '$lib/worker/protocol';
import { buildNetwork, configFromNetwork, dropoutOf, prepareData, scheduleOf, type PreparedData } from '$lib/view/train/build';
import { configToQuery, defaultConfig, nextDataSeed, type TrainConfig } from '$lib/view/train/config';
import { appendThinned } from '$lib/view/train/thin';
import { scoreRecord } from '$lib/view/train/score';
import type { GradPoint } from './train-reports';
import { isWhy, weightsOf, withWeights, type RunWeights, type SavedRun, type Why } from './train-saved';
import { TrainRun, type NanInfo, type RunHost, type RunStatus } from './train-run';

export type { GradPoint, NanInfo, RunStatus };

/** Grid cells a side for the output and each neuron. */
export const GRID_N = 40;

/** A data set's own copy, to transfer to the worker. */
const payload = (d: Dataset): DatasetPayload => ({
	name: d.name,
	count: d.count,
	inputSize: d.inputSize,
	targetSize: d.targetSize,
	inputs: d.inputs.slice(),
	targets: d.targets.slice()
});

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class TrainState implements RunHost {
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
	private disposed = false;
	/** 'watch': about 30 epochs a second, to follow with the eyes; 'fast': as fast as the worker goes. */
	speed = $state<'watch' | 'fast'>('watch');

	/** The step and epoch a restored run had reached (0 for a run from the seed's weights). */
	stepBase = $state(0);
	epochBase = $state(0);

	private loaded: Network | null = null;
	private readonly run: TrainRun;

	constructor(makeClient: () => TrainingClient = () => new TrainingClient()) {
		this.run = new TrainRun(this, makeClient);
	}

	/** Rebuilds data and network from the settings and resets the run. */
	async configure(patch: Partial<TrainConfig> = {}, keepLoaded = false): Promise<void> {
		this.config = { ...this.config, ...patch };
		if (!keepLoaded) this.loaded = null;
		await this.reset();
	}

	/** Stops any run and goes back to step 0 with the same seed (so the same initial weights). */
	async reset(): Promise<void> {
		await this.run.stop();
		this.history = [];
		this.grads = [];
		this.nan = null;
		this.runError = null;
		this.rateNote = null;
		this.step = this.stepBase = 0;
		this.epoch = this.epochBase = 0;
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

	/**
	 * The run as it was: these settings, these weights at their step and epoch, and its curves. The run
	 * goes on from there (the optimizer's running averages and the schedule start afresh). Returns why
	 * the weights do not fit the settings' network, or null.
	 */
	async resume(config: TrainConfig, weights: RunWeights, history: EpochRecord[] = []): Promise<Why | null> {
		await this.configure(config);
		if (!this.initial) return this.settingsError ? { code: 'other', text: this.settingsError } : { code: 'settings' };
		const net = withWeights(this.initial, weights);
		if (isWhy(net)) return net;
		this.initial = net;
		this.step = this.stepBase = weights.step;
		this.epoch = this.epochBase = weights.epoch;
		// Weights without their curves (a link's) are scored on the data, so the page shows how they do.
		this.history = history.length > 0 || !this.data ? history : [scoreRecord(net, this.data.train, this.data.test, weights.epoch)];
		this.show(net, paramsFromNetwork(net));
		return null;
	}

	/** What the browser keeps of the run (null for a CSV file's, which is not kept). */
	savedRun(): SavedRun | null {
		if (!this.network || this.config.data === 'csv') return null;
		return { settings: configToQuery(this.config), ...weightsOf(this.network, this.step, this.epoch), history: appendThinned([], this.history, 300) };
	}

	/** New points of the same data set (the next data seed); the run starts again from step 0. */
	regenerate(): Promise<void> {
		return this.configure({ dataSeed: nextDataSeed(this.config.dataSeed ?? this.config.seed) });
	}

	/**
	 * Sets the weight from neuron `i` of the layer before into neuron `j` of `layer` (0-based, the first
	 * after the inputs): in the running run, which goes on from it, or in step 0's network.
	 */
	async setWeight(layer: number, j: number, i: number, value: number): Promise<void> {
		const net = this.network;
		if (!net || !Number.isFinite(value) || this.status === 'diverged') return;
		const index = j * (layer === 0 ? net.input.size : net.layers[layer - 1].size) + i;
		if (await this.run.setParam(layer, 'W', index, value)) {
			await this.run.refresh();
			return;
		}
		if (!this.initial) return;
		const p = paramsFromNetwork(this.initial);
		p.W[layer][index] = value;
		this.initial = networkWithTensors(this.initial, p);
		this.show(this.initial, p);
	}

	get stepsPerEpoch(): number {
		if (!this.data) return 1;
		return Math.ceil(this.data.train.count / Math.min(this.config.batchSize, this.data.train.count));
	}

	play(): Promise<void> {
		return this.run.play();
	}

	pause(): Promise<void> {
		return this.run.pause();
	}

	/** Takes `steps` steps (starting a paused run if none) and shows the weights after them. */
	advance(steps: number): Promise<void> {
		return this.run.advance(steps);
	}

	/** Asks the worker for the current weights and redraws the grids. */
	refresh(): Promise<void> {
		return this.run.refresh();
	}

	/** The rate in the settings, used by the run from its next step on. */
	async applyRate(): Promise<void> {
		const rate = this.config.learningRate;
		if (!(await this.run.setRate(rate))) {
			await this.reset();
			return;
		}
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
			await prepareCustomActivations(text);
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
		const net = this.network;
		const layers = forwardRows(net.layers.map((l) => l.activation), params, x, 1, d.inputSize, net.layers.map((l) => l.batchNorm));
		return Array.from(layers[layers.length - 1]);
	}

	/** Runs the LR finder on a copy of the initial network, a few steps a task (the page stays free, and paints "running" first). */
	async findRate(): Promise<void> {
		if (!this.initial || !this.data || this.lrRunning) return;
		this.lrRunning = true;
		try {
			const train = this.data.train;
			const options = { minLr: 1e-5, maxLr: 10, steps: 100, batchSize: Math.min(this.config.batchSize, train.count), seed: this.config.seed };
			const result = await inSlices(learningRateSearch(typedArrayKernels('f64'), sourceFromNetwork(this.initial), train, options), 8, () => this.disposed);
			if (result) this.lr = result;
		} finally {
			this.lrRunning = false;
		}
	}

	dispose(): void {
		this.disposed = true;
		this.run.dispose();
	}

	/** A run from step 0's network with the current settings (see RunHost). */
	runStart(paused: boolean): StartRun | null {
		const data = this.data;
		if (!this.initial || !data) return null;
		const options = {
			epochs: 1e6,
			batchSize: this.config.batchSize,
			precision: 'f64' as const,
			learningRate: this.config.learningRate,
			schedule: scheduleOf(this.config, this.stepsPerEpoch),
			seed: this.config.seed,
			dropout: dropoutOf(this.config),
			progressEvery: Math.max(1, Math.ceil(this.stepsPerEpoch / 2)),
			sliceMs: 12,
			paused
		};
		return { source: { network: this.initial }, data: payload(data.train), validation: payload(data.test), options, transferData: true };
	}

	/** The square the page draws the network over, for the worker to evaluate with each snapshot. */
	gridRequest(): GridRequest | null {
		const d = this.data;
		return d ? { features: [...this.config.features], n: GRID_N, min: d.min, max: d.max } : null;
	}

	/** The run's current weights: the network file built from them (the worker sends none) and its grids (computed here when the worker sent none). */
	showWeights(params: LayerTensors, grid: GridResult | null): void {
		if (this.initial) this.show(networkWithTensors(this.initial, params), params, grid);
	}

	private show(net: Network, params: LayerTensors, grid: GridResult | null = null): void {
		this.network = net;
		const d = this.data;
		if (!d) return;
		const norms = net.layers.map((l) => l.batchNorm);
		this.grid = grid ?? evaluateGrid(net.layers.map((l) => l.activation), this.config.features, params, GRID_N, d.min, d.max, norms);
	}
}
