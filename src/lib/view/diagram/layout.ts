// Where everything sits on the diagram, computed once per network shape (never per step): neuron
// centres in columns, straight edges between the rims of the circles, weight labels placed along
// their edges so that no two overlap, bias tags above the neurons, target boxes and the loss box to
// the right of the output layer. Pure: no DOM, testable in Node.
import { COLLAPSED_ROWS } from './collapse';
import { columnOf } from './rows';

export type BiasKind = 'none' | 'each' | 'shared';

export interface LayoutInput {
	/** Sizes of every layer, the input layer first (layers 0..L). */
	sizes: number[];
	/** For layers 1..L (index 0 is layer 1): how its biases are given. */
	biases: BiasKind[];
	/** For each layer 0..L, the neurons drawn (1-based, ascending), or null for all (./collapse.ts). */
	visible?: readonly (readonly number[] | null)[];
}

export interface NodeBox {
	key: string;
	l: number;
	j: number;
	x: number;
	y: number;
}

export interface Point {
	x: number;
	y: number;
}

export interface EdgeBox {
	key: string;
	l: number;
	j: number;
	i: number;
	from: Point;
	to: Point;
	/** SVG path from the rim of neuron i (layer l−1) to the rim of neuron j (layer l). */
	path: string;
	/** Centre of the weight label, on the edge. */
	label: Point;
	/** Whether the label is drawn at rest (it always shows while its edge is highlighted): where
	 * the layer pair has few edges and the label found a place clear of every other. */
	labelShown: boolean;
}

export interface TagBox {
	key: string;
	l: number;
	/** null for a bias shared by the whole layer. */
	j: number | null;
	x: number;
	y: number;
}

/** An ellipsis standing for the neurons of a layer that are not drawn: a button that shows them. */
export interface GapBox {
	key: string;
	l: number;
	/** How many neurons it stands for. */
	hidden: number;
	x: number;
	y: number;
}

export interface Layout {
	width: number;
	height: number;
	/** Neuron radius. */
	r: number;
	/** Whether values are written beside neurons (false when the rows are too close). */
	nodeValues: boolean;
	/** Whether bias tags are drawn at rest (else only while highlighted). */
	biasesShown: boolean;
	nodes: NodeBox[];
	edges: EdgeBox[];
	biases: TagBox[];
	targets: TagBox[];
	gaps: GapBox[];
	loss: Point;
	/** Size of a weight label's box, for the collision test. */
	labelBox: { width: number; height: number };
}

export const LABEL_BOX = { width: 96, height: 31 };
/** A weight label's box around its anchor: one line above, the gradient line below. */
const LABEL_TOP = 12;
/** A bias tag's size (drawn centred on its point). */
export const TAG_BOX = { width: 78, height: 18 };
const PAD = 48;

export const nodeKey = (l: number, j: number) => `n${l}-${j}`;
export const edgeKey = (l: number, j: number, i: number) => `e${l}-${j}-${i}`;
export const biasKey = (l: number, j: number | null) => (j == null ? `b${l}` : `b${l}-${j}`);
export const targetKey = (j: number) => `y${j}`;
export const LOSS_KEY = 'E';
export const gapKey = (l: number, after: number) => `g${l}-${after}`;

/** Vertical distance between neurons of a column: generous for the course's small networks. */
export function rowGap(maxSize: number): number {
	if (maxSize <= 3) return 150;
	if (maxSize <= 4) return 128;
	if (maxSize <= 8) return 76;
	if (maxSize <= 16) return 44;
	return 26;
}

