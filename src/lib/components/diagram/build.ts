// Building the diagram's elements for a layout: every neuron, edge, weight label, bias tag, target
// and the loss, once per network shape (drawStatic). ./relayout.ts moves them to another layout of
// the same network; values and marks are written per step by ./draw.ts.

import { select, type Selection } from 'd3';
import { TAG_BOX, type EdgeBox, type Layout, type NodeBox, type Point, type TagBox } from '$lib/view/diagram/layout';
import { drawGaps } from './gaps';
import { SliceWriter } from './slices';

export type G = Selection<SVGGElement, unknown, null, undefined>;
export type T = Selection<SVGTextElement, unknown, null, undefined>;

export const translate = (at: Point) => `translate(${Math.round(at.x * 10) / 10},${Math.round(at.y * 10) / 10})`;

export interface Handlers {
	/** A weight, bias, input or target was chosen for editing (click, Enter or Space). */
	edit(key: string, anchor: Point): void;
	/** An ellipsis row was chosen: draw its layer whole. */
	expand?(l: number): void;
}

export interface Item {
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
	/** Where each weight label is drawn now (absent: not drawn). */
	labelsAt: Map<string, Point>;
	groups: Groups;
	/** The ellipsis rows were drawn anew and have no names yet. */
	gapsFresh: boolean;
	/** What each element shows now, as the view it was written from (./draw.ts). */
	written: Map<string, Written>;
	/** Writes a step's changes, the urgent ones at once and the rest over the next frames. */
	writer: SliceWriter;
	/** Called when the last of a step's changes has been written. */
	onSettled: (() => void) | null;
	/** Where the editor opens for each editable element, in the layout drawn now. */
	anchors: Map<string, Point>;
}

export interface Written {
	view: object;
	/** The largest weight an edge's width was scaled to. */
	maxWeight: number;
}

/** Edit anchors: an edge's label at rest, below an input, a bias tag or a target. */
export function anchorsOf(layout: Layout): Map<string, Point> {
	const at = new Map<string, Point>();
	for (const e of layout.edges) at.set(e.key, e.label);
	for (const n of layout.nodes) if (n.l === 0) at.set(n.key, { x: n.x, y: n.y + layout.r + 12 });
	for (const b of layout.biases) at.set(b.key, b);
	for (const t of layout.targets) at.set(t.key, t);
	return at;
}

/** Opens the editor for `key` where the drawing's current layout has it. */
function edit(d: Drawing, key: string, handlers: Handlers): void {
	const anchor = d.anchors.get(key);
	if (anchor) handlers.edit(key, anchor);
}

/** Click, Enter or Space opens the editor; bound once, the anchor is looked up when chosen. */
function editable(d: Drawing, g: G, key: string, handlers: Handlers): void {
	g.attr('tabindex', 0)
		.attr('role', 'button')
		.classed('editable', true)
		.on('click', () => edit(d, key, handlers))
		.on('keydown', (event: KeyboardEvent) => {
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				event.stopPropagation();
				edit(d, key, handlers);
			}
		});
}

export interface Groups {
	edgesG: G;
	nodesG: G;
	labelsG: G;
}

export function addEdge(d: Drawing, e: EdgeBox, handlers: Handlers): void {
	const { edgesG, labelsG } = d.groups;
	const g = edgesG.append('g').attr('class', 'edge').attr('data-key', e.key);
	const path = g.append('path').attr('d', e.path);
	const title = g.append('title');
	d.items.set(e.key, { g, path, title });
	const lg = labelsG.append('g').attr('class', 'edge-label').attr('data-key', e.key).attr('transform', `translate(${e.label.x},${e.label.y})`);
	const ltitle = lg.append('title');
	lg.append('rect').attr('x', -d.layout.labelBox.width / 2).attr('y', -12).attr('width', d.layout.labelBox.width).attr('height', 18).attr('rx', 4);
	const main = lg.append('text').attr('class', 'main').attr('text-anchor', 'middle').attr('y', 2);
	const extra = lg.append('text').attr('class', 'extra grad').attr('text-anchor', 'middle').attr('y', 15);
	d.items.set(`${e.key}:label`, { g: lg, title: ltitle, main, extra });
	// An edge and its label open the editor at the label's resting place.
	editable(d, lg, e.key, handlers);
	g.on('click', () => edit(d, e.key, handlers));
}

