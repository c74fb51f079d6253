// Which steps a printer writes out in full. A trace at the exact engine's limits (12 layers of 64
// neurons, 256 samples) has over 800,000 steps; written out they run to hundreds of megabytes and
// minutes. Past STEP_LIMIT steps `solve` writes a worked excerpt instead: every step of the first
// sample's forward and backward pass, the loss, and the gradient and update of the first neuron's
// parameters in each layer. Every value is still printed (JSON's `values`, `gradients`, `updated`;
// the text's table of parameters); `--steps all` writes every step. The same excerpt is written past
// READ_LIMIT reads in all: a clipped update reads its whole tensor's gradients, so clipnorm on a
// 64 × 63 layer lists 4,032 ids in each of its 4,032 updates (461 MB of JSON from 16,000 steps).

import type { Step, Trace } from '../trace/types';
import { withSteps } from '../trace/with-steps';

export const STEP_LIMIT = 20_000;
/** The most ids all the steps' dependsOn may list together before the excerpt is written. */
export const READ_LIMIT = 1_000_000;
export const STEP_CHOICES = ['auto', 'all', 'excerpt'] as const;
export type StepChoice = (typeof STEP_CHOICES)[number];

/** Of sample 1 (or of no sample), and for parameters only those into neuron 1 of their layer. */
function inExcerpt(s: Step): boolean {
	// A step's sample is known without writing its id (800,000 ids are 40 MB).
	if (s.sample !== null) return s.sample === 1;
	const sample = /@(\d+)$/.exec(s.id);
	if (sample) return sample[1] === '1';
	const param = /^(?:dE\/d)?(?:w|b|alpha)\[(\d+)\](?:\[(\d+)\])?/.exec(s.id);
	return param === null || param[2] === undefined || param[2] === '1';
}

/** Why the excerpt is written by default: too many steps, or too many reads, or neither (null). */
function tooLarge(trace: Trace): 'steps' | 'reads' | null {
	if (trace.steps.length > STEP_LIMIT) return 'steps';
	let reads = 0;
	for (const s of trace.steps) if ((reads += s.dependsOn.length) > READ_LIMIT) return 'reads';
	return null;
}

/** The trace with the steps to write: all of them, or the excerpt (`auto`: the excerpt when tooLarge, which `why` gives). */
export function selectSteps(trace: Trace, choice: StepChoice): { trace: Trace; excerpt: boolean; why?: 'steps' | 'reads' | null } {
	const why = choice === 'auto' ? tooLarge(trace) : null;
	const excerpt = choice === 'excerpt' || why !== null;
	if (!excerpt) return { trace, excerpt: false };
	return { trace: withSteps(trace, trace.steps.filter(inExcerpt)), excerpt: true, why };
}
