// The D3 drawing of the diagram. `drawStatic` builds every element once per layout (network shape);
// `updateDrawing` then changes only what differs between two scenes (values, marks, edge styles),
// with short transitions. All text goes through textContent (d3's .text), never markup.

import { select, type Selection } from 'd3';
import type { Describe } from '$lib/view/diagram/describe';
import 'd3-transition';
import type { Rounding } from '$lib/engine/spec/types';
import { translate, type Drawing, type G, type T } from './build';
import type { Mark, NodeView, ParamView, Scene, TargetView } from '$lib/view/diagram/scene';
import { edgeStyle } from '$lib/view/diagram/style';
import { formatValue, labelPlain, labelRuns, labelWidthChars } from '$lib/view/diagram/text';
import { edgeLabelWidth, placeLabels as placeAll } from '$lib/view/diagram/place-labels';
import { describeGaps } from './gaps';

export { drawStatic, type Drawing } from './build';
export { redrawLayout } from './relayout';
export type { Describe };

const DURATION = 220;

/** Writes a TeX label as text runs, sub- and superscripts as shifted <tspan>s. */
function writeLabel(text: T, tex: string): void {
	text.selectAll('tspan').remove();
	text.text(null);
	for (const run of labelRuns(tex)) {
		const span = text.append('tspan').text(run.text);
		if (run.shift) span.attr('class', run.shift).attr('baseline-shift', run.shift === 'sub' ? '-28%' : '38%');
	}
}


function setMark(g: G, mark: Mark): void {
	g.classed('current', mark === 'current').classed('reads', mark === 'reads');
}

/** Fades a text in when it newly gets a value; writes it at once otherwise. */
function setText(text: T | undefined, value: string | null, animate: boolean): void {
	if (!text) return;
	const before = text.text();
	const after = value ?? '';
	if (before === after) return;
	text.text(after);
	if (animate && before === '' && after !== '') {
		text.attr('opacity', 0).transition().duration(DURATION).attr('opacity', 1);
	}
}

function same<V extends object>(a: V | undefined, b: V): boolean {
	if (!a) return false;
	for (const k of Object.keys(b) as (keyof V)[]) if (a[k] !== b[k]) return false;
	return true;
}

/** Widens a label's box past its default for long text. */
function fitBox(g: G, chars: number, min: number): void {
	const width = edgeLabelWidth(chars, min);
	g.select('rect').attr('x', -width / 2).attr('width', width);
}

/** The length of a weight label's text: its name, a space and its value. */
const labelChars = (view: ParamView, fmt: (x: number | null) => string | null) => labelWidthChars(view.label) + 1 + (fmt(view.value) ?? '').length;

/**
 * Shows the weight labels this step draws, each where it was placed, and hides the rest; moves a
 * highlighted bias drawn small at rest to where its whole tag has room, and back afterwards.
 */
function placeLabels(d: Drawing, scene: Scene, fmt: (x: number | null) => string | null): void {
	const next = placeAll(d.layout, scene, (view) => labelChars(view, fmt));
	const g = (key: string) => (d.items.get(`${key}:label`) ?? d.items.get(key))?.g;
	for (const [key, at] of next) {
		const before = d.labelsAt.get(key);
		if (before && before.x === at.x && before.y === at.y) continue;
		g(key)?.classed('shown', true).attr('transform', translate(at));
	}
	for (const key of d.labelsAt.keys()) {
		if (next.has(key)) continue;
		g(key)?.classed('shown', false);
		const bias = d.layout.biases.find((b) => b.key === key);
		if (bias) g(key)?.attr('transform', translate(bias));
	}
	d.labelsAt = next;
}

const ANIMATED_AT_MOST = 24;

/** What a parameter shows under its value: its new value once updated, else its gradient once known. */
export function secondLine(view: ParamView, fmt: (x: number | null) => string | null): string | null {
	if (view.updated != null) return `→ ${fmt(view.updated)}`;
	if (view.gradient != null) return `∇ ${fmt(view.gradient)}`;
	return null;
}