/** Weight labels are drawn at rest only where a layer pair has few enough edges to read them. */
export function edgeLabelsShown(prev: number, size: number, maxSize: number): boolean {
	return prev * size <= 16 && maxSize <= 4;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const intersects = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function labelRect(p: Point): Rect {
	return { x0: p.x - LABEL_BOX.width / 2, x1: p.x + LABEL_BOX.width / 2, y0: p.y - LABEL_TOP, y1: p.y - LABEL_TOP + LABEL_BOX.height };
}

/** Fractions along an edge to try for its label, nearest the preferred one first. */
function candidates(preferred: number): number[] {
	const out = [preferred];
	for (let d = 0.025; d <= 0.8; d += 0.025) out.push(preferred - d, preferred + d);
	return out.filter((t) => t >= 0.12 && t <= 0.88);
}

export function computeLayout(input: LayoutInput): Layout {
	const { sizes } = input;
	const L = sizes.length - 1;
	const columns = sizes.map((n, l) => columnOf(n, input.visible?.[l]));
	const rowsOf = columns.map((c) => c.rows);
	const maxSize = Math.max(...rowsOf, input.visible?.some((v) => v) ? COLLAPSED_ROWS : 0);
	const gap = rowGap(maxSize);
	const r = Math.round(Math.min(26, gap * 0.3));
	const nodeValues = gap >= 70;
	const colGap = maxSize <= 4 ? 280 : maxSize <= 16 ? 190 : 150;
	const top = PAD + 22; // room for the bias tags above the first row
	const height = top + (maxSize - 1) * gap + PAD + (nodeValues ? 30 : 0);
	const xOf = (l: number) => PAD + 30 + l * colGap;
	const rowOf = columns.map((c) => new Map(c.slots.flatMap((slot) => ('j' in slot ? [[slot.j, slot.row] as const] : []))));
	const drawnOf = (l: number) => [...rowOf[l].keys()];
	/** A row's height in column l (a column of fewer rows is centred). */
	const yAt = (l: number, row: number) => top + ((maxSize - rowsOf[l]) * gap) / 2 + row * gap;
	const yOf = (l: number, j: number) => yAt(l, rowOf[l].get(j) ?? 0);

	const nodes: NodeBox[] = [];
	sizes.forEach((_, l) => {
		for (const j of drawnOf(l)) nodes.push({ key: nodeKey(l, j), l, j, x: xOf(l), y: round1(yOf(l, j)) });
	});
	const gaps: GapBox[] = columns.flatMap((c, l) =>
		c.slots.flatMap((slot) => ('gap' in slot ? [{ key: gapKey(l, slot.after), l, hidden: slot.gap, x: xOf(l), y: round1(yAt(l, slot.row)) }] : []))
	);

	// Bias tags sit above their neuron (a shared one above the layer); at rest only where rows are far apart.
	const biasesShown = gap >= 100;
	const biases: TagBox[] = [];
	input.biases.forEach((kind, index) => {
		const l = index + 1;
		if (kind === 'shared') biases.push({ key: biasKey(l, null), l, j: null, x: xOf(l), y: round1(yOf(l, 1) - r - 16) });
		if (kind === 'each') {
			for (const j of drawnOf(l)) {
				// Where rows are close the tag is a small marker at the neuron's upper right.
				const [dx, dy] = biasesShown ? [0, -r - 14] : [r + 3, -r + 3];
				biases.push({ key: biasKey(l, j), l, j, x: round1(xOf(l) + dx), y: round1(yOf(l, j) + dy) });
			}
		}
	});

	// What weight labels must keep clear of: neurons with their values, and the bias tags.
	const obstacles: Rect[] = nodes.map((n) => ({ x0: n.x - r - 2, x1: n.x + r + 2, y0: n.y - r - 2, y1: n.y + r + (nodeValues ? 22 : 2) }));
	if (biasesShown) {
		for (const b of biases) obstacles.push({ x0: b.x - TAG_BOX.width / 2, x1: b.x + TAG_BOX.width / 2, y0: b.y - TAG_BOX.height / 2, y1: b.y + TAG_BOX.height / 2 });
	}

	const edges: EdgeBox[] = [];
	// Labels near a column can reach into the next gap, so collisions are checked across all of them.
	const placed: Rect[] = [];
	for (let l = 1; l <= L; l++) {
		const n = rowsOf[l];
		const prev = rowsOf[l - 1];
		const shown = edgeLabelsShown(prev, n, maxSize);
		for (const j of drawnOf(l)) {
			// Labels into neuron j sit at their own fraction along the edge, so labels of edges
			// fanning out of one source are spread across the gap; they lean towards the wider
			// column, where the edges are furthest apart.
			const [lo, hi] = prev > n ? [0.15, 0.5] : prev < n ? [0.5, 0.85] : [0.22, 0.78];
			const preferred = n === 1 ? lo : lo + ((hi - lo) * (rowOf[l].get(j) ?? 0)) / (n - 1);
			for (const i of drawnOf(l - 1)) {
				const a = { x: xOf(l - 1), y: yOf(l - 1, i) };
				const b = { x: xOf(l), y: yOf(l, j) };
				const len = Math.hypot(b.x - a.x, b.y - a.y);
				const ux = (b.x - a.x) / len;
				const uy = (b.y - a.y) / len;
				const from = { x: round1(a.x + ux * r), y: round1(a.y + uy * r) };
				const to = { x: round1(b.x - ux * (r + 3)), y: round1(b.y - uy * (r + 3)) };
				const at = (t: number) => ({ x: round1(a.x + (b.x - a.x) * t), y: round1(a.y + (b.y - a.y) * t) });
				let label = at(preferred);
				// A label with no free place on its edge is drawn only while its edge is highlighted.
				let labelShown = shown;
				if (shown) {
					const free = candidates(preferred)
						.map(at)
						.find((p) => {
							const box = labelRect(p);
							return !placed.some((q) => intersects(box, q)) && !obstacles.some((q) => intersects(box, q));
						});
					if (free) {
						label = free;
						placed.push(labelRect(free));
					} else labelShown = false;
				}
				edges.push({
					key: edgeKey(l, j, i),
					l,
					j,
					i,
					from,
					to,
					path: `M${from.x},${from.y}L${to.x},${to.y}`,
					label,
					labelShown
				});
			}
		}
	}

	const targetX = xOf(L) + Math.min(colGap, 190) * 0.62;
	const targets: TagBox[] = [];
	for (const j of drawnOf(L)) targets.push({ key: targetKey(j), l: L, j, x: round1(targetX), y: round1(yOf(L, j)) });
	const loss = { x: round1(targetX + 110), y: round1(top + ((maxSize - 1) * gap) / 2) };

	return {
		width: Math.round(loss.x + 70 + PAD / 2),
		height: Math.round(height),
		r,
		nodeValues,
		biasesShown,
		nodes,
		edges,
		biases,
		targets,
		gaps,
		loss,
		labelBox: LABEL_BOX
	};
}
