// The D3 drawing of the diagram. `drawStatic` builds every element once per layout (network shape);
// `updateDrawing` then changes only what differs between two scenes (values, marks, edge styles),
// with short transitions. All text goes through textContent (d3's .text), never markup.

import { select, type Selection } from 'd3';
import type { Describe } from '$lib/view/diagram/describe';
import 'd3-transition';
import type { Rounding } from '$lib/engine/spec/types';
import { TAG_BOX, type Layout, type Point } from '$lib/view/diagram/layout';
import type { Mark, NodeView, ParamView, Scene, TargetView } from '$lib/view/diagram/scene';
import { edgeStyle } from '$lib/view/diagram/style';
import { formatValue, labelPlain, labelRuns } from '$lib/view/diagram/text';
import { describeGaps, drawGaps } from './gaps';

type G = Selection<SVGGElement, unknown, null, undefined>;
type T = Selection<SVGTextElement, unknown, null, undefined>;

export type { Describe };

export interface Handlers {
	/** A weight, bias, input or target was chosen for editing (click, Enter or Space). */
	edit(key: string, anchor: Point): void;
	/** An ellipsis row was chosen: draw its layer whole. */
	expand?(l: number): void;
}

interface Item {
	g: G;
	title: Selection<HTMLTitleElement, unknown, null, undefined>;
	main?: T;
	value?: T;
	extra?: T;
	path?: Selection<SVGPathElement, unknown, null, undefined>;
}

export interface Drawing {
	svg: SVGSVGElement;
	layout: Layout;
	items: Map<string, Item>;
}

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

function editable(g: G, key: string, anchor: Point, handlers: Handlers): void {
	g.attr('tabindex', 0)
		.attr('role', 'button')
		.classed('editable', true)
		.on('click', () => handlers.edit(key, anchor))
		.on('keydown', (event: KeyboardEvent) => {
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				event.stopPropagation();
				handlers.edit(key, anchor);
			}
		});
}

