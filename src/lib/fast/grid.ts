// A small network's picture of the plane: the input features of a point (x₁, x₂) → (x₁, x₂, x₁², …),
// and the forward pass (inference.ts) over every cell of an n × n grid, keeping each neuron's own
// output a_l[j] (the Playground's little heatmaps) besides the network's.

import type { Activation } from '../engine/spec/types';
import type { Dataset } from './datasets/types';
import { forwardRows } from './inference';
import type { LayerTensors } from './tensors';
import type { BatchNormSpec } from './batch-norm';

/** Also imported from here (the drill-in's check against the exact engine). */
export { forwardRows };

export const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type Feature = (typeof FEATURES)[number];

/** The feature's value at (x₁, x₂). */
export function featureValue(f: Feature, x1: number, x2: number): number {
	switch (f) {
		case 'x1':
			return x1;
		case 'x2':
			return x2;
		case 'x1sq':
			return x1 * x1;
		case 'x2sq':
			return x2 * x2;
		case 'x1x2':
			return x1 * x2;
		case 'sinx1':
			return Math.sin(x1);
		case 'sinx2':
			return Math.sin(x2);
	}
}

/** A 2-input data set with each row's inputs replaced by the chosen features (targets shared). */
export function featurize(data: Dataset, features: readonly Feature[]): Dataset {
	if (data.inputSize !== 2) throw new Error(`features need 2 inputs (x₁, x₂), the data has ${data.inputSize}`);
	const m = features.length;
	const inputs = new Float64Array(data.count * m);
	for (let r = 0; r < data.count; r++) {
		const x1 = data.inputs[2 * r];
		const x2 = data.inputs[2 * r + 1];
		for (let k = 0; k < m; k++) inputs[r * m + k] = featureValue(features[k], x1, x2);
	}
	return { ...data, inputSize: m, inputs, columns: [...features, ...(data.columns?.slice(2) ?? [])] };
}

export interface GridResult {
	n: number;
	/** The square shown: x₁ and x₂ from `min` to `max`. */
	min: number;
	max: number;
	/** Per input feature, its value at each cell (n·n, row 0 at the top: x₂ = max). */
	inputs: Float64Array[];
	/** Per layer, per neuron, its output at each cell (n·n). The last layer is the network's output. */
	neurons: Float64Array[][];
}

/** The centre of cell (row, col): x₁ grows to the right, x₂ upwards. */
export function cellPoint(n: number, min: number, max: number, row: number, col: number): [number, number] {
	const h = (max - min) / n;
	return [min + (col + 0.5) * h, max - (row + 0.5) * h];
}

/** Evaluates the network at the centre of each of n × n cells of [min, max]² (test time: batch normalisation's moving statistics). */
export function evaluateGrid(
	activations: Activation[], features: readonly Feature[], params: LayerTensors, n: number, min: number, max: number, batchNorm: readonly (BatchNormSpec | null)[] = []
): GridResult {
	const m = features.length;
	const cells = n * n;
	const x = new Float64Array(cells * m);
	const inputs = features.map(() => new Float64Array(cells));
	for (let row = 0; row < n; row++)
		for (let col = 0; col < n; col++) {
			const [x1, x2] = cellPoint(n, min, max, row, col);
			const c = row * n + col;
			features.forEach((f, k) => {
				const v = featureValue(f, x1, x2);
				x[c * m + k] = v;
				inputs[k][c] = v;
			});
		}
	const layers = forwardRows(activations, params, x, cells, m, batchNorm);
	const neurons = layers.map((A) => {
		const size = A.length / cells;
		return Array.from({ length: size }, (_, j) => {
			const out = new Float64Array(cells);
			for (let c = 0; c < cells; c++) out[c] = A[c * size + j];
			return out;
		});
	});
	return { n, min, max, inputs, neurons };
}
