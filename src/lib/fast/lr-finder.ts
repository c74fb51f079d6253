// The learning-rate range test (Smith 2017; the course's "LR finder"): train from the initial
// weights while the rate rises exponentially, η_i = η_min (η_max / η_min)^(i / (n − 1)), record the
// loss smoothed by an exponential moving average with bias correction, ℓ̄_i = avg_i / (1 − βⁱ⁺¹),
// stop once it passes 4× its best, and suggest the rate where ℓ̄ falls fastest against log η
// (measured over a window of points, see `steepest`).

import type { Dataset } from './datasets/types';
import type { FloatArray, Kernels } from './kernels/types';
import { Trainer, type ModelSource } from './train';

export interface LrFinderOptions {
	minLr?: number;
	maxLr?: number;
	steps?: number;
	batchSize?: number;
	seed?: number;
	/** Smoothing of the loss (default 0.98, as fastai). */
	beta?: number;
}

export interface LrPoint {
	lr: number;
	loss: number;
	smoothed: number;
}

export interface LrFinderResult {
	points: LrPoint[];
	/** The rate at the steepest descent of the smoothed loss; null when there are too few points. */
	suggested: number | null;
	/** 'done' after all steps; 'diverged' when the smoothed loss passed 4× its best or became NaN. */
	stopped: 'done' | 'diverged';
}

/** Runs the test on a fresh copy of `source`'s parameters (the kernels should be fresh too: they are reserved here). */
export function findLearningRate<T extends FloatArray>(kernels: Kernels<T>, source: ModelSource, data: Dataset, options: LrFinderOptions = {}): LrFinderResult {
	const search = learningRateSearch(kernels, source, data, options);
	for (;;) {
		const next = search.next();
		if (next.done) return next.value;
	}
}

/**
 * The same test a training step at a time: each `next()` trains one step, and the last returns the
 * result. A page runs a few steps a task, so that no task is long.
 */
export function* learningRateSearch<T extends FloatArray>(kernels: Kernels<T>, source: ModelSource, data: Dataset, options: LrFinderOptions = {}): Generator<void, LrFinderResult> {
	const minLr = options.minLr ?? 1e-7;
	const maxLr = options.maxLr ?? 10;
	const steps = options.steps ?? 100;
	const beta = options.beta ?? 0.98;
	const rate = (i: number) => minLr * Math.pow(maxLr / minLr, i / Math.max(1, steps - 1));
	const batchSize = options.batchSize ?? 32;
	const stepsPerEpoch = Math.ceil(data.count / Math.min(batchSize, data.count));
	const trainer = new Trainer(kernels, source, data, {
		epochs: Math.ceil(steps / stepsPerEpoch) + 1,
		batchSize,
		seed: options.seed,
		schedule: rate
	});
	const points: LrPoint[] = [];
	let avg = 0;
	let best = Infinity;
	for (let i = 0; i < steps; i++) {
		if (i > 0) yield;
		const lr = trainer.learningRate();
		trainer.advance();
		if (trainer.trouble) return { points, suggested: steepest(points), stopped: 'diverged' };
		avg = beta * avg + (1 - beta) * trainer.lastLoss;
		const smoothed = avg / (1 - Math.pow(beta, i + 1));
		points.push({ lr, loss: trainer.lastLoss, smoothed });
		if (!Number.isFinite(smoothed) || smoothed > 4 * best) return { points, suggested: steepest(points), stopped: 'diverged' };
		best = Math.min(best, smoothed);
	}
	return { points, suggested: steepest(points), stopped: 'done' };
}

/** A fall of the smoothed loss by less than this share of its level after the warm-up is no clear descent. */
export const CLEAR_FALL = 0.1;

/**
 * The rate where d ℓ̄ / d log η is most negative, measured across a window of ±w points (w = n/20,
 * at least 1) so that step-to-step noise does not pass for a slope; the first tenth of the points
 * (the average is still warming up) are left out. Null when the curve has no clear descent: a flat,
 * noisy loss has a steepest point too, and a rate picked from noise would mislead.
 */
export function steepest(points: LrPoint[]): number | null {
	const n = points.length;
	const w = Math.max(1, Math.round(n / 20));
	const from = Math.max(w, Math.ceil(n / 10));
	if (from >= n) return null;
	const level = points[from].smoothed;
	const lowest = Math.min(...points.slice(from).map((p) => p.smoothed));
	if (!(level - lowest >= CLEAR_FALL * Math.abs(level))) return null;
	let best: number | null = null;
	let bestSlope = 0;
	for (let i = from; i + w < n; i++) {
		const a = points[i - w];
		const b = points[i + w];
		const slope = (b.smoothed - a.smoothed) / (Math.log(b.lr) - Math.log(a.lr));
		if (slope < bestSlope) {
			bestSlope = slope;
			best = points[i].lr;
		}
	}
	return best;
}
