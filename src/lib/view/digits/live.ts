// What /digits' live line shows, read from one source: the epoch under way's running averages
// (the trainer's sums over its batches so far) until that epoch ends, then its epoch record, the
// very numbers of the table's row; and the test set's figures measured after the last finished epoch.

import type { EpochRecord } from '$lib/fast/train';

/** The run's latest figures (see DigitsRun). */
export interface LiveProgress {
	/** The epoch under way (1-based). */
	epoch: number;
	/** Fraction of that epoch done. */
	epochProgress: number;
	/** Mean training loss over the epoch's batches so far (a running average: the weights change as it goes). */
	loss: number;
	/** Fraction of the epoch's training digits so far classified right, each by the weights of its batch. */
	accuracy: number | null;
	/** Training samples per second over the last requests. */
	rate: number;
}

export interface LiveFigures {
	/** The epoch the training figures are about. */
	epoch: number;
	/** Whether that epoch has ended (the figures are then its record's). */
	ended: boolean;
	loss: number;
	accuracy: number | null;
	/** Measured on the test digits with the weights of the last finished epoch; null before the first. */
	test: { epoch: number; loss: number | null; accuracy: number | null } | null;
}

/** The live line's figures; null before the first progress of a run. */
export function liveFigures(progress: LiveProgress | null, history: readonly EpochRecord[]): LiveFigures | null {
	if (!progress) return null;
	const last = history.length ? history[history.length - 1] : null;
	const test = last ? { epoch: last.epoch, loss: last.valLoss, accuracy: last.valAccuracy } : null;
	if (last && last.epoch >= progress.epoch) return { epoch: last.epoch, ended: true, loss: last.loss, accuracy: last.accuracy, test };
	return { epoch: progress.epoch, ended: false, loss: progress.loss, accuracy: progress.accuracy, test };
}
