// The training loop, driven one step at a time so that a worker can run it in slices and answer
// messages in between (pause, stop, snapshot), and the command line can run it straight through.
//   one epoch = the training rows in a seeded shuffled order, cut into batches (the last may be short);
//   batchSize 1 is per-sample SGD, batchSize ≥ count is full batch.

import type { Network } from '../engine/spec/types';
import { Rng } from '../engine/spec/random';
import { checkDataRange } from './datasets/range';
import { taskOf, type Dataset, type Task } from './datasets/types';
import type { FloatArray, Kernels } from './kernels/types';
import { countCorrect, evaluate, type Evaluation } from './metrics';
import { batchRows, batchRowsElements, type BatchRows } from './batch-rows';
import { createModel, modelElements, paramsFromNetwork, specFromNetwork, toNetwork, type InitialParams, type Model, type ModelSpec } from './model';
import { createPass, passElements, type Pass } from './network';
import type { ScalarFn } from './activations';
import type { NumericalTrouble } from './numerics';
import { copyTensors, type LayerTensors } from './tensors';
import { gradientNorms } from './regularize';
import { learningRateAt, type Schedule } from './schedules';
import { applyUpdate, computeGradients, createOptimizerState, fusableLayers, parameterTrouble, type OptimizerState } from './step';

export interface TrainOptions {
	epochs: number;
	/** Rows per step; 1 is per-sample SGD; a number ≥ the row count (or 'full') is full batch. */
	batchSize: number | 'full';
	/** Overrides the optimizer's learning rate. */
	learningRate?: number;
	/** A schedule, or the rate as a function of the 0-based step (the LR finder's). */
	schedule?: Schedule | ((step: number) => number);
	seed?: number;
	/** Shuffle the rows each epoch (default true). */
	shuffle?: boolean;
	/** Held-out rows for validation metrics after each epoch. */
	validation?: Dataset | null;
	dropout?: number[];
	custom?: (expression: string) => ScalarFn;
	/** Emit a progress event every this many steps (default: 10 per epoch). */
	progressEvery?: number;
	/**
	 * Whether progress events carry ‖∂E/∂W_l‖ (default true). Computing them writes that step's
	 * gradients out, so plain SGD's update is not folded into its backward pass: a run that shows no
	 * gradient norms trains faster without them (every step folded, none updated on one thread).
	 */
	gradientNorms?: boolean;
	/** Whether each epoch's event carries the validation rows' predicted classes (a multiclass task, up to 256 classes). */
	validationClasses?: boolean;
}

export interface EpochRecord {
	epoch: number;
	loss: number;
	accuracy: number | null;
	valLoss: number | null;
	valAccuracy: number | null;
	seconds: number;
}

export interface Progress {
	step: number;
	epoch: number;
	/** Fraction of the current epoch done. */
	epochProgress: number;
	/** Mean training loss over the steps since the last progress event. */
	loss: number;
	/** Mean training loss over the epoch so far (at its last step, the epoch record's loss). */
	epochLoss: number;
	/** Fraction right over the steps since the last progress event (null for regression). */
	accuracy: number | null;
	/** Fraction right over the epoch's batches so far (at its last step, the epoch record's accuracy). */
	epochAccuracy: number | null;
	learningRate: number;
	/** ‖∂E/∂W_l‖₂ per layer at this step, before clipping; null when the options leave them out. */
	gradientNorms: number[] | null;
}

export type TrainEvent =
	| { type: 'progress'; progress: Progress }
	| { type: 'epoch'; record: EpochRecord; classes?: Uint8Array }
	| { type: 'trouble'; trouble: NumericalTrouble }
	| { type: 'done'; history: EpochRecord[] };

export interface ModelSource {
	spec: ModelSpec;
	params: InitialParams;
	/** The network file it came from, to write back with its names and samples. */
	network?: Network | null;
}

export function sourceFromNetwork(net: Network): ModelSource {
	return { spec: specFromNetwork(net), params: paramsFromNetwork(net), network: net };
}

