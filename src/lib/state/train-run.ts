// The /train page's run in the training worker: play (watched, about an epoch a frame, or as fast as
// the worker goes), pause, single steps and epochs, a new rate mid-run. The worker's reports are
// shown a few times a second (ReportBuffer), and the current weights are fetched at most every
// SNAPSHOT_EVERY ms as typed arrays alone, with the network's picture of the plane computed in the
// worker: the page builds the network file from them itself and only draws.

import type { EpochRecord } from '$lib/fast/train';
import type { Quantity } from '$lib/fast/numerics';
import type { LayerTensors } from '$lib/fast/tensors';
import type { StartRun, TrainingClient } from '$lib/worker/client';
import type { GridRequest } from '$lib/worker/protocol';
import type { GridResult } from '$lib/fast/grid';
import { appendThinned } from '$lib/view/train/thin';
import { ReportBuffer, type GradPoint, type Reports } from './train-reports';

export type RunStatus = 'idle' | 'running' | 'paused' | 'diverged';

export interface NanInfo {
	step: number;
	layer: number | null;
	quantity: Quantity;
	message: string;
}

/** What the run reads from the page's state and writes back to it. */
export interface RunHost {
	readonly speed: 'watch' | 'fast';
	readonly stepsPerEpoch: number;
	/** The step and epoch the run's weights had reached before it started (a restored run's). */
	readonly stepBase: number;
	readonly epochBase: number;
	status: RunStatus;
	step: number;
	epoch: number;
	history: EpochRecord[];
	grads: GradPoint[];
	nan: NanInfo | null;
	runError: string | null;
	activeRate: number;
	/** A run from step 0's network with the current settings; null when there is none to start. */
	runStart(paused: boolean): StartRun | null;
	/** The square of the plane the worker draws the network over with each snapshot (null: none). */
	gridRequest(): GridRequest | null;
	/** Shows the weights of a snapshot, and the network over the plane when it came with them. */
	showWeights(params: LayerTensors, grid: GridResult | null): void;
}

/** At most one snapshot this often while training (ms). */
const SNAPSHOT_EVERY = 120;
const MAX_HISTORY = 4000;
const MAX_GRADS = 1200;
/** Milliseconds per epoch when watching. */
const WATCH_FRAME = 33;

export class TrainRun {
	private client: TrainingClient | null = null;
	private started = false;
	private snapshotting = false;
	private again = false;
	private lastSnapshot = 0;
	private watchRun = 0;
	private readonly reports = new ReportBuffer((r) => this.show(r));

	constructor(
		private readonly host: RunHost,
		private readonly makeClient: () => TrainingClient
	) {}

	/** Whether a run is going in the worker (started, not ended). */
	get going(): boolean {
		return this.started && this.client !== null;
	}

	async play(): Promise<void> {
		const h = this.host;
		if (h.status === 'diverged' || h.status === 'running') return;
		if (h.speed === 'fast') {
			if (!this.started) {
				if (!(await this.start(false))) return;
			} else await this.client!.resume();
			h.status = 'running';
			return;
		}
		// Watch: one epoch per frame (about 30 a second), driven from here with `step` requests.
		if (!this.started && !(await this.start(true))) return;
		h.status = 'running';
		const run = ++this.watchRun;
		while (h.status === 'running' && run === this.watchRun && this.started) {
			const t0 = performance.now();
			await this.client!.step(h.stepsPerEpoch);
			this.reports.flush();
			if (performance.now() - this.lastSnapshot > 60) await this.refresh();
			await new Promise((r) => setTimeout(r, Math.max(0, WATCH_FRAME - (performance.now() - t0))));
		}
	}

	async pause(): Promise<void> {
		if (this.host.status !== 'running') return;
		this.host.status = 'paused';
		this.watchRun++;
		await this.client!.pause();
		await this.refresh();
	}

