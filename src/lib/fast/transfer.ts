// Transfer learning on the digits, the course's remedy for too little data: a network learns the
// digits 0–4 from all their training images; its lower layers are then reused under a new output
// layer that learns 5–9 from a few images of each, frozen (only the new layer learns) and, second,
// fine-tuned (every layer learns, starting from the reused ones). Beside them, the same network with
// the same starting head is trained from scratch on the same few images. Each is measured on every
// test image of 5–9 after each epoch. Which wins depends on the data: the page says what it measured.
//
// TransferRun advances in slices (a deadline per call), so a page can run it on its main thread
// without a long task; the command line or a test runs it straight through.

import type { DenseLayer, Network } from '../engine/spec/types';
import { validateNetwork } from '../engine/spec/validate';
import type { Digits } from './datasets/digits';
import type { Dataset } from './datasets/types';
import type { Kernels } from './kernels/types';
import { sourceFromNetwork, Trainer } from './train';

export interface TransferOptions {
	/** Units of the two hidden (reused) layers. */
	hidden: [number, number];
	/** Epochs of the base network on every training image of 0–4. */
	baseEpochs: number;
	/** Epochs of each new head (and of the scratch network) on the few images. */
	headEpochs: number;
	/** Training images of each of 5–9 the new head learns from. */
	perClass: number;
	seed: number;
	learningRate: number;
}

export const TRANSFER_DEFAULTS: TransferOptions = { hidden: [100, 50], baseEpochs: 2, headEpochs: 40, perClass: 10, seed: 1, learningRate: 0.1 };

export type TransferPhase = 'prepare' | 'base' | 'frozen' | 'finetuned' | 'scratch' | 'done';
const HEADS = ['frozen', 'finetuned', 'scratch'] as const;
export type TransferHead = (typeof HEADS)[number];

export interface TransferResult {
	/** Test accuracy of the base network on 0–4. */
	baseAccuracy: number;
	/** Test accuracy on 5–9 after each epoch of each way: reused frozen layers, reused and fine-tuned, from scratch. */
	curves: Record<TransferHead, number[]>;
	/** Images the heads learn from, and the test images of 5–9 they are measured on. */
	fewCount: number;
	testCount: number;
}