export class Trainer<T extends FloatArray = FloatArray> {
	readonly model: Model<T>;
	readonly pass: Pass<T>;
	readonly task: Task;
	readonly stepsPerEpoch: number;
	readonly history: EpochRecord[] = [];
	/** Optimizer steps taken (1-based count of completed steps). */
	step = 0;
	epoch = 0;
	finished = false;
	trouble: NumericalTrouble | null = null;
	/** The last step's batch loss (with L1/L2), before its update. */
	lastLoss = NaN;

	private readonly batch: number;
	private readonly rows: BatchRows;
	private readonly rng: Rng;
	private readonly state: OptimizerState;
	private readonly every: number;
	private readonly fusable: boolean[] | null;
	private cursor = 0;
	private epochStart = 0;
	/** A rate set during the run (setLearningRate), in place of the options' or the file's. */
	private rate: number | null = null;
	private sums = { loss: 0, correct: 0, rows: 0 };
	private window = { loss: 0, correct: 0, rows: 0 };

	constructor(
		readonly kernels: Kernels<T>,
		readonly source: ModelSource,
		readonly data: Dataset,
		readonly options: TrainOptions
	) {
		const spec = source.spec;
		const last = spec.layers[spec.layers.length - 1];
		if (data.inputSize !== spec.inputSize || data.targetSize !== last.outSize)
			throw new Error(`data of ${data.inputSize} inputs and ${data.targetSize} targets for a ${spec.inputSize}-input, ${last.outSize}-output network`);
		checkDataRange(data, kernels.precision);
		if (options.validation) checkDataRange(options.validation, kernels.precision);
		this.batch = options.batchSize === 'full' ? data.count : Math.max(1, Math.min(options.batchSize, data.count));
		const maxBatch = Math.max(this.batch, Math.min(256, options.validation?.count ?? 0));
		// The options' rates, else the network file's own (each drawn afresh per batch while training).
		const dropout = options.dropout ?? source.network?.layers.map((l) => l.dropout?.rate ?? 0);
		const netOptions = { maxBatch, dropout, custom: options.custom };
		kernels.reserve(modelElements(spec) + passElements(spec, netOptions) + batchRowsElements(kernels, data));
		this.model = createModel(kernels, spec, source.params);
		this.pass = createPass(kernels, this.model, netOptions);
		this.state = createOptimizerState(this.model, spec.optimizer);
		this.task = taskOf(data);
		this.stepsPerEpoch = Math.ceil(data.count / this.batch);
		this.rows = batchRows(kernels, data);
		this.rng = new Rng(options.seed ?? spec.seed, 0x3000);
		this.every = options.progressEvery ?? Math.max(1, Math.round(this.stepsPerEpoch / 10));
		this.fusable = fusableLayers(spec);
	}

	/** The learning rate of the next step. */
	learningRate(): number {
		const base = this.rate ?? this.options.learningRate ?? this.model.spec.optimizer.learningRate;
		const s = this.options.schedule;
		if (!s) return base;
		return typeof s === 'function' ? s(this.step) : learningRateAt(s, base, this.step);
	}

	/**
	 * Uses `rate` as the base learning rate from the next step on (a schedule scales it from there);
	 * the weights, the optimizer's state and the step count carry on.
	 */
	setLearningRate(rate: number): void {
		if (!(rate > 0 && Number.isFinite(rate))) throw new Error(`learning rate ${rate} is not a positive number`);
		this.rate = rate;
	}

