// What the worker checks of the rows it is sent and of a request to classify them. The page sends
// well-formed ones; anything else gets an error reply that says what is wrong (not a TypeError from
// deep inside the forward pass).

import { ACTIVATIONS } from '../engine/spec/types';
import { NORM_KEYS } from '../fast/tensors';

const isFloats = (x: unknown): x is Float32Array | Float64Array => x instanceof Float32Array || x instanceof Float64Array;
const wholeAtLeast = (x: unknown, min: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= min;

/** Why an `inputs` request cannot be kept, or null. */
export function inputsProblem(m: { inputs?: unknown; inputSize?: unknown; count?: unknown }): string | null {
	if (!isFloats(m.inputs)) return 'inputs must be a Float32Array or a Float64Array';
	if (!wholeAtLeast(m.inputSize, 1)) return `inputSize must be a whole number of at least 1, not ${String(m.inputSize).slice(0, 40)}`;
	if (!wholeAtLeast(m.count, 0)) return `count must be a whole number of at least 0, not ${String(m.count).slice(0, 40)}`;
	if (m.count * m.inputSize > m.inputs.length) return `${m.count} rows of ${m.inputSize} need ${m.count * m.inputSize} numbers, and ${m.inputs.length} came`;
	return null;
}

/** Why a `classify` request's parameters and activations cannot make a network, or null. */
export function classifyProblem(m: { activations?: unknown; params?: unknown; batchNorm?: unknown }): string | null {
	const p = m.params as Record<string, unknown> | null | undefined;
	if (typeof p !== 'object' || p === null || !Array.isArray(p.W) || !Array.isArray(p.b) || !Array.isArray(p.alpha))
		return 'params must hold W, b and alpha, each a list with one entry per layer';
	const layers = p.W.length;
	if (layers < 1 || p.b.length !== layers || p.alpha.length !== layers) return `params: ${p.W.length} W, ${p.b.length} b and ${p.alpha.length} alpha; one of each per layer`;
	const tensors = (xs: unknown) => xs === undefined || (Array.isArray(xs) && xs.length === layers && xs.every((a) => a === null || isFloats(a)));
	if (!p.W.every(isFloats) || !p.b.every(isFloats) || !tensors(p.alpha) || !NORM_KEYS.every((key) => tensors(p[key])))
		return 'params: every tensor must be a Float32Array or a Float64Array (alpha and the batch-normalisation ones may be null)';
	if (!Array.isArray(m.activations) || m.activations.length !== layers) return `activations: one per layer, ${layers}`;
	const unknown = m.activations.findIndex((a) => typeof a !== 'object' || a === null || !(ACTIVATIONS as readonly unknown[]).includes((a as { name?: unknown }).name));
	if (unknown >= 0) return `layer ${unknown + 1}: the activation must be one of ${ACTIVATIONS.join(', ')}`;
	if (m.batchNorm !== undefined && !Array.isArray(m.batchNorm)) return 'batchNorm must be a list with one entry per layer';
	return null;
}