export function drawStatic(svgEl: SVGSVGElement, layout: Layout, handlers: Handlers): Drawing {
	const svg = select(svgEl);
	svg.selectAll('*').remove();
	svg.attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
	const items = new Map<string, Item>();
	// Labels above the neurons: a highlighted label in a dense network may sit over one.
	const edgesG = svg.append('g').attr('class', 'edges');
	const nodesG = svg.append('g').attr('class', 'nodes');
	const labelsG = svg.append('g').attr('class', 'edge-labels');
	const { r } = layout;

	for (const e of layout.edges) {
		const g = edgesG.append('g').attr('class', 'edge').attr('data-key', e.key);
		const path = g.append('path').attr('d', e.path);
		const title = g.append('title');
		items.set(e.key, { g, path, title });
	}
	for (const e of layout.edges) {
		const g = labelsG
			.append('g')
			.attr('class', 'edge-label')
			.attr('data-key', e.key)
			.attr('transform', `translate(${e.label.x},${e.label.y})`)
			.classed('at-rest', e.labelShown);
		const title = g.append('title');
		g.append('rect').attr('x', -layout.labelBox.width / 2).attr('y', -12).attr('width', layout.labelBox.width).attr('height', 18).attr('rx', 4);
		const main = g.append('text').attr('class', 'main').attr('text-anchor', 'middle').attr('y', 2);
		const extra = g.append('text').attr('class', 'extra grad').attr('text-anchor', 'middle').attr('y', 15);
		editable(g, e.key, e.label, handlers);
		const item = items.get(e.key)!;
		items.set(`${e.key}:label`, { g, title, main, extra });
		item.g.on('click', () => handlers.edit(e.key, e.label));
	}
	for (const t of layout.targets) {
		const node = layout.nodes.find((n) => n.l === t.l && n.j === t.j)!;
		nodesG.append('path').attr('class', 'target-link').attr('d', `M${node.x + r},${node.y}L${t.x - 34},${t.y}`);
	}
	for (const n of layout.nodes) {
		const g = nodesG.append('g').attr('class', n.l === 0 ? 'node input' : 'node').attr('data-key', n.key).attr('transform', `translate(${n.x},${n.y})`);
		const title = g.append('title');
		g.append('circle').attr('r', r);
		const main = g.append('text').attr('class', 'label').attr('text-anchor', 'middle').attr('dy', '0.35em');
		const value = g.append('text').attr('class', 'value').attr('text-anchor', 'middle').attr('y', r + 16);
		const extra = g.append('text').attr('class', 'extra delta').attr('text-anchor', 'middle').attr('y', r + 31);
		if (n.l === 0) editable(g, n.key, { x: n.x, y: n.y + r + 12 }, handlers);
		else g.attr('role', 'img').attr('tabindex', 0);
		items.set(n.key, { g, title, main, value, extra });
	}
	for (const b of layout.biases) {
		const g = nodesG
			.append('g')
			.attr('class', 'bias')
			.classed('compact', !layout.biasesShown)
			.attr('data-key', b.key)
			.attr('transform', `translate(${b.x},${b.y})`);
		const title = g.append('title');
		g.append('rect').attr('x', -TAG_BOX.width / 2).attr('y', -TAG_BOX.height / 2).attr('width', TAG_BOX.width).attr('height', TAG_BOX.height).attr('rx', 4);
		const main = g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
		const extra = g.append('text').attr('class', 'extra grad').attr('text-anchor', 'middle').attr('y', -14);
		editable(g, b.key, b, handlers);
		items.set(b.key, { g, title, main, extra });
	}
	drawGaps(nodesG, layout, handlers.expand);
	for (const t of layout.targets) {
		const g = nodesG.append('g').attr('class', 'target').attr('data-key', t.key).attr('transform', `translate(${t.x},${t.y})`);
		const title = g.append('title');
		g.append('rect').attr('x', -34).attr('y', -13).attr('width', 80).attr('height', 26).attr('rx', 5);
		const main = g.append('text').attr('x', 6).attr('text-anchor', 'middle').attr('dy', '0.35em');
		editable(g, t.key, t, handlers);
		items.set(t.key, { g, title, main });
	}
	{
		const g = nodesG.append('g').attr('class', 'loss').attr('data-key', 'E').attr('transform', `translate(${layout.loss.x},${layout.loss.y})`);
		const title = g.append('title');
		g.append('rect').attr('x', -44).attr('y', -18).attr('width', 88).attr('height', 36).attr('rx', 8);
		const main = g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
		g.attr('role', 'img').attr('tabindex', 0);
		items.set('E', { g, title, main });
	}
	return { svg: svgEl, layout, items };
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

/** Widens a label's box past its default for long text (about 7 px a character at 14 px). */
function fitBox(g: G, chars: number, min: number): void {
	const width = Math.max(min, Math.round(chars * 7 + 14));
	g.select('rect').attr('x', -width / 2).attr('width', width);
}

/** What a parameter shows under its value: its new value once updated, else its gradient once known. */
export function secondLine(view: ParamView, fmt: (x: number | null) => string | null): string | null {
	if (view.updated != null) return `→ ${fmt(view.updated)}`;
	if (view.gradient != null) return `∇ ${fmt(view.gradient)}`;
	return null;
}

export function updateDrawing(
	d: Drawing,
	scene: Scene,
	prev: Scene | null,
	rounding: Rounding | null,
	describe: Describe,
	animate: boolean
): void {
	const fmt = (x: number | null) => (x == null ? null : formatValue(x, rounding));
	const { items, layout } = d;
	if (!prev) describeGaps(select(d.svg), layout, describe);
	const maxW = scene.maxWeight;
	const prevMaxW = prev ? prev.maxWeight : -1;

	for (const [key, view] of Object.entries(scene.nodes) as [string, NodeView][]) {
		if (same(prev?.nodes[key], view)) continue;
		const it = items.get(key);
		if (!it) continue;
		const input = key.startsWith('n0-');
		if (prev?.nodes[key]?.label !== view.label) writeLabel(it.main!, view.label);
		setMark(it.g, view.mark);
		it.g.classed('known', view.value != null);
		// An input is a button named "input x1 = 0.50": a space before its value keeps the visible text
		// ("x1 0.50", not "x10.50") inside that name for assistive tech and checkers (SVG drops the space).
		const shown = fmt(view.value);
		setText(it.value, input && shown ? ` ${shown}` : shown, animate);
		setText(it.extra, view.delta == null ? null : `δ ${fmt(view.delta)}`, animate);
		const name = labelPlain(view.label);
		const label = input ? describe.input(name, fmt(view.value) ?? '') : describe.neuron(name, fmt(view.value), fmt(view.delta));
		it.g.attr('aria-label', label);
		it.title.text(label);
		it.g.classed('quiet', !layout.nodeValues);
	}

	for (const [key, view] of Object.entries(scene.edges) as [string, ParamView][]) {
		if (same(prev?.edges[key], view) && maxW === prevMaxW) continue;
		const it = items.get(key);
		const lab = items.get(`${key}:label`);
		if (!it || !lab) continue; // an edge of a neuron not drawn (a collapsed layer)
		const style = edgeStyle(view.value, maxW);
		it.g.attr('class', `edge ${style.sign}`);
		setMark(it.g, view.mark);
		if (animate) it.path!.transition().duration(DURATION).attr('stroke-width', style.width).attr('stroke-dasharray', style.dash);
		else it.path!.attr('stroke-width', style.width).attr('stroke-dasharray', style.dash);
		setMark(lab.g, view.mark);
		const name = labelPlain(view.label);
		if (prev?.edges[key]?.label !== view.label || !prev) {
			writeLabel(lab.main!, view.label);
			lab.main!.append('tspan').attr('class', 'num');
		}
		lab.main!.select('tspan.num').text(` ${fmt(view.value)}`);
		fitBox(lab.g, name.length + 1 + (fmt(view.value) ?? '').length, layout.labelBox.width);
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

	for (const [key, view] of Object.entries(scene.biases) as [string, ParamView][]) {
		if (same(prev?.biases[key], view)) continue;
		const it = items.get(key);
		if (!it) continue;
		setMark(it.g, view.mark);
		const name = labelPlain(view.label);
		writeLabel(it.main!, view.label);
		it.main!.append('tspan').text(` ${fmt(view.value)}`);
		const second = secondLine(view, fmt);
		setText(it.extra, second, animate);
		it.g.attr('aria-label', describe.param('bias', name, fmt(view.value)!, fmt(view.gradient), fmt(view.updated), second));
		it.title.text(describe.param('bias', name, fmt(view.value)!, fmt(view.gradient), fmt(view.updated)));
	}

	for (const [key, view] of Object.entries(scene.targets) as [string, TargetView][]) {
		if (same(prev?.targets[key], view)) continue;
		const it = items.get(key);
		if (!it) continue;
		setMark(it.g, view.mark);
		writeLabel(it.main!, view.label);
		it.main!.append('tspan').text(` ${fmt(view.value)}`);
		const text = describe.target(labelPlain(view.label), fmt(view.value)!);
		it.g.attr('aria-label', text);
		it.title.text(text);
	}

	if (!same(prev?.loss, scene.loss)) {
		const it = items.get('E')!;
		setMark(it.g, scene.loss.mark);
		it.g.classed('known', scene.loss.value != null);
		it.main!.text(`E = ${fmt(scene.loss.value) ?? '?'}`);
		const text = describe.loss(fmt(scene.loss.value));
		it.g.attr('aria-label', text);
		it.title.text(text);
	}
}

/** Marks the element a hovered chain-rule factor stands for (and clears the previous one). */
export function setHovered(d: Drawing, key: string | null): void {
	for (const [k, it] of d.items) it.g.classed('ref', key !== null && (k === key || k === `${key}:label`));
}
