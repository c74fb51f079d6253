// A layer drawn in part keeps its rows put as the current step moves: every neuron, edge and label
// drawn before and after a step stays where it was (only the current neurons come and go).

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COLLAPSED_ROWS, focusOf, visibleNeurons } from '../../../src/lib/view/diagram/collapse';
import { computeLayout, type Layout } from '../../../src/lib/view/diagram/layout';
import { columnOf } from '../../../src/lib/view/diagram/rows';

/** Every element's place, by key (not the ellipses: the one of a layer's middle moves aside for a current neuron). */
function places(layout: Layout): Map<string, string> {
	const at = new Map<string, string>();
	for (const n of [...layout.nodes, ...layout.biases, ...layout.targets]) at.set(n.key, `${n.x},${n.y}`);
	for (const e of layout.edges) at.set(e.key, `${e.path} ${e.label.x},${e.label.y}`);
	return at;
}

describe('columnOf', () => {
	it('puts a lone ellipsis in the middle of the band, and a current neuron between the runs either side', () => {
		const rows = (visible: number[]) => columnOf(64, visible).slots.map((s) => ('j' in s ? `${s.j}@${s.row}` : `…${s.gap}@${s.row}`));
		expect(rows([1, 2, 3, 4, 63, 64])).toEqual(['1@0', '2@1', '3@2', '4@3', '…58@5', '63@7', '64@8']);
		expect(rows([1, 2, 3, 4, 30, 63, 64])).toEqual(['1@0', '2@1', '3@2', '4@3', '…25@4', '30@5', '…32@6', '63@7', '64@8']);
		// next to a run: that side's row is left blank
		expect(rows([1, 2, 3, 4, 5, 63, 64])).toEqual(['1@0', '2@1', '3@2', '4@3', '5@5', '…57@6', '63@7', '64@8']);
		expect(rows([1, 2, 3, 4, 62, 63, 64])).toEqual(['1@0', '2@1', '3@2', '4@3', '…57@4', '62@5', '63@7', '64@8']);
		expect(columnOf(64, [1, 2, 3, 4, 30, 63, 64]).rows).toBe(COLLAPSED_ROWS);
	});

	it('draws a layer whole, or any other choice of neurons, a row each in order', () => {
		expect(columnOf(3, null)).toEqual({ slots: [1, 2, 3].map((j, row) => ({ j, row })), rows: 3 });
		const two = columnOf(64, [1, 2, 3, 4, 20, 40, 63, 64]);
		expect(two.rows).toBe(11);
		expect(two.slots.map((s) => s.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});
});

describe('stepping through a network drawn in part', () => {
	const ids = (sizes: number[]) =>
		fc.oneof(
			fc.record({ l: fc.integer({ min: 1, max: sizes.length - 1 }), j: fc.integer({ min: 1, max: 64 }) }).map(({ l, j }) => `a[${l}][${Math.min(j, sizes[l])}]`),
			fc
				.record({ l: fc.integer({ min: 1, max: sizes.length - 1 }), j: fc.integer({ min: 1, max: 64 }), i: fc.integer({ min: 1, max: 64 }) })
				.map(({ l, j, i }) => `w[${l}][${Math.min(j, sizes[l])}][${Math.min(i, sizes[l - 1])}]'`),
			fc.constant('E')
		);

	it('moves nothing that is drawn before and after a step', () => {
		const sizes = [64, 64, 20, 64, 10];
		const L = sizes.length - 1;
		fc.assert(
			fc.property(ids(sizes), ids(sizes), (a, b) => {
				const layoutOf = (id: string) => computeLayout({ sizes, biases: sizes.slice(1).map(() => 'each' as const), visible: visibleNeurons(sizes, new Set(), focusOf(id, L)) });
				const [before, after] = [places(layoutOf(a)), places(layoutOf(b))];
				for (const [key, at] of after) if (before.has(key)) expect(before.get(key), key).toBe(at);
			}),
			{ numRuns: 200 }
		);
	});
});
