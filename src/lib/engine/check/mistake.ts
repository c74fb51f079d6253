// What a diagnosis sees of a wrong answer, and what a catalogued mistake provides: the values the
// step takes under that mistake, each with what it means and, where the mistake is a change to a
// local rule, that change, so that the person's own earlier answers can be checked against it.

import type { Network } from '../spec/types';
import type { Step } from '../trace/types';
import { Evaluator, type Graph, type Scenario } from './recompute';
import type { KeySuggestion, MistakeKind, Notes } from './types';

/** A person's answer as the diagnoses read it: the value and its tolerance. */
export interface GivenAnswer {
	value: number;
	tolerance: number;
}

/** What a diagnosis sees of the answer being marked. */
export interface Marking {
	/** The graph mistakes are recomputed in: the textbook steps (z, a, δ) even for a course-style network. */
	graph: Graph;
	/** The steps the network's own style writes (the course's lines): what a person may have copied. */
	sheet: Graph;
	net: Network;
	id: string;
	/** The marked step; null for a quantity the network file gives (a weight, an input). */
	step: Step | null;
	given: number;
	tolerance: number;
	exact: number;
	/** The scenarios a mistake is tried in: exact values, the person's values, hand rounding. */
	bases: Scenario[];
	/** Every answer of the person's that names a quantity, by id. */
	answers: ReadonlyMap<string, GivenAnswer>;
	/** A display label in plain text, as `solve` writes it (δ_O1, ∂E/∂w_5). */
	label(id: string): string;
	/** The key a person writes for a quantity (w_8', dE/dw_3). */
	keyOf(id: string): string;
}

/** A change to local rules (see Scenario): what a mistake does to the working. */
export type Change = Pick<Scenario, 'step' | 'read'>;

export interface MistakeValue {
	value: number;
	notes: Notes;
	/** The change that gives the value, when it is one (checked against the person's earlier answers). */
	change?: Change;
	/** The quantity whose value this is (value-of-another-quantity). */
	means?: KeySuggestion;
}

export interface Mistake {
	kind: MistakeKind;
	/** The mistaken values of the step, one per variant of the mistake, with what each one means. */
	values(m: Marking, base: Scenario): MistakeValue[];
}

/** The variant a change gives: the marked step recomputed with the changed rule in `base`. */
export function changed(m: Marking, base: Scenario, change: Change, notes: Notes): MistakeValue[] {
	if (!m.step) return [];
	return [{ value: new Evaluator(m.graph, { ...base, ...change }).unrounded(m.step), notes, change }];
}

const LAYER = /^(?:dE\/d)?(?:a|z|delta|b)\[(\d+)\](?:\[(\d+)\])?(?:@(\d+))?$/;

/** The layer (1-based) of a neuron's or a bias's quantity, or null. */
export function layerOf(id: string): number | null {
	const m = LAYER.exec(id);
	return m ? Number(m[1]) : null;
}

export const isDelta = (s: Step) => s.id.startsWith('delta[');
export const isHiddenDa = (s: Step, L: number) => s.id.startsWith('dE/da[') && (layerOf(s.id) ?? L) < L;
export const isOutputDa = (s: Step, L: number) => s.id.startsWith('dE/da[') && layerOf(s.id) === L;

/** The marked quantity and everything it depends on (ids). */
export function reads(m: Marking): Set<string> {
	const anc = m.graph.ancestors(m.id);
	anc.add(m.id);
	return anc;
}

/** Layers (1-based) whose δ the marked step reads, or is, nearest the output first; softmax aside. */
export function deltaLayers(m: Marking): number[] {
	const layers = new Set<number>();
	for (const id of reads(m)) if (id.startsWith('delta[')) layers.add(layerOf(id) as number);
	return [...layers].filter((l) => m.net.layers[l - 1].activation.name !== 'softmax').sort((a, b) => b - a);
}

/** Each layer on its own, and all of them together first when there are several. */
export function layerVariants(layers: number[]): number[][] {
	return layers.length > 1 ? [layers, ...layers.map((l) => [l])] : layers.length === 1 ? [layers] : [];
}

/** "the output layer and hidden layer 1" in both languages. */
export function layersText(m: Marking, ls: number[]): Notes {
	const L = m.net.layers.length;
	return {
		en: ls.map((l) => (l === L ? 'the output layer' : `hidden layer ${l}`)).join(' and '),
		'zh-TW': ls.map((l) => (l === L ? '輸出層' : `第 ${l} 隱藏層`)).join('與')
	};
}
