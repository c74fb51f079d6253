// Records steps in the order they are computed. Each step's value is its local rule applied to
// the values of what it depends on; under a rounding policy the value is rounded as it is computed
// and the rounded value is what later steps read, as a person calculating by hand does.
// The per-neuron and per-parameter steps (hundreds of thousands) arrive with their value already
// computed over flat arrays (`push`, lazy.ts); the few others give their rule here (`record`).

import { roundTo } from '../format/round';
import { formatNumber } from '../format/number';
import type { Network } from '../spec/types';
import type { Factor, Phase, Step } from './types';

export interface StepInput {
	id: string;
	label: string;
	phase: Phase;
	/** The formula in symbols, or a function writing it (called once, when first read). */
	formula: string | (() => string);
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
	/** Values by id of the steps recorded here (pushed ones are found through `lookup`). */
	readonly known = new Map<string, number>();
	readonly leaves: Record<string, number> = {};
	/** Values of the other pushed steps, indexed only when something reads them by id. */
	#late = new Map<string, number>();
	#indexed = 0;

	/**
	 * @param lookup finds a pushed step's value where it is computed (values.ts, params.ts), so
	 *   that reading one step's numbers does not index every step.
	 */
	constructor(
		readonly net: Network,
		private readonly lookup: (id: string) => number | undefined = () => undefined
	) {}

	leaf(id: string, value: number): void {
		this.leaves[id] = value;
	}

	/** Appends a step whose value is already computed. */
	push(step: Step): void {
		this.steps.push(step);
	}

	value(id: string): number {
		const v = this.known.get(id) ?? this.leaves[id] ?? this.lookup(id) ?? this.#lateValue(id);
		if (v === undefined) throw new Error(`trace: ${id} is read before it is computed`);
		return v;
	}

	#lateValue(id: string): number | undefined {
		const steps = this.steps;
		while (this.#indexed < steps.length) {
			const s = steps[this.#indexed++];
			this.#late.set(s.id, s.value);
		}
		return this.#late.get(id);
	}

	/** id → TeX label: the leaves' (given), then every step's in order. */
	idToLabel(leaves: Record<string, string>): Record<string, string> {
		const out: Record<string, string> = { ...leaves };
		for (const s of this.steps) out[s.id] = s.label;
		return out;
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
		const step = new RecordedStep(input, value, unrounded, this);
		this.steps.push(step);
		this.known.set(step.id, value);
		return step;
	}
}

/**
 * A step whose TeX is written when first read: the largest networks have hundreds of thousands
 * of steps and a view shows a few of them. Values never change once known, so writing late gives
 * the same text as writing at once.
 */
class RecordedStep implements Step {
	readonly id: string;
	readonly label: string;
	readonly phase: Phase;
	readonly dependsOn: string[];
	readonly evaluate: (args: number[]) => number;
	readonly factors: Factor[];
	readonly sample: number | null;
	readonly note?: Step['note'];
	#formula: string | (() => string);
	#substituted: string | null = null;
	#write: ((n: (id: string) => string) => string) | null;
	#rec: Recorder | null;

	constructor(
		input: StepInput,
		readonly value: number,
		readonly unrounded: number,
		rec: Recorder
	) {
		this.id = input.id;
		this.label = input.label;
		this.phase = input.phase;
		this.dependsOn = input.dependsOn;
		this.evaluate = input.evaluate;
		this.factors = input.factors ?? [];
		this.sample = input.sample ?? null;
		if (input.note) this.note = input.note;
		this.#formula = input.formula;
		this.#write = input.substituted;
		this.#rec = rec;
	}

	get formula(): string {
		if (typeof this.#formula === 'function') this.#formula = this.#formula();
		return this.#formula;
	}

	get substituted(): string {
		if (this.#substituted === null) {
			const rec = this.#rec as Recorder;
			this.#substituted = (this.#write as (n: (id: string) => string) => string)((id) => rec.formatId(id));
			this.#write = null;
			this.#rec = null;
		}
		return this.#substituted;
	}
}
