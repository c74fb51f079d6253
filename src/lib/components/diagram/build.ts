// Building the diagram's elements for a layout: every neuron, edge, weight label, bias tag, target
// and the loss, once per network shape (drawStatic); and moving them to another layout of the same
// network, where only the neurons drawn of a wide layer changed (redrawLayout). Values and marks are
// written per step by ./draw.ts.

import { select, type Selection } from 'd3';
import { TAG_BOX, type EdgeBox, type Layout, type NodeBox, type Point, type TagBox } from '$lib/view/diagram/layout';
import { drawGaps } from './gaps';

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
}

export function editable(g: G, key: string, anchor: Point, handlers: Handlers): void {
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

export interface Groups {
	edgesG: G;
	nodesG: G;
	labelsG: G;
}

function addEdge(d: Drawing, { edgesG, labelsG }: Groups, e: EdgeBox, handlers: Handlers): void {
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
	bindEdge(d, e, handlers);
}

/** An edge and its label open the editor at the label's resting place. */
function bindEdge(d: Drawing, e: EdgeBox, handlers: Handlers): void {
	editable(d.items.get(`${e.key}:label`)!.g, e.key, e.label, handlers);
	d.items.get(e.key)!.g.on('click', () => handlers.edit(e.key, e.label));
}

function addNode(d: Drawing, { nodesG }: Groups, n: NodeBox, handlers: Handlers): void {
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
	bindNode(d, n, handlers);
}

function bindNode(d: Drawing, n: NodeBox, handlers: Handlers): void {
	if (n.l === 0) editable(d.items.get(n.key)!.g, n.key, { x: n.x, y: n.y + d.layout.r + 12 }, handlers);
}

function addBias(d: Drawing, { nodesG }: Groups, b: TagBox, handlers: Handlers): void {
	const g = nodesG.append('g').attr('class', 'bias').classed('compact', !d.layout.biasesShown).attr('data-key', b.key).attr('transform', `translate(${b.x},${b.y})`);
	const title = g.append('title');
	g.append('rect').attr('x', -TAG_BOX.width / 2).attr('y', -TAG_BOX.height / 2).attr('width', TAG_BOX.width).attr('height', TAG_BOX.height).attr('rx', 4);
	const main = g.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
	const extra = g.append('text').attr('class', 'extra grad').attr('text-anchor', 'middle').attr('y', -14);
	editable(g, b.key, b, handlers);
	d.items.set(b.key, { g, title, main, extra });
}

function addTarget(d: Drawing, { nodesG }: Groups, t: TagBox, handlers: Handlers): void {
	const g = nodesG.append('g').attr('class', 'target').attr('data-key', t.key).attr('transform', `translate(${t.x},${t.y})`);
	const title = g.append('title');
	g.append('rect').attr('x', -34).attr('y', -13).attr('width', 80).attr('height', 26).attr('rx', 5);
	const main = g.append('text').attr('x', 6).attr('text-anchor', 'middle').attr('dy', '0.35em');
	editable(g, t.key, t, handlers);
	d.items.set(t.key, { g, title, main });
}

/** The dotted lines from the output neurons to their targets, under the neurons. */
function drawTargetLinks({ nodesG }: Groups, layout: Layout): void {
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
	const d: Drawing = { svg: svgEl, layout, items: new Map(), labelsAt: new Map(), groups, gapsFresh: true };
	for (const e of layout.edges) addEdge(d, groups, e, handlers);
	drawTargetLinks(groups, layout);
	for (const n of layout.nodes) addNode(d, groups, n, handlers);
	for (const b of layout.biases) addBias(d, groups, b, handlers);
	drawGaps(groups.nodesG, layout, handlers.expand);
	for (const t of layout.targets) addTarget(d, groups, t, handlers);
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

/**
 * Moves a drawing to a layout of the same network with other neurons drawn (a wide layer's
 * current neuron changed): elements kept are moved, new ones added, the rest removed, so that
 * stepping through a wide network does not rebuild the diagram. Returns false, having done
 * nothing, where the layouts differ in more than that (then draw it anew).
 */
export function redrawLayout(d: Drawing, layout: Layout, handlers: Handlers): boolean {
	const old = d.layout;
	if (old.r !== layout.r || old.nodeValues !== layout.nodeValues || old.biasesShown !== layout.biasesShown || old.width !== layout.width) return false;
	d.layout = layout;
	select(d.svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
	const keep = new Set<string>(['E']);
	const at = (key: string, p: Point) => d.items.get(key)!.g.attr('transform', translate(p));
	for (const e of layout.edges) {
		keep.add(e.key).add(`${e.key}:label`);
		if (!d.items.has(e.key)) addEdge(d, d.groups, e, handlers);
		else {
			d.items.get(e.key)!.path!.attr('d', e.path);
			bindEdge(d, e, handlers);
			if (!d.labelsAt.has(e.key)) at(`${e.key}:label`, e.label);
		}
	}
	for (const n of layout.nodes) {
		keep.add(n.key);
		if (!d.items.has(n.key)) addNode(d, d.groups, n, handlers);
		else (at(n.key, n), bindNode(d, n, handlers));
	}
	for (const b of layout.biases) {
		keep.add(b.key);
		if (!d.items.has(b.key)) addBias(d, d.groups, b, handlers);
		else if (!d.labelsAt.has(b.key)) editable(at(b.key, b), b.key, b, handlers);
		else editable(d.items.get(b.key)!.g, b.key, b, handlers);
	}
	for (const t of layout.targets) {
		keep.add(t.key);
		if (!d.items.has(t.key)) addTarget(d, d.groups, t, handlers);
		else editable(at(t.key, t), t.key, t, handlers);
	}
	at('E', layout.loss);
	for (const [key, item] of d.items) {
		if (keep.has(key)) continue;
		item.g.remove();
		d.items.delete(key);
		d.labelsAt.delete(key.replace(/:label$/, ''));
	}
	// Document order is the order of Tab and of screen readers: as drawStatic has it.
	for (const e of layout.edges) d.items.get(`${e.key}:label`)!.g.raise();
	for (const n of layout.nodes) d.items.get(n.key)!.g.raise();
	for (const b of layout.biases) d.items.get(b.key)!.g.raise();
	d.groups.nodesG.selectAll('g.gap').remove();
	drawGaps(d.groups.nodesG, layout, handlers.expand);
	for (const t of layout.targets) d.items.get(t.key)!.g.raise();
	d.items.get('E')!.g.raise();
	drawTargetLinks(d.groups, layout);
	d.gapsFresh = true;
	return true;
}