/** What every element's writer needs to know of the step. */
interface Writing {
	d: Drawing;
	fmt: (x: number | null) => string | null;
	describe: Describe;
	animate: boolean;
	maxWeight: number;
}

function writeNode({ d, fmt, describe, animate }: Writing, key: string, view: NodeView, before: NodeView | undefined): void {
	const it = d.items.get(key);
	if (!it) return;
	const input = key.startsWith('n0-');
	if (before?.label !== view.label) writeLabel(it.main!, view.label);
	setMark(it.g, view.mark);
	it.g.classed('known', view.value != null);
	// An input is a button named "input x1 = 0.50": a space before its value keeps the visible text
	// ("x1 0.50", not "x10.50") inside that name for assistive tech and checkers (SVG drops the space).
	const shown = fmt(view.value);
	setText(it.value, input && shown ? ` ${shown}` : shown, animate);
	setText(it.extra, view.delta == null ? null : `δ ${fmt(view.delta)}`, animate);
	const name = labelPlain(view.label);
	const label = input ? describe.input(name, fmt(view.value) ?? '') : describe.neuron(name, fmt(view.value), fmt(view.delta), view.dropped);
	it.g.attr('aria-label', label);
	it.title.text(label);
	it.g.classed('quiet', !d.layout.nodeValues);
	it.g.classed('dropped', view.dropped);
}

function writeEdge({ d, fmt, describe, animate, maxWeight }: Writing, key: string, view: ParamView, before: ParamView | undefined): void {
	const it = d.items.get(key);
	const lab = d.items.get(`${key}:label`);
	if (!it || !lab) return; // an edge of a neuron not drawn (a collapsed layer)
	const style = edgeStyle(view.value, maxWeight);
	it.g.attr('class', `edge ${style.sign}`);
	setMark(it.g, view.mark);
	if (animate) it.path!.transition().duration(DURATION).attr('stroke-width', style.width).attr('stroke-dasharray', style.dash);
	else it.path!.attr('stroke-width', style.width).attr('stroke-dasharray', style.dash);
	setMark(lab.g, view.mark);
	const name = labelPlain(view.label);
	if (before?.label !== view.label) {
		writeLabel(lab.main!, view.label);
		lab.main!.append('tspan').attr('class', 'num');
	}
	lab.main!.select('tspan.num').text(` ${fmt(view.value)}`);
	fitBox(lab.g, labelChars(view, fmt), d.layout.labelBox.width);
	// Second line: the gradient in the backward pass, the new value once updated (short enough
	// to fit at full precision; the derivation shows both).
	lab.g.classed('has-grad', view.gradient != null || view.updated != null);
	const second = secondLine(view, fmt);
	setText(lab.extra, second, animate);
	lab.g.attr('aria-label', describe.param('weight', name, fmt(view.value)!, fmt(view.gradient), fmt(view.updated), second));
	const tooltip = describe.param('weight', name, fmt(view.value)!, fmt(view.gradient), fmt(view.updated));
	lab.title.text(tooltip);
	it.title.text(tooltip);
}

function writeBias({ d, fmt, describe, animate }: Writing, key: string, view: ParamView): void {
	const it = d.items.get(key);
	if (!it) return;
	setMark(it.g, view.mark);
	const name = labelPlain(view.label);
	writeLabel(it.main!, view.label);
	it.main!.append('tspan').text(` ${fmt(view.value)}`);
	const second = secondLine(view, fmt);
	setText(it.extra, second, animate);
	it.g.attr('aria-label', describe.param('bias', name, fmt(view.value)!, fmt(view.gradient), fmt(view.updated), second));
	it.title.text(describe.param('bias', name, fmt(view.value)!, fmt(view.gradient), fmt(view.updated)));
}

