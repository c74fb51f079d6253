// The Trace: one training step as the ordered list of named quantities a person computes.
// Every view (diagram, KaTeX panel, checker, CLI printers) reads this one form.

import type { Network } from '../spec/types';

export type Phase = 'forward' | 'loss' | 'backward' | 'update';
export const PHASES: readonly Phase[] = ['forward', 'loss', 'backward', 'update'];

/** One factor of a chain-rule product, for hovering: its TeX and the quantity it stands for. */
export interface Factor {
	tex: string;
	/** The id of the quantity on the diagram this factor lives at (a node or an edge). */
	ref: string;
}

export interface Step {
	/** docs/quantity-ids.md id: `a[1][1]`, `delta[2][1]@3`, `dE/dw[2][1][1]`, `w[2][1][1]'`. */
	id: string;
	/** TeX display label: `H_1`, `\delta_{O_1}`, `\frac{\partial E}{\partial w_5}`, `w_5'`. */
	label: string;
	phase: Phase;
	/** The formula in symbols, `lhs = rhs`; for backward steps it includes the chain rule factor by factor. */
	formula: string;
	/** The right-hand side with numbers substituted. */
	substituted: string;
	/** The value used downstream: rounded when the network rounds. */
	value: number;
	/** The value before rounding (equal to `value` without rounding). */
	unrounded: number;
	/** Ids this step reads (parameters, inputs and earlier steps). */
	dependsOn: string[];
	/** Recomputes the unrounded value from the values of `dependsOn`, in that order. */
	evaluate(args: number[]): number;
	/** The chain-rule factors, where the step is a product of them. */
	factors: Factor[];
	/** 1-based sample number for per-sample quantities when the network has several samples. */
	sample: number | null;
	/** Plain-language note for the step (e.g. "sum over the paths back from O_1 and O_2"). */
	note?: { en: string; 'zh-TW': string };
}

export interface Trace {
	network: Network;
	steps: Step[];
	/** Every computed quantity by id (what `values` holds in docs/cli.md's JSON). */
	values: Record<string, number>;
	/** What `values` holds, in its order, without building it (800,000 keys take a second). */
	valueEntries(): Iterable<[string, number]>;
	/** Parameters, inputs and targets: leaves of the graph, by id (`w[1][1][2]`, `a[0][1]@2`, `y[1]`). */
	leaves: Record<string, number>;
	/** ∂E/∂θ by parameter id (mean over samples, regularisation and clipping applied). */
	gradients: Record<string, number>;
	/** θ' by parameter id. */
	updated: Record<string, number>;
	loss: number;
	/** Display label (as written in the file, e.g. `H_1`, `w_5`) → id, for answer keys. */
	labelToId: Record<string, string>;
	/** id → TeX label, for every leaf and step. */
	idToLabel: Record<string, string>;
	/** id → TeX label of the leaves alone: what a table of parameters needs, without a label per step. */
	leafLabels: Record<string, string>;
}
