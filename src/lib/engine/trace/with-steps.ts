// A trace narrowed to some of its steps (solve's excerpt) without building its indexes.

import type { Step, Trace } from './types';

/**
 * The trace with other steps (an excerpt) and everything else read from `trace` when first read,
 * so that the indexes it has not built yet are still built only if something reads them.
 */
export function withSteps(trace: Trace, steps: Step[]): Trace {
	const out = { steps } as Trace;
	for (const key of Object.keys(trace) as (keyof Trace)[]) {
		if (key !== 'steps') Object.defineProperty(out, key, { get: () => trace[key], enumerable: true, configurable: true });
	}
	return out;
}
