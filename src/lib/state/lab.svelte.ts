// The step-through lab's state: the network file as the user edits it, the step, the rounding
// toggle; the validated network and its trace are replaced whole ($state.raw); everything shown is
// derived from them. The URL hash carries all of it (see ./share.ts), so a link reproduces the view.

import { isInputError } from '$lib/engine/spec/errors';
import { networkToText } from '$lib/engine/spec/encode';
import { validateNetwork } from '$lib/engine/spec/validate';
import { load, loadGrowing, loadInSlices, type Loaded } from './lab-load';
import { customCompilerLoaded, CustomNotPreparedError, loadCustomCompiler, mentionsCustom, prepareCustomActivations } from '$lib/engine/ops';
import type { Network, Style } from '$lib/engine/spec/types';
import { compareSheet, type SheetLine } from '$lib/engine/check/sheet';
import { type Phase, type Step, type Trace } from '$lib/engine/trace/types';
import { buildScene, type Scene } from '$lib/view/diagram/scene';
import { computeLayout, type BiasKind, type Layout } from '$lib/view/diagram/layout';
import { focusOf, visibleNeurons, visibleSignature } from '$lib/view/diagram/collapse';
import { phaseRuns, type PhaseRuns } from '$lib/view/step-rows';
import { setLeaf } from './edits';
import { leafAt, type EditableLeaf } from './leaf-at';
import { markIfEdit } from './edited-title';
import type { Lang } from '$lib/i18n';
import defaultExample from '../../../static/examples/course-2-2-2.json';
import { looksLikeNetwork, withRounding, type NetworkJson } from './network-json';
import { decodeShare, labHashOf, linkFromHash, stepFromHash } from './share';

export const DEFAULT_NETWORK = defaultExample as unknown as NetworkJson;

/** A refusal shown next to the control that caused it. */
export interface Refusal {
	/** Which control: `w[2][1][1]`, `optimizer.learningRate`, `file`, … */
	where: string;
	/** The InputError message: `layers[1].weights[0][0]: expected a finite number, got "abc"`. */
	reason: string;
}

export class LabState {
	/** The network file as edited (its own rounding kept even while rounding is off). */
	json = $state.raw<NetworkJson>(DEFAULT_NETWORK);
	/** Index into trace.steps. */
	step = $state(0);
	/** Round as the course does (the file's rounding, or 2 decimals) or compute in full precision. */
	rounding = $state(true);
	network = $state.raw<Network>(null as unknown as Network);
	trace = $state.raw<Trace>(null as unknown as Trace);
	/** Why the link the page was opened with could not be used (the default example is shown). */
	linkError = $state<string | null>(null);
	/** The last refused edit, shown inline where it was made. */
	refusal = $state<Refusal | null>(null);
	/** The id a hovered chain-rule factor stands for, highlighted on the diagram. */
	hovered = $state<string | null>(null);
	playing = $state(false);
	/** Steps per second while playing. */
	speed = $state(2);

