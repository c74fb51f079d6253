// Where each weight label, and each bias tag drawn small at rest, is drawn at one step. The layout
// gives every edge a resting place for its label; a step then shows the labels of the edges and the
// tags of the biases it writes or reads, and they must not cover one another nor a neuron, its
// value, a tag or the loss. Highlighted ones are placed first (the current step's, then those it
// reads), each at the free point nearest its resting place (along its edge; around its neuron for a
// bias); one it reads with no free place, and a resting label one of them would cover, are left
// out for this step.

import { TAG_BOX, type Layout, type Point } from './layout';
import type { Mark, ParamView, Scene } from './scene';
import { labelWidthChars } from './text';

interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** A label's box around its centre: one line 18 px high, two with a gradient or new value. */
export function edgeLabelRect(at: Point, width: number, twoLines: boolean): Rect {
	return { x0: at.x - width / 2, x1: at.x + width / 2, y0: at.y - 12, y1: at.y + (twoLines ? 19 : 6) };
}

/** A weight label's width: the minimum box, wider for long text (about 7 px a character at 14 px). */
export function edgeLabelWidth(chars: number, min: number): number {
	return Math.max(min, Math.round(chars * 7 + 14));
}

const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** Neurons with their names, values and δ lines; targets, the loss and ellipsis rows. */
function fixedObstacles(layout: Layout, scene: Scene): Rect[] {
	const { r } = layout;
	const half = Math.max(r + 2, 30);
	return [
		...layout.nodes.flatMap((n) => {
			// A name wider than its circle (a[10]_51 in a small one) reaches past it.
			const name = Math.max(r + 2, labelWidthChars(scene.nodes[n.key]?.label ?? '') * 5.2 + 6);
			return layout.nodeValues
				? [{ x0: n.x - Math.max(half, name), x1: n.x + Math.max(half, name), y0: n.y - r - 2, y1: n.y + r + 36 }]
				: // Rows too close for values below: the neuron and its name, its value and δ to its left.
					[
						{ x0: n.x - name, x1: n.x + name, y0: n.y - Math.max(r + 2, 10), y1: n.y + Math.max(r + 2, 10) },
						{ x0: n.x - r - 5 - QUIET_VALUE_WIDTH, x1: n.x - r, y0: n.y - 14, y1: n.y + 21 }
					];
		}),
		...layout.targets.map((t) => ({ x0: t.x - 34, x1: t.x + 46, y0: t.y - 13, y1: t.y + 13 })),
		{ x0: layout.loss.x - 44, x1: layout.loss.x + 44, y0: layout.loss.y - 18, y1: layout.loss.y + 18 },
		...layout.gaps.map((g) => ({ x0: g.x - 16, x1: g.x + 16, y0: g.y - 16, y1: g.y + 16 }))
	];
}

/** Room left of a neuron for its value and δ where rows are too close to write them below. */
export const QUIET_VALUE_WIDTH = 56;

/** A bias tag's box around its centre, with its second line (gradient or new value) above. */
function tagRect(at: Point, view: ParamView | undefined): Rect {
	const above = view && (view.gradient != null || view.updated != null) ? 14 : 0;
	return { x0: at.x - TAG_BOX.width / 2, x1: at.x + TAG_BOX.width / 2, y0: at.y - TAG_BOX.height / 2 - above, y1: at.y + TAG_BOX.height / 2 };
}

/** Bias tags drawn whole at rest, and the small markers of the others. */
function biasObstacles(layout: Layout, scene: Scene): Rect[] {
	return layout.biases.map((b) =>
		layout.biasesShown ? tagRect(b, scene.biases[b.key]) : { x0: b.x - 5, x1: b.x + 5, y0: b.y - 5, y1: b.y + 5 }
	);
}

/** Places around a small bias marker to try for its whole tag: right of it first, then above and below. */
function tagCandidates(at: Point): Point[] {
	const right = at.x + TAG_BOX.width / 2 + 6;
	const out: Point[] = [];
	for (const dy of [0, -12, 12, -24, 24, -36, 36]) out.push({ x: right, y: at.y + dy });
	for (const dy of [-20, 20, -34, 34]) out.push({ x: at.x, y: at.y + dy });
	return out;
}

