// The typed messages between a page and the training worker, shared by both sides. Every request
// carries an id; the worker answers it once (ack, snapshot, predictions or error with that id) and
// tags the stream of a training run (progress, epoch, nanStop, done) with the start's id.
// Arrays of numbers travel as typed arrays so their buffers can be transferred, not copied.

import type { Activation, Network } from '../engine/spec/types';
import type { EpochRecord } from '../fast/train';
import type { Schedule } from '../fast/schedules';
import type { Quantity } from '../fast/numerics';
import { tensorList, type LayerTensors } from '../fast/tensors';
import type { BatchNormSpec } from '../fast/batch-norm';
import { FEATURES, type Feature, type GridResult } from '../fast/grid';

/** A data set as it crosses the boundary: rows × inputSize inputs and rows × targetSize targets. */
export interface DatasetPayload {
	name: string;
	count: number;
	inputSize: number;
	targetSize: number;
	inputs: Float32Array | Float64Array;
	targets: Float32Array | Float64Array;
}

export interface WorkerTrainOptions {
	epochs: number;
	batchSize: number | 'full';
	/** 'f32' runs the fastest kernels this runtime has; 'f64' the exact typed-array path. */
	precision: 'f32' | 'f64';
	learningRate?: number;
	schedule?: Schedule;
	seed?: number;
	shuffle?: boolean;
	dropout?: number[];
	/** A progress message every this many steps (default: 10 per epoch). */
	progressEvery?: number;
	/** Whether progress messages carry the gradient norms (default true; without them plain SGD trains faster). */
	gradientNorms?: boolean;
	/** Whether each epoch's report carries the validation rows' predicted classes (a multiclass task). */
	validationClasses?: boolean;
	/** Milliseconds of training between chances to read messages (default 16). */
	sliceMs?: number;
	/** At most this many steps per slice (default unlimited; tests use it for determinism). */
	sliceSteps?: number;
	/** Start paused (the page then drives it with step). */
	paused?: boolean;
}

/**
 * The network a run starts from: a validated Network, or a network file that the worker validates
 * (validateNetwork, engine 'fast'), drawing its weights from the file's init and seed. For the
 * 784-300-200-100-10 digits model, drawing 316,810 weights and copying them into a message would
 * take the page's main thread ~80 ms.
 */
export type NetworkSource = { network: Network } | { file: unknown };

export type Request =
	| { type: 'start'; id: number; source: NetworkSource; data: DatasetPayload; validation: DatasetPayload | null; options: WorkerTrainOptions }
	| { type: 'pause'; id: number }
	| { type: 'resume'; id: number }
	/** Take `steps` optimizer steps now (while paused), then stay paused. */
	| { type: 'step'; id: number; steps: number }
	| { type: 'stop'; id: number }
	/** Use this learning rate from the next step on (weights, optimizer state, schedule and step count carry on). */
	| { type: 'rate'; id: number; learningRate: number }
	/**
	 * Set one parameter of the run (a person's edit): weight `index` (row-major, out × in) or bias
	 * `index` of layer `layer` (0-based: the first layer after the inputs). The optimizer's state
	 * and the step count carry on.
	 */
	| { type: 'setParam'; id: number; layer: number; kind: 'W' | 'b'; index: number; value: number }
	/**
	 * The current parameters; with `network`, also the whole trained network file; with `grid`, the
	 * network's picture of the plane under them (computed here, off the page's thread).
	 */
	| { type: 'snapshot'; id: number; network?: boolean; grid?: GridRequest }
	/** The rows that later classify requests classify (kept until replaced), count × inputSize. */
	| { type: 'inputs'; id: number; inputs: Float32Array | Float64Array; inputSize: number; count: number }
	/** The predicted class (argmax of the output) of every row of the inputs under these parameters (with each layer's batch-normalisation settings where they have its tensors). */
	| { type: 'classify'; id: number; activations: Activation[]; params: LayerTensors; batchNorm?: (BatchNormSpec | null)[] };

export type RequestType = Request['type'];

/** The parameters of every layer, as transferable typed arrays in the run's precision. */
/** The square of the plane to evaluate the network over (fast/grid.ts's evaluateGrid). */
export interface GridRequest {
	features: Feature[];
	n: number;
	min: number;
	max: number;
}

/** More cells a side than any page draws; a larger request is refused, not evaluated. */
export const MAX_GRID_N = 200;
/** The plane's square stays where features (x², sin x) are finite and exact enough to draw. */
export const MAX_GRID_EXTENT = 1e6;