	readonly total = $derived(this.trace.steps.length);
	readonly current = $derived<Step | undefined>(this.trace.steps[this.step]);
	readonly phase = $derived<Phase>(this.current?.phase ?? 'forward');
	/** The runs of steps in one phase, which the step list's headings follow. */
	readonly phaseRuns = $derived(phaseRuns(this.trace.steps));
	/** The first step of each phase present in the trace. */
	readonly phaseStarts = $derived(phaseStarts(this.phaseRuns));
	/** The network's shape as a string: the layout is recomputed only when it changes. */
	readonly shape = $derived(shapeOf(this.network));
	/** Layers the reader chose to draw whole (a wide layer is drawn in part: ../view/diagram/collapse.ts). */
	expanded = $state<number[]>([]);
	/** The last layout by shape and drawn neurons: recomputed only when either changes, whoever reads it. */
	private layoutCache: { key: string; layout: Layout } | null = null;
	/** Per layer the neurons drawn (null: all), the current step's among them. */
	readonly #parsed = $derived(parseShape(this.shape));
	readonly visible = $derived(visibleNeurons(this.#parsed.sizes, new Set(this.expanded), focusOf(this.current?.id, this.#parsed.sizes.length - 1)));
	readonly layout = $derived.by<Layout>(() => {
		const key = `${this.shape}#${visibleSignature(this.visible)}`;
		if (this.layoutCache?.key !== key) this.layoutCache = { key, layout: computeLayout({ ...this.#parsed, visible: this.visible }) };
		return this.layoutCache.layout;
	});
	readonly scene = $derived<Scene>(buildScene(this.trace, this.step, this.visible));

	/** Draws layer `l` whole. */
	expand(l: number): void {
		if (!this.expanded.includes(l)) this.expanded = [...this.expanded, l];
	}
	/** The file's worked sheet marked against the network, by the id each line stands for. */
	readonly sheet = $derived(new Map((compareSheet(this.network) ?? []).flatMap((l): [string, SheetLine][] => (l.id ? [[l.id, l]] : []))));
	/** The sheet's line for the current step, where the sheet writes one. */
	readonly currentSheet = $derived(this.sheetAt(this.step));

	/** The sheet's line for step `index`, where the sheet writes one. */
	sheetAt(index: number): SheetLine | undefined {
		const step = this.trace.steps[index];
		return step ? this.sheet.get(step.id) : undefined;
	}
	/** The file as saved and shared: with the rounding as shown. */
	readonly effectiveJson = $derived(withRounding(this.json, this.rounding));

	constructor(initial: NetworkJson = DEFAULT_NETWORK) {
		const loaded = load(initial, initial.rounding != null);
		this.rounding = initial.rounding != null;
		this.accept(loaded);
	}

	private accept(loaded: Loaded): void {
		this.json = loaded.json;
		this.network = loaded.network;
		this.trace = loaded.trace;
		this.step = clamp(this.step, loaded.trace.steps.length);
		this.refusal = null;
	}

	/**
	 * Applies an edited file if it validates; otherwise keeps the last valid one and records why
	 * (`where` names the control). Returns whether it was applied.
	 */
	apply(candidate: NetworkJson, where: string, rounding = this.rounding): boolean {
		try {
			const loaded = loadGrowing(markIfEdit(candidate, where), rounding, where);
			this.rounding = rounding;
			this.accept(loaded);
			return true;
		} catch (e) {
			if (e instanceof CustomNotPreparedError) {
				this.afterCompiler(() => this.apply(candidate, where, rounding), where);
				return false;
			}
			this.refusal = { where, reason: reasonOf(e) };
			return false;
		}
	}

	/**
	 * Restores the state a `#state=…` hash holds and returns its language (null: none given). A
	 * damaged or hostile link is only ever parsed as JSON and validated; on any failure the default
	 * example is shown and `linkError` says why.
	 */
	#restoring = 0;
	async restore(hash: string): Promise<Lang | null> {
		const link = linkFromHash(hash);
		if (link === null) return null;
		const mine = ++this.#restoring;
		try {
			const share = await decodeShare(link);
			await prepareCustomActivations(share.network);
			const loaded = await loadInSlices(share.network, share.rounding);
			if (mine !== this.#restoring) return null; // a later link was opened meanwhile
			this.rounding = share.rounding;
			this.step = stepFromHash(hash) ?? share.step;
			this.accept(loaded);
			this.linkError = null;
			return share.lang;
		} catch (e) {
			if (mine !== this.#restoring) return null;
			this.linkError = reasonOf(e);
			this.step = 0;
			this.rounding = DEFAULT_NETWORK.rounding != null;
			this.accept(load(DEFAULT_NETWORK, this.rounding));
			return null;
		}
	}

	/** The hash that reproduces this view in `lang`. */
	async hash(lang: Lang): Promise<string> {
		return labHashOf({ network: this.json, step: this.step, rounding: this.rounding, lang });
	}

	/** Replaces the whole network (an example, an opened file), from its first step. */
	open(candidate: unknown, where: string): boolean {
		if (!customCompilerLoaded() && mentionsCustom(candidate)) {
			this.afterCompiler(() => this.open(candidate, where), where);
			return true;
		}
		const rounding = looksLikeNetwork(candidate) ? candidate.rounding != null : this.rounding;
		const previous = this.step;
		this.step = 0;
		const ok = this.apply(candidate as NetworkJson, where, rounding);
		if (!ok) this.step = previous;
		return ok;
	}

	/**
	 * A custom activation needs its compiler (mathjs), loaded on first use: `retry` runs once it is
	 * here; a failed download is a refusal at `where`.
	 */
	private afterCompiler(retry: () => void, where: string): void {
		loadCustomCompiler().then(retry, (e: unknown) => {
			this.refusal = { where, reason: reasonOf(e) };
		});
	}

	setRounding(on: boolean): void {
		this.apply(this.json, 'rounding', on);
	}

	/** The course's lines or the textbook's steps: part of the file, so saved and shared with it. */
	setStyle(style: Style): void {
		const { style: _old, ...rest } = this.json;
		this.apply(style === 'textbook' ? (rest as NetworkJson) : { ...rest, style }, 'style');
	}

	go(index: number): void {
		this.step = clamp(index, this.total);
	}
	next(): void {
		this.go(this.step + 1);
	}
	prev(): void {
		this.go(this.step - 1);
	}
	first(): void {
		this.go(0);
	}
	last(): void {
		this.go(this.total - 1);
	}
	goPhase(phase: Phase): void {
		const start = this.phaseStarts[phase];
		if (start !== undefined) this.go(start);
	}

	/** The number behind an editable diagram element, or null (./leaf-at.ts). */
	leafAt(key: string): EditableLeaf | null {
		return leafAt(this.network, this.json, this.trace, this.scene.sample ?? 1, key);
	}

	/** Sets the number behind a diagram element; returns the refusal reason, or null when applied. */
	editAt(key: string, value: number): string | null {
		const found = this.leafAt(key);
		if (!found) return null;
		return this.apply(setLeaf(this.json, found.leaf, value), found.id) ? null : (this.refusal?.reason ?? null);
	}

	/** The file as text for saving, exactly as shown (rounding included). */
	fileText(): string {
		return networkToText(validateNetwork(this.effectiveJson));
	}

	/** A stable name for downloads: the title, or "network". */
	fileStem(): string {
		const title = this.network.title ?? 'network';
		const stem = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
		return stem === '' ? 'network' : stem.slice(0, 60);
	}
}

/** "2-2-2|none,none": layer sizes and how each layer gives its biases. */
export function shapeOf(net: Network): string {
	const sizes = [net.input.size, ...net.layers.map((l) => l.size)];
	const biases = net.layers.map((l): BiasKind => (l.biases === null ? 'none' : typeof l.biases === 'number' ? 'shared' : 'each'));
	return `${sizes.join('-')}|${biases.join(',')}`;
}

export function parseShape(shape: string): { sizes: number[]; biases: BiasKind[] } {
	const [sizes, biases] = shape.split('|');
	return { sizes: sizes.split('-').map(Number), biases: biases === '' ? [] : (biases.split(',') as BiasKind[]) };
}

/** The message of a user's mistake; anything else is a bug, logged and reported briefly. */
function reasonOf(e: unknown): string {
	if (isInputError(e)) return e.message;
	console.error(e);
	return e instanceof Error ? e.message : String(e);
}

export function clamp(index: number, total: number): number {
	if (!Number.isFinite(index) || total <= 0) return 0;
	return Math.max(0, Math.min(total - 1, Math.trunc(index)));
}

export function phaseStarts(runs: PhaseRuns): Partial<Record<Phase, number>> {
	const out: Partial<Record<Phase, number>> = {};
	runs.phases.forEach((phase, k) => {
		if (out[phase] === undefined) out[phase] = runs.starts[k];
	});
	return out;
}

export type { Lang };
