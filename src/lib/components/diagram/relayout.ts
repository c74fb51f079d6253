// Moving a drawing to another layout of the same network, where only the neurons drawn of a wide
// layer changed (its current neuron did): elements kept are moved, new ones added, the rest
// removed, so that stepping (or scrubbing) through a wide network does not rebuild the diagram.
// Only what differs is touched: rewriting 6,000 attributes, or re-inserting every element to put
// them in order, would cost the browser a restyle and relayout of the whole diagram per step.

import { select } from 'd3';
import type { Layout, Point } from '$lib/view/diagram/layout';
import { addBias, addEdge, addNode, addTarget, anchorsOf, drawTargetLinks, translate, type Drawing, type Handlers } from './build';
import { drawGaps } from './gaps';

/** Puts `wanted` (children of one parent, some just appended) in this order, moving as few as it can. */
function arrange(wanted: Element[]): void {
	for (let i = wanted.length - 2; i >= 0; i--) {
		const el = wanted[i];
		const next = wanted[i + 1];
		if (el.nextElementSibling !== next) next.parentNode!.insertBefore(el, next);
	}
}

const samePoint = (a: Point | undefined, b: Point) => a !== undefined && a.x === b.x && a.y === b.y;

/**
 * Returns false, having done nothing, where the layouts differ in more than the neurons drawn
 * (then draw it anew).
 */
export function redrawLayout(d: Drawing, layout: Layout, handlers: Handlers): boolean {
	const old = d.layout;
	if (old.r !== layout.r || old.nodeValues !== layout.nodeValues || old.biasesShown !== layout.biasesShown || old.width !== layout.width) return false;
	const before = new Map<string, { path?: string; at: Point }>();
	for (const e of old.edges) before.set(e.key, { path: e.path, at: e.label });
	for (const p of [...old.nodes, ...old.biases, ...old.targets]) before.set(p.key, { at: p });
	d.layout = layout;
	d.anchors = anchorsOf(layout);
	if (old.height !== layout.height) select(d.svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
	const keep = new Set<string>(['E']);
	/** Moves an element (an edge's label: `of` is the edge) where it was elsewhere. */
	const moveTo = (key: string, p: Point, of = key) => {
		if (!samePoint(before.get(of)?.at, p)) d.items.get(key)!.g.attr('transform', translate(p));
	};
	for (const e of layout.edges) {
		keep.add(e.key).add(`${e.key}:label`);
		if (!d.items.has(e.key)) addEdge(d, e, handlers);
		else {
			if (before.get(e.key)?.path !== e.path) d.items.get(e.key)!.path!.attr('d', e.path);
			if (!d.labelsAt.has(e.key)) moveTo(`${e.key}:label`, e.label, e.key);
		}
	}
	for (const n of layout.nodes) {
		keep.add(n.key);
		if (!d.items.has(n.key)) addNode(d, n, handlers);
		else moveTo(n.key, n);
	}
	for (const b of layout.biases) {
		keep.add(b.key);
		if (!d.items.has(b.key)) addBias(d, b, handlers);
		else if (!d.labelsAt.has(b.key)) moveTo(b.key, b);
	}
	for (const t of layout.targets) {
		keep.add(t.key);
		if (!d.items.has(t.key)) addTarget(d, t, handlers);
		else moveTo(t.key, t);
	}
	if (!samePoint(old.loss, layout.loss)) d.items.get('E')!.g.attr('transform', translate(layout.loss));
	for (const [key, item] of d.items) {
		if (keep.has(key)) continue;
		item.g.remove();
		d.items.delete(key);
		d.written.delete(key);
		d.labelsAt.delete(key.replace(/:label$/, ''));
	}
	d.groups.nodesG.selectAll('g.gap').remove();
	drawGaps(d.groups.nodesG, layout, handlers.expand);
	// Document order is the order of Tab and of screen readers: as drawStatic has it.
	const el = (key: string) => d.items.get(key)!.g.node()!;
	arrange(layout.edges.map((e) => el(`${e.key}:label`)));
	arrange([
		...layout.nodes.map((n) => el(n.key)),
		...layout.biases.map((b) => el(b.key)),
		...d.groups.nodesG.selectAll<SVGGElement, unknown>('g.gap').nodes(),
		...layout.targets.map((t) => el(t.key)),
		el('E')
	]);
	drawTargetLinks(d.groups, layout);
	d.gapsFresh = true;
	return true;
}
