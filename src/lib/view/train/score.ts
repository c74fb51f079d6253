// How a network does on the page's data now: the mean loss and the accuracy on the training and the
// test rows, as an epoch record (for weights that arrive without their curves: a shared link's).
// The L1/L2 terms are left out: the worker's records add them, this one scores the weights alone.

import type { Network } from '$lib/engine/spec/types';
import { taskOf, type Dataset } from '$lib/fast/datasets/types';
import { forwardRows } from '$lib/fast/inference';
import { lossSum } from '$lib/fast/losses';
import { countCorrect } from '$lib/fast/metrics';
import { paramsFromNetwork } from '$lib/fast/model';
import type { EpochRecord } from '$lib/fast/train';

function score(net: Network, data: Dataset): { loss: number; accuracy: number | null } {
	const layers = forwardRows(net.layers.map((l) => l.activation), paramsFromNetwork(net), data.inputs, data.count, data.inputSize);
	const A = layers[layers.length - 1];
	const task = taskOf(data);
	const loss = lossSum(net.loss, A, data.targets, data.count, data.targetSize) / data.count;
	return { loss, accuracy: task === 'regression' ? null : countCorrect(A, data.targets, data.count, data.targetSize, task) / data.count };
}

/** The record of `epoch` for `net` on the training and test rows. */
export function scoreRecord(net: Network, train: Dataset, test: Dataset, epoch: number): EpochRecord {
	const t = score(net, train);
	const v = test.count > 0 ? score(net, test) : { loss: null, accuracy: null };
	return { epoch, loss: t.loss, accuracy: t.accuracy, valLoss: v.loss, valAccuracy: v.accuracy, seconds: 0 };
}