/** Points along an edge to try, nearest the resting place first; then just above or below it. */
function candidates(from: Point, to: Point, rest: Point): Point[] {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const len2 = dx * dx + dy * dy || 1;
	const t0 = Math.min(0.9, Math.max(0.1, ((rest.x - from.x) * dx + (rest.y - from.y) * dy) / len2));
	const ts = [t0];
	for (let d = 0.025; d <= 0.8; d += 0.025) ts.push(t0 - d, t0 + d);
	const on = ts.filter((t) => t >= 0.08 && t <= 0.92).map((t) => ({ x: from.x + dx * t, y: from.y + dy * t }));
	return [...on, ...[-17, 17, -30, 30].flatMap((off) => on.map((p) => ({ x: p.x, y: p.y + off })))];
}

const ORDER: Record<Exclude<Mark, null>, number> = { current: 0, reads: 1 };

interface Wanted {
	key: string;
	mark: Exclude<Mark, null>;
	/** Where it may go, best first, and its box there. */
	spots: Point[];
	rect: (at: Point) => Rect;
}

/**
 * The centre of every weight label drawn at this step, and of every bias tag drawn whole away from
 * its small marker (element key → point); weight labels not in the map are not drawn, and biases
 * not in it stay as the layout has them. `chars(view)` is the length of a weight label's text.
 */
export function placeLabels(layout: Layout, scene: Scene, chars: (view: ParamView) => number): Map<string, Point> {
	const placed = new Map<string, Point>();
	const taken: Rect[] = [];
	const blocked = [...fixedObstacles(layout, scene), ...biasObstacles(layout, scene)];
	const rectOf = (view: ParamView, at: Point) => edgeLabelRect(at, edgeLabelWidth(chars(view), layout.labelBox.width), view.gradient != null || view.updated != null);

	const wanted: Wanted[] = [];
	for (const e of layout.edges) {
		const view = scene.edges[e.key];
		if (view?.mark) wanted.push({ key: e.key, mark: view.mark, spots: candidates(e.from, e.to, e.label), rect: (at) => rectOf(view, at) });
	}
	if (!layout.biasesShown) {
		for (const b of layout.biases) {
			const view = scene.biases[b.key];
			if (view?.mark) wanted.push({ key: b.key, mark: view.mark, spots: tagCandidates(b), rect: (at) => tagRect(at, view) });
		}
	}
	wanted.sort((a, b) => ORDER[a.mark] - ORDER[b.mark]);
	for (const w of wanted) {
		// Only what lies near this label's places can touch it.
		const rects = w.spots.map((at) => w.rect(at));
		if (rects.length === 0) continue;
		const reach = rects.reduce((u, q) => ({ x0: Math.min(u.x0, q.x0), y0: Math.min(u.y0, q.y0), x1: Math.max(u.x1, q.x1), y1: Math.max(u.y1, q.y1) }));
		const near = [...blocked, ...taken].filter((q) => overlap(q, reach) > 0);
		let best: { at: Point; rect: Rect; cost: number } | null = null;
		for (let k = 0; k < rects.length; k++) {
			let cost = 0;
			for (const q of near) cost += overlap(rects[k], q);
			if (!best || cost < best.cost) best = { at: w.spots[k], rect: rects[k], cost };
			if (cost === 0) break;
		}
		// A label it reads with no free place is left to its edge's colour and width (its value is in
		// the derivation and the edge's tooltip); the current step's label is always drawn.
		if (!best || (best.cost > 0 && w.mark === 'reads')) continue;
		placed.set(w.key, best.at);
		taken.push(best.rect);
	}
	// Resting labels stay where the layout put them, unless a highlighted one is there now.
	for (const e of layout.edges) {
		if (!e.labelShown || placed.has(e.key)) continue;
		const view = scene.edges[e.key];
		if (!view) continue;
		const rect = rectOf(view, e.label);
		if (taken.some((q) => overlap(rect, q) > 0) || blocked.some((q) => overlap(rect, q) > 0)) continue;
		placed.set(e.key, e.label);
		taken.push(rect);
	}
	return placed;
}
