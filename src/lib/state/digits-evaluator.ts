// Where the /digits page classifies its 2,000 test digits under each snapshot: a training worker of
// its own (the same bundle as the run's), sent a copy of the test inputs once (made in slices).

import type { Evaluator } from '$lib/fast/digits-model';
import type { Dataset } from '$lib/fast/datasets/types';
import { TrainingClient } from '$lib/worker/client';
import { copyInSlices } from './digits-io';

export interface DigitsEvaluator {
	evaluate: Evaluator;
	dispose(): void;
}

export function workerEvaluator(test: Dataset, client = new TrainingClient()): DigitsEvaluator {
	const sent = copyInSlices(test.inputs).then((inputs) => client.setInputs(inputs, test.inputSize, test.count, true));
	return {
		evaluate: async (activations, params) => {
			await sent;
			return client.classify(activations, params);
		},
		dispose: () => client.dispose()
	};
}
