// The worked solution the lab prints: every step, grouped by phase and (where the network has
// several samples) by sample, each one display block lhs = symbols = numbers = value, broken at its
// `=` signs as the LaTeX and Markdown downloads break it. Past solve's limits (format/select.ts) it
// is solve's excerpt: the first sample's passes, the loss, and the first neuron's parameters.

import type { Rounding } from '../engine/spec/types';
import { chainTex } from '../engine/format/chain';
import { displayBlock } from '../engine/format/layout';
import { selectSteps } from '../engine/format/select';
import { PHASES, type Phase, type Step, type Trace } from '../engine/trace/types';

export interface PrintedStep {
	/** The step's number in the whole trace (1-based), as the step list and the controls count. */
	n: number;
	step: Step;
}

export interface StepGroup {
	/** The sample these steps are of (1-based), 'all' for steps over all samples, null where the network has one sample (no heading). */
	sample: number | 'all' | null;
	steps: PrintedStep[];
}

export interface PrintedPhase {
	phase: Phase;
	groups: StepGroup[];
}

export interface PrintedSolution {
	/** The phases with steps, in the trace's order (forward, loss, backward, update). */
	phases: PrintedPhase[];
	/** True where only solve's excerpt is printed. */
	excerpt: boolean;
	/** Steps printed, and steps in the whole trace. */
	shown: number;
	total: number;
}

/** The steps to print, numbered as in the whole trace, grouped by phase and then by sample. */
export function printedSolution(trace: Trace): PrintedSolution {
	const { trace: chosen, excerpt } = selectSteps(trace, 'auto');
	const multi = trace.network.samples.length > 1;
	// The excerpt keeps the trace's Step objects, so their numbers are found without reading an id.
	const kept = excerpt ? new Set(chosen.steps) : null;
	const byPhase = new Map<Phase, StepGroup[]>(PHASES.map((p) => [p, []]));
	trace.steps.forEach((step, i) => {
		if (kept && !kept.has(step)) return;
		const groups = byPhase.get(step.phase)!;
		const sample = multi ? (step.sample ?? 'all') : null;
		const last = groups[groups.length - 1];
		if (last && last.sample === sample) last.steps.push({ n: i + 1, step });
		else groups.push({ sample, steps: [{ n: i + 1, step }] });
	});
	return {
		phases: PHASES.filter((p) => byPhase.get(p)!.length > 0).map((phase) => ({ phase, groups: byPhase.get(phase)! })),
		excerpt,
		shown: chosen.steps.length,
		total: trace.steps.length
	};
}

/** The step as one display block: `lhs = symbols = numbers = value`, or an aligned block where that would pass a printed line. */
export function stepTex(step: Step, rounding: Rounding | null): string {
	return displayBlock(chainTex(step, rounding));
}
