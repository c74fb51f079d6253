// Training for Node: `import { trainNetwork } from 'backstep/train'` (docs/library.md). The fast
// path's Trainer under one call, with the data sets the command line knows.

import type { Network } from '../engine/spec/types';
import { compileCustom } from '../engine/ops/index';
import { bestKernels, disposeKernels } from './kernels/index';
import type { Dataset } from './datasets/types';
import { sourceFromNetwork, Trainer, type EpochRecord } from './train';

export interface TrainNetworkOptions {
	epochs?: number;
	batchSize?: number;
	/** Overrides the file's learning rate. */
	learningRate?: number;
	seed?: number;
	validation?: Dataset | null;
	precision?: 'f32' | 'f64';
}

export interface TrainNetworkResult {
	history: EpochRecord[];
	/** The trained weights and biases, layer by layer (index = layer number − 1), rows as in the file. */
	weights: number[][][];
	biases: number[][];
	/** The trained network file: its weights and biases, and batch normalisation's γ, β and moving statistics. */
	network: Network;
	/** Why training stopped early (a value that is not finite), or null. */
	trouble: string | null;
}

/** Trains a validated network on a data set (one thread) and returns the history and the parameters. */
export function trainNetwork(net: Network, data: Dataset, options: TrainNetworkOptions = {}): TrainNetworkResult {
	const kernels = bestKernels(options.precision ?? 'f64');
	try {
		const trainer = new Trainer(kernels, sourceFromNetwork(net), data, {
			epochs: options.epochs ?? 10,
			batchSize: options.batchSize ?? 32,
			learningRate: options.learningRate,
			seed: options.seed,
			validation: options.validation ?? null,
			custom: compileCustom
		});
		while (!trainer.finished) trainer.run(Infinity, Infinity);
		const m = trainer.model;
		const weights = m.W.map((w, k) => {
			const rows = net.layers[k].size;
			const cols = w.length / rows;
			return Array.from({ length: rows }, (_, j) => Array.from(w.subarray(j * cols, (j + 1) * cols)));
		});
		const biases = m.b.map((b) => Array.from(b));
		return { history: trainer.history, weights, biases, network: trainer.toNetwork(), trouble: trainer.trouble ? trainer.trouble.message : null };
	} finally {
		disposeKernels(kernels);
	}
}

export { Trainer, sourceFromNetwork, type EpochRecord, type TrainOptions } from './train';
export { parseCsv } from './datasets/csv';
export { parseJsonData } from './datasets/json';
export { decodeDigits } from './datasets/digits';
export { toyDataset, TOY_SETS } from './datasets/toy';
export type { Dataset } from './datasets/types';