/** What is wrong with a grid request for a network of `inputSize` inputs, or null. */
export function gridRequestProblem(g: GridRequest, inputSize: number): string | null {
	if (!Array.isArray(g.features) || !g.features.every((f) => (FEATURES as readonly unknown[]).includes(f)))
		return `features must be some of ${FEATURES.join(', ')}`;
	if (g.features.length !== inputSize) return `${g.features.length} features for a network of ${inputSize} inputs`;
	if (!Number.isInteger(g.n) || g.n < 1 || g.n > MAX_GRID_N) return `n must be a whole number from 1 to ${MAX_GRID_N}, not ${String(g.n)}`;
	const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= MAX_GRID_EXTENT;
	if (!finite(g.min) || !finite(g.max) || !(g.min < g.max)) return `the square must run from min to a larger max within ±${MAX_GRID_EXTENT}`;
	return null;
}

export interface Snapshot extends LayerTensors {
	step: number;
	epoch: number;
	precision: 'f32' | 'f64';
	/** The whole trained network file, when the request asked for it. */
	network: Network | null;
	/** The network over the plane, when the request asked for it. */
	grid?: GridResult | null;
}

export type DoneReason = 'finished' | 'stopped' | 'nan';

export interface ProgressReply {
	type: 'progress';
	id: number;
	step: number;
	epoch: number;
	epochProgress: number;
	/** Mean loss and fraction right over the steps since the last progress message. */
	loss: number;
	accuracy: number | null;
	/** Mean loss and fraction right over the epoch's batches so far (at its end, the epoch record's). */
	epochLoss: number;
	epochAccuracy: number | null;
	learningRate: number;
	/** ‖∂E/∂W_l‖₂ of each layer at the latest step (null when the run was started without them). */
	gradNorms: number[] | null;
}

/** An epoch's record; `classes`, where asked for (validationClasses), the validation rows' predicted classes. */
export type ReportReply = ProgressReply | { type: 'epoch'; id: number; record: EpochRecord; classes?: Uint8Array };

export type Reply =
	/** The request with this id was carried out; `kernels` names the matrix kernels a start chose. */
	| { type: 'ack'; id: number; request: RequestType; kernels?: string }
	| ReportReply
	/**
	 * The progress and epoch reports of one slice of training, in order, as one message: a small
	 * network trains thousands of epochs a second, and a message each kept the page's thread busy.
	 */
	| { type: 'reports'; id: number; replies: ReportReply[] }
	| { type: 'snapshot'; id: number; snapshot: Snapshot }
	| { type: 'predictions'; id: number; predictions: Uint8Array }
	/** A NaN or infinity appeared: training stopped at this step, layer (null: the loss) and quantity. */
	| { type: 'nanStop'; id: number; step: number; layer: number | null; quantity: Quantity; message: string }
	| { type: 'done'; id: number; reason: DoneReason; history: EpochRecord[] }
	/** A request failed; `where` names the request type (or 'train' for a failure mid-run). */
	| { type: 'error'; id: number; message: string; where: RequestType | 'train' };

/** Buffers to transfer with a message: a snapshot's arrays, the predictions; none for other messages. */
export function transferables(message: Request | Reply): ArrayBuffer[] {
	const out: ArrayBuffer[] = [];
	const add = (x: ArrayBufferView | null) => {
		if (x && x.buffer instanceof ArrayBuffer && !out.includes(x.buffer)) out.push(x.buffer);
	};
	if (message.type === 'snapshot' && 'snapshot' in message) {
		for (const x of tensorList(message.snapshot)) add(x);
		const grid = message.snapshot.grid;
		if (grid) for (const x of [...grid.inputs, ...grid.neurons.flat()]) add(x);
	}
	if (message.type === 'predictions') add(message.predictions);
	if (message.type === 'epoch' && 'classes' in message) add(message.classes ?? null);
	if (message.type === 'reports') for (const r of message.replies) if (r.type === 'epoch') add(r.classes ?? null);
	return out;
}

const REQUESTS: Record<RequestType, true> = {
	start: true, pause: true, resume: true, step: true, stop: true, rate: true, setParam: true, snapshot: true, inputs: true, classify: true
};

/** Whether a received value has the shape of a request (the worker drops anything else). */
export function isRequest(x: unknown): x is Request {
	if (typeof x !== 'object' || x === null) return false;
	const m = x as { type?: unknown; id?: unknown };
	return typeof m.type === 'string' && m.type in REQUESTS && typeof m.id === 'number';
}