/** The rows of `data` whose class is one of `classes`, one-hot over them in that order; at most `perClass` of each. */
export function classSubset(data: Dataset, classes: number[], perClass: number | null, name: string): Dataset {
	const steps = classSubsetSteps(data, classes, perClass, name);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** classSubset, yielding after every 256 rows copied (a page's main thread pauses between them). */
function* classSubsetSteps(data: Dataset, classes: number[], perClass: number | null, name: string): Generator<void, Dataset> {
	const k = data.targetSize;
	const slot = new Int32Array(k).fill(-1);
	classes.forEach((c, at) => (slot[c] = at));
	const taken = new Int32Array(classes.length);
	const picked: number[] = [];
	for (let r = 0; r < data.count; r++) {
		let label = 0;
		for (let j = 1; j < k; j++) if (data.targets[r * k + j] > data.targets[r * k + label]) label = j;
		const at = slot[label];
		if (at < 0 || (perClass !== null && taken[at] >= perClass)) continue;
		taken[at]++;
		picked.push(r, at);
	}
	const count = picked.length / 2;
	const n = data.inputSize;
	const inputs = new Float32Array(count * n);
	const targets = new Float32Array(count * classes.length);
	for (let i = 0; i < count; i++) {
		if (i % 256 === 255) yield;
		const from = picked[2 * i] * n;
		for (let j = 0; j < n; j++) inputs[i * n + j] = data.inputs[from + j];
		targets[i * classes.length + picked[2 * i + 1]] = 1;
	}
	return { name, count, inputSize: n, targetSize: classes.length, inputs, targets };
}

function network(o: TransferOptions, seed: number): Network {
	return validateNetwork(
		{
			layers: [{ size: 784 }, { size: o.hidden[0], activation: 'relu' }, { size: o.hidden[1], activation: 'relu' }, { size: 5, activation: 'softmax' }],
			loss: 'categorical_crossentropy',
			optimizer: { type: 'sgd', learningRate: o.learningRate },
			init: 'glorot_uniform',
			seed,
			samples: []
		},
		{ engine: 'fast' }
	);
}

const frozen = (l: DenseLayer): DenseLayer => ({ ...l, trainableWeights: false, trainableBiases: false });

export class TransferRun {
	phase: TransferPhase = 'prepare';
	readonly result: TransferResult;
	private readonly preparing: Generator<void, void>;
	private trainer!: Trainer;
	private few!: Dataset;
	private test59!: Dataset;
	private test04!: Dataset;
	private scratchStart!: Network;
	private trained: Network | null = null;

	/** `kernels` makes a fresh set for each of the three trainings (a set's memory is sized once); `release` frees one. */
	constructor(
		private readonly kernels: () => Kernels,
		private readonly release: (k: Kernels) => void,
		digits: Digits,
		private readonly o: TransferOptions = TRANSFER_DEFAULTS
	) {
		this.result = { baseAccuracy: 0, curves: { frozen: [], finetuned: [], scratch: [] }, fewCount: 0, testCount: 0 };
		this.preparing = this.prepare(digits);
	}

	/** The data sets and the starting networks, made a piece at a time. */
	private *prepare(digits: Digits): Generator<void, void> {
		const low = [0, 1, 2, 3, 4];
		const high = [5, 6, 7, 8, 9];
		const base = yield* classSubsetSteps(digits.train, low, null, 'digits 0–4');
		this.few = yield* classSubsetSteps(digits.train, high, this.o.perClass, 'digits 5–9 (few)');
		this.test59 = yield* classSubsetSteps(digits.test, high, null, 'digits 5–9 (test)');
		this.test04 = yield* classSubsetSteps(digits.test, low, null, 'digits 0–4 (test)');
		this.result.fewCount = this.few.count;
		this.result.testCount = this.test59.count;
		const start = network(this.o, this.o.seed);
		yield;
		this.scratchStart = network(this.o, this.o.seed + 1);
		yield;
		this.trainer = new Trainer(this.kernels(), sourceFromNetwork(start), base, { epochs: this.o.baseEpochs, batchSize: 32, seed: this.o.seed });
		this.phase = 'base';
	}

	/** Trains until `deadline` (performance.now()) or the end; true when the experiment is done. */
	advance(deadline = Infinity): boolean {
		while (this.phase === 'prepare') {
			this.preparing.next();
			if (performance.now() >= deadline) return false;
		}
		while (this.phase !== 'done') {
			const events = this.trainer.run(Infinity, deadline);
			for (const e of events) if (e.type === 'epoch' && this.phase !== 'base') this.record(e.record.valAccuracy ?? 0);
			if (!this.trainer.finished) return false;
			this.next();
		}
		return true;
	}

	/** Fraction of all the epochs done. */
	get progress(): number {
		const total = this.o.baseEpochs + HEADS.length * this.o.headEpochs;
		if (this.phase === 'prepare') return 0;
		const done = this.phase === 'base' ? this.trainer.epoch : this.o.baseEpochs + HEADS.reduce((n, h) => n + this.result.curves[h].length, 0);
		return Math.min(1, done / total);
	}

	private record(accuracy: number): void {
		if (this.phase === 'frozen' || this.phase === 'finetuned' || this.phase === 'scratch') this.result.curves[this.phase].push(accuracy);
	}

	private next(): void {
		const heads = { epochs: this.o.headEpochs, batchSize: 10, seed: this.o.seed, validation: this.test59 };
		if (this.phase === 'base') {
			this.result.baseAccuracy = this.trainer.evaluate(this.test04).accuracy ?? 0;
			this.trained = this.trainer.toNetwork();
		}
		this.release(this.trainer.kernels);
		this.phase = this.phase === 'base' ? 'frozen' : this.phase === 'frozen' ? 'finetuned' : this.phase === 'finetuned' ? 'scratch' : 'done';
		if (this.phase === 'done') return;
		const [l1, l2] = this.trained!.layers;
		// the trained lower layers under the head the scratch network starts from
		const start: Network =
			this.phase === 'scratch'
				? this.scratchStart
				: { ...this.scratchStart, layers: this.phase === 'frozen' ? [frozen(l1), frozen(l2), this.scratchStart.layers[2]] : [l1, l2, this.scratchStart.layers[2]] };
		this.trainer = new Trainer(this.kernels(), sourceFromNetwork(start), this.few, heads);
	}
}