export function addNode(d: Drawing, n: NodeBox, handlers: Handlers): void {
	const { nodesG } = d.groups;
	const { r } = d.layout;
	const g = nodesG.append('g').attr('class', n.l === 0 ? 'node input' : 'node').attr('data-key', n.key).attr('transform', `translate(${n.x},${n.y})`);
	const title = g.append('title');
	g.append('circle').attr('r', r);
	const main = g.append('text').attr('class', 'label').attr('text-anchor', 'middle').attr('dy', '0.35em');
	// Values below the neuron; where rows are too close, to its left (../view/diagram/place-labels.ts).
	const [anchor, vx, vy, dy] = d.layout.nodeValues ? ['middle', 0, r + 16, r + 31] : ['end', -r - 5, 2, 15];
	const value = g.append('text').attr('class', 'value').attr('text-anchor', anchor).attr('x', vx).attr('y', vy);
	const extra = g.append('text').attr('class', 'extra delta').attr('text-anchor', anchor).attr('x', vx).attr('y', dy);
	if (n.l !== 0) g.attr('role', 'img').attr('tabindex', 0);
	d.items.set(n.key, { g, title, main, value, extra });
	if (n.l === 0) editable(d, g, n.key, handlers);
}

export function addBias(d: Drawing, b: TagBox, handlers: Handlers): void {
	const { nodesG } = d.groups;
	const g = nodesG.append('g').attr('class', 'bias').classed('compact', !d.layout.biasesShown).attr('data-key', b.key).attr('transform', `translate(${b.x},${b.y})`);
	const title = g.append('title');
	g.append('rect').attr('x', -TAG_BOX.width / 2).attr('y', -TAG_BOX.height / 2).attr('width', TAG_BOX.width).attr('height', TAG_BOX.height).attr('rx', 4);
	const main = g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
	const extra = g.append('text').attr('class', 'extra grad').attr('text-anchor', 'middle').attr('y', -14);
	editable(d, g, b.key, handlers);
	d.items.set(b.key, { g, title, main, extra });
}

export function addTarget(d: Drawing, t: TagBox, handlers: Handlers): void {
	const { nodesG } = d.groups;
	const g = nodesG.append('g').attr('class', 'target').attr('data-key', t.key).attr('transform', `translate(${t.x},${t.y})`);
	const title = g.append('title');
	g.append('rect').attr('x', -34).attr('y', -13).attr('width', 80).attr('height', 26).attr('rx', 5);
	const main = g.append('text').attr('x', 6).attr('text-anchor', 'middle').attr('dy', '0.35em');
	editable(d, g, t.key, handlers);
	d.items.set(t.key, { g, title, main });
}

/** The dotted lines from the output neurons to their targets, under the neurons. */
export function drawTargetLinks({ nodesG }: Groups, layout: Layout): void {
	nodesG.selectAll('path.target-link').remove();
	for (const t of [...layout.targets].reverse()) {
		const node = layout.nodes.find((n) => n.l === t.l && n.j === t.j)!;
		nodesG.insert('path', ':first-child').attr('class', 'target-link').attr('d', `M${node.x + layout.r},${node.y}L${t.x - 34},${t.y}`);
	}
}

export function drawStatic(svgEl: SVGSVGElement, layout: Layout, handlers: Handlers): Drawing {
	const svg = select(svgEl);
	svg.selectAll('*').remove();
	svg.attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
	// Everything in one group, which zoom and pan move (./zoom.ts); labels above the neurons: a
	// highlighted label in a dense network may sit over one.
	const view = svg.append('g').attr('class', 'viewport');
	const groups: Groups = {
		edgesG: view.append('g').attr('class', 'edges'),
		nodesG: view.append('g').attr('class', 'nodes'),
		labelsG: view.append('g').attr('class', 'edge-labels')
	};
	// While later frames still have values to write, the diagram says it is busy (aria-busy).
	const writer = new SliceWriter((busy) => {
		if (busy) return svgEl.setAttribute('aria-busy', 'true');
		svgEl.removeAttribute('aria-busy');
		d.onSettled?.();
	});
	const d: Drawing = { svg: svgEl, layout, items: new Map(), labelsAt: new Map(), groups, gapsFresh: true, written: new Map(), writer, onSettled: null, anchors: anchorsOf(layout) };
	for (const e of layout.edges) addEdge(d, e, handlers);
	drawTargetLinks(groups, layout);
	for (const n of layout.nodes) addNode(d, n, handlers);
	for (const b of layout.biases) addBias(d, b, handlers);
	drawGaps(groups.nodesG, layout, handlers.expand);
	for (const t of layout.targets) addTarget(d, t, handlers);
	{
		const g = groups.nodesG.append('g').attr('class', 'loss').attr('data-key', 'E').attr('transform', `translate(${layout.loss.x},${layout.loss.y})`);
		const title = g.append('title');
		g.append('rect').attr('x', -44).attr('y', -18).attr('width', 88).attr('height', 36).attr('rx', 8);
		const main = g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
		g.attr('role', 'img').attr('tabindex', 0);
		d.items.set('E', { g, title, main });
	}
	return d;
}
