// The /digits page's state: the packed digits fetched on demand, the chosen model and its
// hyper-parameters, a training run driven in the worker (digits-run.ts), the classifier of the
// latest snapshot, its confusion matrix on the 2,000 test digits, and for the drawn digit every
// hidden layer's outputs and the class probabilities (one forward pass on this thread).

import type { Activation } from '$lib/engine/spec/types';
import type { Digits } from '$lib/fast/datasets/digits';
import { decodeDigitsSliced } from '$lib/fast/digits-sliced';
import { LEARNING_RATES, nextTask, type DigitOptimizer, type ModelKind } from '$lib/fast/digits-model';
import type { Dataset } from '$lib/fast/datasets/types';
import type { LayerTensors } from '$lib/fast/tensors';
import type { EpochRecord } from '$lib/fast/train';
import { createClassifier, layerOutputs, type Classifier } from '$lib/fast/predict';
import { asPredictions, confusionMatrix, type Confusion } from '$lib/fast/confusion';
import { TrainingClient } from '$lib/worker/client';
import type { Snapshot } from '$lib/worker/protocol';
import { readAll } from './digits-io';
import { workerEvaluator, type DigitsEvaluator } from './digits-evaluator';
import type { LiveProgress } from '$lib/view/digits/live';
import { DigitsRun, isTraining, type DigitsRunHost, type RunStatus } from './digits-run';

export * from '$lib/fast/digits-model';
export { workerEvaluator };
export type { RunStatus };

export type LoadPhase = 'idle' | 'loading' | 'decoding' | 'ready' | 'failed';

export class DigitsState implements DigitsRunHost {
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
	/** The drawn digit's hidden layers' outputs (300, 200, 100 for the MLP; none for the perceptron). */
	hidden = $state.raw<Float64Array[] | null>(null);
	probabilities = $state.raw<Float64Array | null>(null);

	private readonly run: DigitsRun;
	private evaluation = 0;
	private evaluator: DigitsEvaluator | null = null;

	/**
	 * `makeClient` and `makeEvaluator` default to the page's workers; tests pass in-thread ones.
	 */
	constructor(
		private readonly url: string,
		makeClient: () => TrainingClient = () => new TrainingClient(),
		private readonly makeEvaluator: (test: Dataset) => DigitsEvaluator = workerEvaluator
	) {
		this.run = new DigitsRun(this, makeClient);
	}

	get training(): boolean {
		return isTraining(this.status);
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
		if (!this.digits) return;
		const { kind, optimizer, learningRate, epochs, batchSize } = this;
		await this.run.train({ kind, optimizer, learningRate, epochs, batchSize }, this.digits);
	}

	pause(): void {
		this.run.pause();
	}

	resume(): void {
		this.run.resume();
	}

	/** Stops the run, keeping (and evaluating) the weights it reached. */
	stop(): Promise<void> {
		return this.run.stop();
	}

	/** Classifies a 28×28 input (null clears it): its hidden layers' outputs and class probabilities. */
	classify(input: Float32Array | null): void {
		this.drawn = input;
		const outputs = input && this.classifier ? layerOutputs(this.classifier, input) : null;
		this.hidden = outputs ? outputs.slice(0, -1) : null;
		this.probabilities = outputs ? outputs[outputs.length - 1] : null;
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
		this.run.dispose();
		this.evaluator?.dispose();
		this.evaluator = null;
	}

	/** The classifier of a snapshot (see DigitsRunHost), and its confusion matrix (of `classes` where given). */
	useSnapshot(snap: Snapshot, activations: Activation[], classes?: Uint8Array): void {
		this.classifier = createClassifier(784, activations, snap);
		if (this.drawn) this.classify(this.drawn);
		void this.evaluate(activations, snap, snap.epoch, classes);
	}

	/**
	 * The confusion matrix of a snapshot on the test digits; then, a task later, its mistakes. The
	 * test digits' classes are the run's own where it sent them (an epoch's end), else the evaluator
	 * worker computes them (a run stopped mid-epoch).
	 */
	private async evaluate(activations: Activation[], params: LayerTensors, epoch: number, classes?: Uint8Array): Promise<void> {
		const digits = this.digits;
		if (!digits) return;
		const id = ++this.evaluation;
		this.evaluating = true;
		let preds: Uint8Array;
		try {
			const given = asPredictions(classes, digits.test.count, 10);
			if (given) preds = given;
			else {
				this.evaluator ??= this.makeEvaluator(digits.test);
				preds = await this.evaluator.evaluate(activations, params);
			}
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
