// Points for the concept pages' charts, every value from the engine's ops: an activation's f and f′
// (./properties scalarActivation), a loss's E(a) and ∂E/∂a for one output with target y (lossOp).

import type { Point } from '../charts';
import { lossOp } from '$lib/engine/ops';
import { grid, scalarActivation } from '$lib/engine/ops/properties';
import type { Activation, LossName } from '$lib/engine/spec/types';

/** f and f′ sampled at n + 1 points of [from, to]; a point where f or f′ is not finite is kept as NaN (a gap). */
export function activationCurves(act: Activation, [from, to]: [number, number], n = 400): { f: Point[]; df: Point[] } {
	const { f, df } = scalarActivation(act);
	const safe = (g: (x: number) => number, x: number) => {
		try {
			const v = g(x);
			return Number.isFinite(v) ? v : NaN;
		} catch {
			return NaN; // a custom expression outside its domain (e.g. log of a negative number)
		}
	};
	const xs = grid(from, to, n);
	return { f: xs.map((x) => [x, safe(f, x)]), df: xs.map((x) => [x, safe(df, x)]) };
}

/** E(a) and ∂E/∂a of a one-output loss with target y, at n + 1 predictions a of [from, to]. */
export function lossCurves(loss: LossName, y: number, [from, to]: [number, number], n = 400): { value: Point[]; grad: Point[] } {
	const op = lossOp(loss);
	const xs = grid(from, to, n);
	return {
		value: xs.map((a) => [a, op.value([a], [y])]),
		grad: xs.map((a) => [a, op.grad([a], [y])[0]])
	};
}

/** How each loss is best plotted: the predictions a to sweep, the course's targets, the axes' ranges. */
export interface LossPlot {
	domain: [number, number];
	targets: number[];
	/** Targets the loss accepts: probabilities [0, 1], or {−1, 1} for hinge, or any real. */
	targetKind: 'probability' | 'sign' | 'real';
	valueDomain: [number, number];
	gradDomain: [number, number];
}

export const LOSS_PLOTS: Record<LossName, LossPlot> = {
	half_sse: { domain: [-1, 2], targets: [0, 1], targetKind: 'real', valueDomain: [0, 2.5], gradDomain: [-2, 2] },
	sse: { domain: [-1, 2], targets: [0, 1], targetKind: 'real', valueDomain: [0, 4], gradDomain: [-4, 4] },
	mse: { domain: [-1, 2], targets: [0, 1], targetKind: 'real', valueDomain: [0, 4], gradDomain: [-4, 4] },
	mae: { domain: [-1, 2], targets: [0, 1], targetKind: 'real', valueDomain: [0, 2], gradDomain: [-1.5, 1.5] },
	// The course's figure: the loss for target 0 and for target 1 against the predicted probability.
	binary_crossentropy: { domain: [0.001, 0.999], targets: [0, 1], targetKind: 'probability', valueDomain: [0, 5], gradDomain: [-10, 10] },
	categorical_crossentropy: { domain: [0.001, 0.999], targets: [1], targetKind: 'probability', valueDomain: [0, 5], gradDomain: [-10, 1] },
	sparse_categorical_crossentropy: { domain: [0.001, 0.999], targets: [1], targetKind: 'probability', valueDomain: [0, 5], gradDomain: [-10, 1] },
	hinge: { domain: [-2, 2], targets: [-1, 1], targetKind: 'sign', valueDomain: [0, 3], gradDomain: [-1.5, 1.5] }
};

/** "0, 1" → [0, 1], checked against what the loss accepts; at most 4 targets. Throws Error with a reason key. */
export function parseTargets(text: string, kind: LossPlot['targetKind']): number[] {
	const parts = text.split(/[,\s;]+/).filter((p) => p !== '');
	if (parts.length === 0 || parts.length > 4) throw new TargetError('count');
	const ys = parts.map(Number);
	if (ys.some((y) => !Number.isFinite(y))) throw new TargetError('number');
	if (kind === 'probability' && ys.some((y) => y < 0 || y > 1)) throw new TargetError('probability');
	if (kind === 'sign' && ys.some((y) => y !== -1 && y !== 1)) throw new TargetError('sign');
	if (kind === 'real' && ys.some((y) => Math.abs(y) > 100)) throw new TargetError('number');
	return [...new Set(ys)];
}

export class TargetError extends Error {
	constructor(readonly reason: 'count' | 'number' | 'probability' | 'sign') {
		super(reason);
	}
}

/** A y-range that shows every finite value of the series, padded by 10 %, and kept within ±limit. */
export function fitDomain(series: Point[][], limit = 6): [number, number] {
	let lo = 0;
	let hi = 1;
	for (const s of series) {
		for (const [, y] of s) {
			if (!Number.isFinite(y)) continue;
			lo = Math.min(lo, y);
			hi = Math.max(hi, y);
		}
	}
	const pad = (hi - lo) * 0.1;
	return [Math.max(-limit, lo - pad), Math.min(limit, hi + pad)];
}
