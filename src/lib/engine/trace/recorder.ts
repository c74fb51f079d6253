// Records steps in the order they are computed. Each step's value is its local rule applied to
// the values of what it depends on; under a rounding policy the value is rounded as it is computed
// and the rounded value is what later steps read, as a person calculating by hand does.

import { roundTo } from '../format/round';
import { formatNumber } from '../format/number';
import type { Network } from '../spec/types';
import type { Factor, Phase, Step } from './types';

export interface StepInput {
	id: string;
	label: string;
	phase: Phase;
	formula: string;
	/** Builds the substituted right-hand side; `n(id)` formats the value of a quantity already known. */
	substituted: (n: (id: string) => string) => string;
	dependsOn: string[];
	evaluate: (args: number[]) => number;
	factors?: Factor[];
	sample?: number | null;
	note?: Step['note'];
	/** Parameters (θ') and quantities are rounded; set false for values that are not named quantities. */
	round?: boolean;
}

export class Recorder {
	readonly steps: Step[] = [];
	/** Every known value by id: leaves and computed quantities (rounded where the network rounds). */
	readonly known = new Map<string, number>();
	readonly leaves: Record<string, number> = {};
	readonly idToLabel: Record<string, string> = {};

	constructor(readonly net: Network) {}

	leaf(id: string, label: string, value: number): void {
		this.known.set(id, value);
		this.leaves[id] = value;
		this.idToLabel[id] = label;
	}

	value(id: string): number {
		const v = this.known.get(id);
		if (v === undefined) throw new Error(`trace: ${id} is read before it is computed`);
		return v;
	}

	has(id: string): boolean {
		return this.known.has(id);
	}

	/** A computed number as it is written in the derivation: rounded by the network's policy. */
	format(x: number): string {
		return formatNumber(x, this.net.rounding);
	}

	/** The value of `id` as written: given values (weights, inputs, targets) as given, computed ones rounded. */
	formatId(id: string): string {
		const v = this.value(id);
		return id in this.leaves ? formatNumber(v, null) : this.format(v);
	}

	record(input: StepInput): Step {
		const args = input.dependsOn.map((d) => this.value(d));
		const unrounded = input.evaluate(args);
		const value = input.round === false ? unrounded : roundTo(unrounded, this.net.rounding);
		const step: Step = {
			id: input.id,
			label: input.label,
			phase: input.phase,
			formula: input.formula,
			substituted: input.substituted((id) => this.formatId(id)),
			value,
			unrounded,
			dependsOn: input.dependsOn,
			evaluate: input.evaluate,
			factors: input.factors ?? [],
			sample: input.sample ?? null
		};
		if (input.note) step.note = input.note;
		this.steps.push(step);
		this.known.set(step.id, value);
		this.idToLabel[step.id] = step.label;
		return step;
	}
}
