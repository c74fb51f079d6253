// The forward pass at test time from a network's parameters alone (a worker's snapshot, a file's
// weights): the layer sizes read from the weights, each layer's bias kind from its biases' length,
// batch normalisation where the tensors have a γ (its ε given beside the activations), run by the
// same `forward` as training: in double precision on the typed-array kernels, or on kernels given
// (a worker classifying thousands of rows uses the WebAssembly ones, in single precision).

import type { Activation } from '../engine/spec/types';
import { createForwardPass, forward, forwardElements, type ForwardPass } from './forward';
import type { FloatArray, Kernels } from './kernels/types';
import { typedArrayKernels } from './kernels/typedarray';
import { allocCopy, NO_PENALTIES, type BiasKind, type LayerSpec } from './model';
import { mapTensors, tensorList, type LayerTensors } from './tensors';
import type { BatchNormSpec } from './batch-norm';

// The typed-array constructor copies natively; Float64Array.from walks an iterator (4× slower).
const asDouble = (a: FloatArray): Float64Array => (a instanceof Float64Array ? a : new Float64Array(a));

/**
 * A pass over at most `maxBatch` rows of `inputSize` inputs; throws when the weights do not fit, or a
 * layer has batch normalisation's tensors but no settings in `batchNorm` (one per layer after the input).
 */
export function inferencePass(
	activations: Activation[], params: LayerTensors, inputSize: number, maxBatch: number, batchNorm?: readonly (BatchNormSpec | null)[]
): ForwardPass<Float64Array>;
/** The same on `kernels` (the parameters copied into numbers they allocate; a fresh set, not yet reserved). */
export function inferencePass<T extends FloatArray>(
	activations: Activation[], params: LayerTensors, inputSize: number, maxBatch: number, batchNorm: readonly (BatchNormSpec | null)[], kernels: Kernels<T>
): ForwardPass<T>;
export function inferencePass(
	activations: Activation[], params: LayerTensors, inputSize: number, maxBatch: number, batchNorm: readonly (BatchNormSpec | null)[] = [], kernels?: Kernels
): ForwardPass {
	const spec = { inputSize, layers: layersOf(activations, params, inputSize, batchNorm) };
	const options = { maxBatch };
	if (!kernels) return createForwardPass(typedArrayKernels('f64'), { spec, ...mapTensors(params, asDouble) }, options);
	kernels.reserve(tensorList(params).reduce((n, a) => n + a.length, 0) + forwardElements(spec, options));
	return createForwardPass(kernels, { spec, ...mapTensors(params, (a) => allocCopy(kernels, a)) }, options);
}

/** The layers the parameters describe: sizes from the weights, bias kinds from the biases. */
function layersOf(activations: Activation[], params: LayerTensors, inputSize: number, batchNorm: readonly (BatchNormSpec | null)[]): LayerSpec[] {
	if (activations.length !== params.W.length) throw new Error(`${activations.length} activations for ${params.W.length} layers`);
	let inSize = inputSize;
	return params.W.map((w, k): LayerSpec => {
		const outSize = w.length / inSize;
		if (!Number.isInteger(outSize)) throw new Error(`layer ${k + 1}: ${w.length} weights do not fit ${inSize} inputs`);
		const n = params.b[k].length;
		const bias: BiasKind = n === outSize ? 'each' : n === 1 ? 'shared' : 'none';
		const norm = params.gamma?.[k] ? (batchNorm[k] ?? null) : null;
		if (params.gamma?.[k] && !norm) throw new Error(`layer ${k + 1}: batch normalisation's tensors without its momentum and epsilon`);
		const layer = { inSize, outSize, activation: activations[k], bias, trainableWeights: true, trainableBiases: true, ...NO_PENALTIES, batchNorm: norm };
		inSize = outSize;
		return layer;
	});
}

/**
 * The forward pass of `rows` rows of inputs (rows × inputSize, row-major): every layer's outputs,
 * rows × size row-major (the last is the network's output).
 */
export function forwardRows(
	activations: Activation[], params: LayerTensors, inputs: FloatArray, rows: number, inputSize: number, batchNorm: readonly (BatchNormSpec | null)[] = []
): Float64Array[] {
	const p = inferencePass(activations, params, inputSize, rows, batchNorm);
	p.X.set(inputs.subarray(0, rows * inputSize));
	forward(p, rows, false, null);
	return p.A;
}
