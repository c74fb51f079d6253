// The course's lesson on vanishing gradients as settings of /train: a deep sigmoid network whose
// first layers' gradients all but vanish, the same network with batch normalisation, and ReLU with
// He initialisation. Each keeps the data set and changes only the network and its training.

import { MAX_LAYERS, type HiddenActivation, type TrainConfig } from './config';

export const LESSONS = ['deepSigmoid', 'deepSigmoidBatchNorm', 'deepReluHe'] as const;
export type Lesson = (typeof LESSONS)[number];

const deep = (activation: HiddenActivation, batchNorm: boolean) =>
	Array.from({ length: MAX_LAYERS }, () => ({ size: 6, activation, ...(batchNorm ? { batchNorm: true } : {}) }));

export function lessonConfig(c: TrainConfig, lesson: Lesson): TrainConfig {
	const same = { optimizer: 'sgd', learningRate: 0.1, momentum: 0, schedule: 'constant', l1: 0, l2: 0, dropout: 0 } as const;
	switch (lesson) {
		case 'deepSigmoid':
			return { ...c, ...same, layers: deep('sigmoid', false), init: 'glorot_uniform' };
		case 'deepSigmoidBatchNorm':
			return { ...c, ...same, layers: deep('sigmoid', true), init: 'glorot_uniform' };
		case 'deepReluHe':
			return { ...c, ...same, layers: deep('relu', false), init: 'he_uniform' };
	}
}

/** The lesson whose network the settings have (its layers and initialiser), if any. */
export function lessonOf(c: TrainConfig): Lesson | undefined {
	const layers = JSON.stringify(c.layers);
	return LESSONS.find((l) => {
		const lesson = lessonConfig(c, l);
		return lesson.init === c.init && JSON.stringify(lesson.layers) === layers;
	});
}