	/** One optimizer step; returns the events it produced (progress, end of epoch, trouble, done). */
	advance(): TrainEvent[] {
		if (this.finished) return [];
		const events: TrainEvent[] = [];
		if (this.cursor === 0) {
			this.epochStart = performance.now();
			if (this.options.shuffle !== false) this.rng.shuffle(this.rows.order);
		}
		const rows = Math.min(this.batch, this.data.count - this.cursor);
		this.rows.load(this.pass, this.cursor, rows);
		const t = this.step + 1;
		const lr = this.learningRate();
		const reports = t % this.every === 0;
		const withNorms = reports && this.options.gradientNorms !== false;
		// Plain SGD updates inside the backward pass, except on steps that report gradient norms.
		this.pass.fused = this.fusable && !withNorms ? { lr, layers: this.fusable } : null;
		const result = computeGradients(this.pass, rows, t, this.rng);
		if (result.trouble) return this.stopWith(result.trouble);
		// Norms of the gradients as computed, before clipping touches them.
		const norms = withNorms ? gradientNorms(this.pass.grads) : null;
		applyUpdate(this.pass, this.state, t, lr);
		this.lastLoss = result.loss;
		this.step = t;
		this.cursor += rows;
		const L = this.model.spec.layers.length;
		const correct = countCorrect(this.pass.A[L - 1], this.pass.Y, rows, this.data.targetSize, this.task);
		for (const acc of [this.sums, this.window]) {
			acc.loss += result.loss * rows;
			acc.correct += correct;
			acc.rows += rows;
		}
		if (reports) events.push({ type: 'progress', progress: this.progress(lr, norms) });
		if (this.cursor >= this.data.count) events.push(...this.endEpoch());
		return events;
	}

	/** Steps until `maxSteps` are taken, `deadline` (performance.now()) passes, or training ends. */
	run(maxSteps = Infinity, deadline = Infinity): TrainEvent[] {
		const events: TrainEvent[] = [];
		for (let n = 0; n < maxSteps && !this.finished && performance.now() < deadline; n++) events.push(...this.advance());
		return events;
	}

	/** Stops training; `done` is reported once. */
	stop(): TrainEvent[] {
		if (this.finished) return [];
		this.finished = true;
		return [{ type: 'done', history: this.history }];
	}

	evaluate(data: Dataset): Evaluation {
		return evaluate(this.pass, data, taskOf(data));
	}

	/**
	 * Copies of the current parameters in the kernels' precision, per layer: weights (out×in row-major),
	 * biases, prelu/rrelu slopes. Their buffers are the caller's, to transfer to another thread.
	 */
	snapshot(): LayerTensors<T> {
		return copyTensors(this.model);
	}

	/** The trained network (names, samples and settings of the source file kept). */
	toNetwork(): Network {
		return toNetwork(this.model, this.source.network ?? null);
	}

	private progress(lr: number, norms: number[] | null): Progress {
		const w = this.window;
		this.window = { loss: 0, correct: 0, rows: 0 };
		return {
			step: this.step,
			epoch: this.epoch + 1,
			epochProgress: this.cursor / this.data.count,
			loss: w.loss / w.rows,
			epochLoss: this.sums.loss / this.sums.rows,
			accuracy: this.task === 'regression' ? null : w.correct / w.rows,
			epochAccuracy: this.task === 'regression' ? null : this.sums.correct / this.sums.rows,
			learningRate: lr,
			gradientNorms: norms
		};
	}

	private endEpoch(): TrainEvent[] {
		// The last update has no forward pass after it to reveal a NaN: scan the parameters once.
		const trouble = parameterTrouble(this.pass, this.step);
		if (trouble) return this.stopWith(trouble);
		this.cursor = 0;
		this.epoch++;
		const validation = this.options.validation;
		const task = validation ? taskOf(validation) : null;
		const classes = validation && this.options.validationClasses && task === 'multiclass' && validation.targetSize <= 256 ? new Uint8Array(validation.count) : undefined;
		const val = validation ? evaluate(this.pass, validation, task!, classes) : null;
		const s = this.sums;
		this.sums = { loss: 0, correct: 0, rows: 0 };
		const record: EpochRecord = {
			epoch: this.epoch,
			loss: s.loss / s.rows,
			accuracy: this.task === 'regression' ? null : s.correct / s.rows,
			valLoss: val ? val.loss : null,
			valAccuracy: val ? val.accuracy : null,
			seconds: (performance.now() - this.epochStart) / 1000
		};
		this.history.push(record);
		const events: TrainEvent[] = [classes ? { type: 'epoch', record, classes } : { type: 'epoch', record }];
		if (this.epoch >= this.options.epochs) events.push(...this.stop());
		return events;
	}

	private stopWith(trouble: NumericalTrouble): TrainEvent[] {
		this.trouble = trouble;
		this.finished = true;
		return [{ type: 'trouble', trouble }, { type: 'done', history: this.history }];
	}
}
