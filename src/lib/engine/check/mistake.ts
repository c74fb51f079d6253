// What a diagnosis sees of a wrong answer, and what a catalogued mistake provides: the values the
// step takes under that mistake, each with what it means.

import type { Network } from '../spec/types';
import type { Step } from '../trace/types';
import type { Graph, Scenario } from './recompute';
import type { Notes, MistakeKind } from './types';

/** What a diagnosis sees of the answer being marked. */
export interface Marking {
	graph: Graph;
	net: Network;
	step: Step;
	given: number;
	tolerance: number;
	exact: number;
	/** The scenarios a mistake is tried in: exact values, the person's values, hand rounding. */
	bases: Scenario[];
	/** A display label in plain text. */
	label(id: string): string;
}

export interface Mistake {
	kind: MistakeKind;
	/** The mistaken values of the step, one per variant of the mistake, with what each one means. */
	values(m: Marking, base: Scenario): { value: number; notes: Notes }[];
}
