// Learning-rate schedules, as functions of the 0-based optimizer step s and the base rate η.
//   step:        η · factor^⌊s / every⌋
//   exponential: η · rate^(s / decaySteps)                       (Keras ExponentialDecay)
//   cosine:      η · (α + (1 − α) · ½ (1 + cos(π · min(s, D) / D)))   (Keras CosineDecay)
//   one-cycle:   from η/div up to η over the first pct of the steps, then down to η/(div · finalDiv),
//                both halves cosine-annealed (Smith's 1cycle as in PyTorch's OneCycleLR).

export type Schedule =
	| { type: 'constant' }
	| { type: 'step'; every: number; factor: number }
	| { type: 'exponential'; decaySteps: number; rate: number }
	| { type: 'cosine'; decaySteps: number; alpha?: number }
	| { type: 'one-cycle'; totalSteps: number; pctStart?: number; divFactor?: number; finalDivFactor?: number };

/** Cosine interpolation from `from` (p = 0) to `to` (p = 1). */
const anneal = (from: number, to: number, p: number) => to + ((from - to) * (1 + Math.cos(Math.PI * p))) / 2;

export function learningRateAt(schedule: Schedule, base: number, s: number): number {
	switch (schedule.type) {
		case 'constant':
			return base;
		case 'step':
			return base * Math.pow(schedule.factor, Math.floor(s / schedule.every));
		case 'exponential':
			return base * Math.pow(schedule.rate, s / schedule.decaySteps);
		case 'cosine': {
			const alpha = schedule.alpha ?? 0;
			const p = Math.min(s, schedule.decaySteps) / schedule.decaySteps;
			return base * (alpha + (1 - alpha) * 0.5 * (1 + Math.cos(Math.PI * p)));
		}
		case 'one-cycle': {
			const total = schedule.totalSteps;
			const warm = Math.max(1, Math.round((schedule.pctStart ?? 0.3) * total));
			const start = base / (schedule.divFactor ?? 25);
			const end = start / (schedule.finalDivFactor ?? 1e4);
			if (s < warm) return anneal(start, base, s / warm);
			return anneal(base, end, Math.min(1, (s - warm) / Math.max(1, total - warm)));
		}
	}
}