function writeTarget({ d, fmt, describe }: Writing, key: string, view: TargetView): void {
	const it = d.items.get(key);
	if (!it) return;
	setMark(it.g, view.mark);
	writeLabel(it.main!, view.label);
	it.main!.append('tspan').text(` ${fmt(view.value)}`);
	const text = describe.target(labelPlain(view.label), fmt(view.value)!);
	it.g.attr('aria-label', text);
	it.title.text(text);
}

function writeLoss({ d, fmt, describe }: Writing, loss: Scene['loss']): void {
	const it = d.items.get('E')!;
	setMark(it.g, loss.mark);
	it.g.classed('known', loss.value != null);
	it.main!.text(`E = ${fmt(loss.value) ?? '?'}`);
	const text = describe.loss(fmt(loss.value));
	it.g.attr('aria-label', text);
	it.title.text(text);
}

/**
 * Writes what changed since the drawing last showed a step; `anew` (a new drawing, another language
 * or rounding), everything. The step's own elements (marked, or with their label drawn) and the
 * loss are written at once, the rest a slice per frame (./slices.ts).
 */
export function updateDrawing(d: Drawing, scene: Scene, anew: boolean, rounding: Rounding | null, describe: Describe, animate: boolean): void {
	if (anew) d.written.clear();
	const fresh = d.written.size === 0;
	const w: Writing = { d, fmt: (x) => (x == null ? null : formatValue(x, rounding)), describe, animate, maxWeight: scene.maxWeight };
	if (anew || d.gapsFresh) describeGaps(select(d.svg), d.layout, describe);
	d.gapsFresh = false;
	placeLabels(d, scene, w.fmt);

	const urgent: (() => void)[] = [];
	const rest: (() => void)[] = [];
	const add = <V extends object>(key: string, view: V, write: (before: V | undefined) => void, kind: 'edge' | 'loss' | null = null) => {
		const before = d.written.get(key);
		if (before && same(before.view as V, view) && (kind !== 'edge' || before.maxWeight === w.maxWeight)) return;
		const job = () => {
			write(before?.view as V | undefined);
			d.written.set(key, { view, maxWeight: w.maxWeight });
		};
		const mark = (view as { mark?: Mark }).mark;
		(mark || kind === 'loss' || d.labelsAt.has(key) ? urgent : rest).push(job);
	};
	for (const [key, view] of Object.entries(scene.nodes)) add(key, view, (b) => writeNode(w, key, view, b));
	for (const [key, view] of Object.entries(scene.biases)) add(key, view, () => writeBias(w, key, view));
	for (const [key, view] of Object.entries(scene.targets)) add(key, view, () => writeTarget(w, key, view));
	for (const [key, view] of Object.entries(scene.edges)) add(key, view, (b) => writeEdge(w, key, view, b), 'edge');
	add('E', scene.loss, () => writeLoss(w, scene.loss), 'loss');
	// A step changes a few elements and they fade in; a jump (End, the slider) may change hundreds,
	// which are written at once: animating them costs frames and shows nothing one can follow.
	w.animate &&= urgent.length + rest.length <= ANIMATED_AT_MOST;
	// A new drawing is written whole: the page is opening anyway.
	if (fresh) d.writer.run([...urgent, ...rest], []);
	else d.writer.run(urgent, rest);
}

/** The element key each drawing has marked as hovered. */
const hoveredOf = new WeakMap<Drawing, string>();

/** Marks the element a hovered chain-rule factor stands for (and clears the previous one). */
export function setHovered(d: Drawing, key: string | null): void {
	const before = hoveredOf.get(d);
	if (before !== undefined) for (const k of [before, `${before}:label`]) d.items.get(k)?.g.classed('ref', false);
	if (key === null) return void hoveredOf.delete(d);
	for (const k of [key, `${key}:label`]) d.items.get(k)?.g.classed('ref', true);
	hoveredOf.set(d, key);
}
