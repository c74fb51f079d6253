// One full-batch step on a network file's own samples, reported by docs/quantity-ids.md parameter ids — the
// same numbers as the exact engine's trace (loss, gradients, updated), for cross-checks.

import type { Network } from '../engine/spec/types';
import type { ScalarFn } from './activations';
import type { FloatArray, Kernels } from './kernels/types';
import { createModel, modelElements, paramsFromNetwork, specFromNetwork } from './model';
import { createPass, passElements } from './network';
import type { NumericalTrouble } from './numerics';
import type { LayerTensors } from './tensors';
import { applyUpdate, computeGradients, createOptimizerState, parameterTrouble } from './step';
import { ids } from '../engine/trace/ids';
import { layerDropouts } from '../engine/trace/dropout';

export interface OneStep {
	loss: number;
	gradients: Record<string, number>;
	updated: Record<string, number>;
	trouble: NumericalTrouble | null;
}

/** Calls `visit(id, value)` for every trainable parameter, in the order W, b, alpha, gamma, beta of each layer. */
function eachParameter(
	net: Network,
	tensors: LayerTensors,
	visit: (id: string, value: number) => void
): void {
	net.layers.forEach((layer, k) => {
		const l = k + 1;
		const inSize = k === 0 ? net.input.size : net.layers[k - 1].size;
		for (let j = 0; j < layer.size; j++) for (let i = 0; i < inSize; i++) visit(ids.w(l, j + 1, i + 1), tensors.W[k][j * inSize + i]);
		if (typeof layer.biases === 'number') visit(ids.b(l, null), tensors.b[k][0]);
		else if (layer.biases) for (let j = 0; j < layer.size; j++) visit(ids.b(l, j + 1), tensors.b[k][j]);
		const alpha = tensors.alpha[k];
		if (alpha && layer.activation.name === 'prelu') for (let j = 0; j < layer.size; j++) visit(ids.alpha(l, j + 1), alpha[j]);
		eachNorm(tensors, k, ['gamma', 'beta'], visit);
	});
}

/** `visit(id, value)` for each neuron of layer k's batch-normalisation tensors named in `keys`. */
function eachNorm(
	tensors: LayerTensors,
	k: number,
	keys: ('gamma' | 'beta' | 'movingMean' | 'movingVariance')[],
	visit: (id: string, value: number) => void
): void {
	for (const key of keys) {
		const t = tensors[key]?.[k];
		if (t) for (let j = 0; j < t.length; j++) visit(ids[key](k + 1, j + 1), t[j]);
	}
}

export function oneStep<T extends FloatArray>(kernels: Kernels<T>, net: Network, custom?: (expression: string) => ScalarFn): OneStep {
	const spec = specFromNetwork(net);
	const rows = net.samples.length;
	const options = { maxBatch: rows, custom, dropout: net.layers.map((l) => l.dropout?.rate ?? 0) };
	kernels.reserve(modelElements(spec) + passElements(spec, options));
	const model = createModel(kernels, spec, paramsFromNetwork(net));
	const p = createPass(kernels, model, options);
	// The file's own dropout masks (given, or drawn from its seed as the trace draws them).
	layerDropouts(net).slice(1).forEach((d, k) => {
		if (d) p.mask[k]!.set(d.mask.flat());
	});
	p.fixedMask = true;
	net.samples.forEach((s, r) => {
		p.X.set(s.input, r * spec.inputSize);
		p.Y.set(s.target, r * s.target.length);
	});
	const result = computeGradients(p, rows, 1, null);
	const gradients: Record<string, number> = {};
	const updated: Record<string, number> = {};
	if (!result.trouble) eachParameter(net, p.grads, (id, v) => (gradients[id] = v));
	if (!result.trouble) applyUpdate(p, createOptimizerState(model, spec.optimizer), 1, spec.optimizer.learningRate);
	const trouble = result.trouble ?? parameterTrouble(p, 1);
	if (!trouble) eachParameter(net, model, (id, v) => (updated[id] = v));
	// The moving statistics, moved once by the step's forward pass.
	if (!trouble) net.layers.forEach((_, k) => eachNorm(model, k, ['movingMean', 'movingVariance'], (id, v) => (updated[id] = v)));
	return { loss: result.loss, gradients, updated, trouble };
}
