// Recomputing quantities under other assumptions: the person's own answers in place of the exact
// values (error carried forward), the network's hand rounding, or a common mistake. Each step's
// `evaluate` is its local rule, so a value anywhere in the graph follows from the values of what it
// depends on; a memo makes each quantity computed once per scenario.

import { roundTo } from '../format/round';
import type { Rounding } from '../spec/types';
import type { Step, Trace } from '../trace/types';

export interface Scenario {
	/** Values that replace the computed ones (the person's answers), by id. */
	given?: ReadonlyMap<string, number>;
	/** Round every recomputed step as a person does by hand (null: full precision). */
	rounding?: Rounding | null;
	/** Which steps the rounding applies to (all when absent): the network rounds named quantities only. */
	rounds?: (step: Step) => boolean;
	/**
	 * A mistake in one step's local rule: return the mistaken value of `step` (its own rule is
	 * `step.evaluate(args)`), or undefined to keep the rule. `value` reads any other quantity.
	 */
	step?: (step: Step, args: number[], value: (id: string) => number) => number | undefined;
	/** A mistake in what one step reads: the value to use for `dep` in `step`, or undefined. */
	read?: (step: Step, dep: string, value: (id: string) => number) => number | undefined;
}

export class Graph {
	readonly byId = new Map<string, Step>();
	readonly order = new Map<string, number>();

	constructor(readonly trace: Trace) {
		let n = 0;
		for (const id of Object.keys(trace.leaves)) this.order.set(id, n++);
		for (const s of trace.steps) {
			this.byId.set(s.id, s);
			this.order.set(s.id, n++);
		}
	}

	/** The exact value of a leaf or step. */
	exact(id: string): number {
		const leaf = this.trace.leaves[id];
		if (leaf !== undefined) return leaf;
		const s = this.byId.get(id);
		if (!s) throw new Error(`check: no quantity ${id} in the trace`);
		return s.unrounded;
	}

	/** Everything `id` depends on, directly or through other steps (leaves included). */
	ancestors(id: string): Set<string> {
		const seen = new Set<string>();
		const stack = [...(this.byId.get(id)?.dependsOn ?? [])];
		while (stack.length) {
			const d = stack.pop()!;
			if (seen.has(d)) continue;
			seen.add(d);
			const s = this.byId.get(d);
			if (s) stack.push(...s.dependsOn);
		}
		return seen;
	}
}

/**
 * Values of quantities in one scenario. A quantity the person answered takes their value; a leaf
 * keeps its own; any other step is its local rule applied to its dependencies' scenario values.
 * The trace read must be `base`: the full-precision trace, or the network's own (rounded) trace
 * whose leaves the hand calculation starts from.
 */
export class Evaluator {
	private readonly memo = new Map<string, number>();

	constructor(
		private readonly graph: Graph,
		private readonly scenario: Scenario
	) {}

	value = (id: string): number => {
		const given = this.scenario.given?.get(id);
		if (given !== undefined) return given;
		const cached = this.memo.get(id);
		if (cached !== undefined) return cached;
		const step = this.graph.byId.get(id);
		const v = step ? this.compute(step) : this.graph.exact(id);
		this.memo.set(id, v);
		return v;
	};

	/** The step recomputed from its dependencies' values in this scenario (ignoring any answer for it). */
	compute(step: Step): number {
		const args = step.dependsOn.map((d) => this.scenario.read?.(step, d, this.value) ?? this.value(d));
		const v = this.scenario.step?.(step, args, this.value) ?? step.evaluate(args);
		const { rounding, rounds } = this.scenario;
		return rounding && (!rounds || rounds(step)) ? roundTo(v, rounding) : v;
	}

	/** The step's unrounded value recomputed in this scenario: what a person writes before rounding. */
	unrounded(step: Step): number {
		const args = step.dependsOn.map((d) => this.scenario.read?.(step, d, this.value) ?? this.value(d));
		return this.scenario.step?.(step, args, this.value) ?? step.evaluate(args);
	}
}
