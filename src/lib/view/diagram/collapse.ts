// Which neurons a wide layer draws: all of a layer up to MAX_DRAWN neurons; past that the first
// four and the last two, with an ellipsis for the rest, plus whichever neurons the current step is
// about (so the highlighted quantity is always on the diagram). A layer the reader expanded draws
// all. A 12 × 64 network then draws about 90 neurons and 600 edges instead of 768 and 45,000.

/** The widest layer drawn whole by default. */
export const MAX_DRAWN = 12;
/** The first and last neurons a layer drawn in part always draws. */
export const HEAD = 4;
export const TAIL = 2;
/**
 * Rows a drawn-in-part layer may need: the head, a gap, the current step's neuron, a gap, the tail.
 * The layout keeps room for them all, so that its scale stays put as the current neuron moves.
 */
export const COLLAPSED_ROWS = HEAD + TAIL + 3;

/**
 * The neurons (layer → 1-based indices) a step id is about, in a network of `L` layers after the
 * input: `a[2][5]@3` → 2:{5}; `w[2][5][7]'` → 2:{5} and 1:{7}; `y[3]` → L:{3}.
 */
export function focusOf(id: string | null | undefined, L: number): Map<number, Set<number>> {
	const focus = new Map<number, Set<number>>();
	if (!id) return focus;
	const add = (l: number, j: number) => (focus.get(l) ?? focus.set(l, new Set()).get(l)!).add(j);
	const target = /^(?:dE\/d)?y\[(\d+)\]/.exec(id);
	if (target) return (add(L, Number(target[1])), focus);
	const m = /^(?:dE\/d)?(?:z|a|delta|w|b|alpha)\[(\d+)\](?:\[(\d+)\])?(?:\[(\d+)\])?/.exec(id);
	if (!m) return focus;
	const l = Number(m[1]);
	if (m[2] !== undefined) add(l, Number(m[2]));
	if (m[3] !== undefined && l > 0) add(l - 1, Number(m[3]));
	return focus;
}

/** For each layer, the neurons to draw, or null for all of them. */
export function visibleNeurons(sizes: readonly number[], expanded: ReadonlySet<number>, focus: Map<number, Set<number>> = new Map()): (number[] | null)[] {
	return sizes.map((n, l) => {
		if (n <= MAX_DRAWN || expanded.has(l)) return null;
		const keep = new Set<number>();
		for (let j = 1; j <= HEAD; j++) keep.add(j);
		for (let j = n - TAIL + 1; j <= n; j++) keep.add(j);
		for (const j of focus.get(l) ?? []) if (j >= 1 && j <= n) keep.add(j);
		return [...keep].sort((a, b) => a - b);
	});
}

/** A short string that tells two visible sets apart (the layout is cached by it). */
export function visibleSignature(visible: readonly (readonly number[] | null)[]): string {
	return visible.map((v) => (v ? v.join(',') : '*')).join('|');
}