	/** Takes `steps` steps (starting a paused run if none) and shows the weights after them. */
	async advance(steps: number): Promise<void> {
		if (this.host.status === 'diverged') return;
		if (!this.started && !(await this.start(true))) return;
		this.host.status = 'paused';
		await this.client!.step(steps);
		await this.refresh();
	}

	/** Uses `rate` from the run's next step on; false when no run is going. */
	async setRate(rate: number): Promise<boolean> {
		if (!this.going) return false;
		await this.client!.setLearningRate(rate);
		return true;
	}

	/** Sets one parameter of the running run (see the worker's setParam); false when no run is going. */
	async setParam(layer: number, kind: 'W' | 'b', index: number, value: number): Promise<boolean> {
		if (!this.going) return false;
		await this.client!.setParam(layer, kind, index, value);
		return true;
	}

	/** Stops watching and the run, and shows the reports that had come. */
	async stop(): Promise<void> {
		this.watchRun++;
		if (this.going) {
			this.started = false;
			try {
				await this.client!.stop();
			} catch {
				// the run had already ended (diverged or finished)
			}
		}
		this.reports.flush();
	}

	/**
	 * Asks the worker for the current weights and shows them. Asked while a snapshot is on its way
	 * (which may predate a change, such as an edited weight), it asks again once that one has come.
	 */
	async refresh(): Promise<void> {
		if (!this.going) return;
		if (this.snapshotting) {
			this.again = true;
			return;
		}
		this.snapshotting = true;
		this.lastSnapshot = performance.now();
		try {
			const snap = await this.client!.snapshot(false, this.host.gridRequest());
			this.reports.flush();
			this.host.step = snap.step + this.host.stepBase;
			this.host.epoch = snap.epoch + this.host.epochBase;
			this.host.showWeights(snap, snap.grid ?? null);
		} catch {
			// the run ended between the request and the reply; its last weights stay shown
		} finally {
			this.snapshotting = false;
		}
		if (this.again) {
			this.again = false;
			await this.refresh();
		}
	}

	dispose(): void {
		this.client?.dispose();
		this.client = null;
		this.started = false;
	}

	private async start(paused: boolean): Promise<boolean> {
		const run = this.host.runStart(paused);
		if (!run) return false;
		const h = this.host;
		this.client ??= this.makeClient();
		this.started = true;
		await this.client.start(run, {
			progress: (p) => p.gradNorms && this.reports.progress(p.step, p.gradNorms),
			epoch: (record) => this.reports.epoch(record),
			nanStop: (n) => {
				this.reports.flush();
				h.nan = { step: n.step + h.stepBase, layer: n.layer, quantity: n.quantity, message: n.message };
				h.status = 'diverged';
			},
			done: () => {
				this.started = false;
				if (h.status !== 'diverged') h.status = 'idle';
			},
			error: (message) => {
				h.runError = message;
				h.status = 'idle';
				this.started = false;
			}
		});
		h.activeRate = run.options.learningRate ?? h.activeRate;
		return true;
	}

	/**
	 * Very long runs keep every other early point: the curves keep their shape, the arrays stay small.
	 * A restored run counts on from the step and epoch it had reached.
	 */
	private show(r: Reports): void {
		const h = this.host;
		const [s0, e0] = [h.stepBase, h.epochBase];
		if (r.history.length) h.history = appendThinned(h.history, e0 ? r.history.map((x) => ({ ...x, epoch: x.epoch + e0 })) : r.history, MAX_HISTORY);
		if (r.grads.length) h.grads = appendThinned(h.grads, s0 ? r.grads.map((g) => ({ ...g, step: g.step + s0 })) : r.grads, MAX_GRADS);
		if (r.step !== null) h.step = r.step + s0;
		if (r.epoch !== null) h.epoch = r.epoch + e0;
		if (!this.snapshotting && performance.now() - this.lastSnapshot >= SNAPSHOT_EVERY) void this.refresh();
	}
}
