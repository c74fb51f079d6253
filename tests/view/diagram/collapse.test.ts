// Wide layers drawn in part: which neurons are drawn, the ellipsis rows that stand for the rest,
// and the current step's neurons always among those drawn.

import { describe, expect, it } from 'vitest';
import { focusOf, MAX_DRAWN, visibleNeurons } from '../../../src/lib/view/diagram/collapse';
import { computeLayout } from '../../../src/lib/view/diagram/layout';

describe('visibleNeurons', () => {
	it('draws narrow layers whole, wide ones as the first four and the last two, expanded ones whole', () => {
		expect(visibleNeurons([2, MAX_DRAWN, 3], new Set())).toEqual([null, null, null]);
		expect(visibleNeurons([64, 64, 10], new Set([1]))).toEqual([[1, 2, 3, 4, 63, 64], null, null]);
	});

	it('adds the neurons the current step is about', () => {
		const L = 3;
		expect(visibleNeurons([64, 64, 64, 64], new Set(), focusOf("w[2][17][40]'", L))).toEqual([
			[1, 2, 3, 4, 63, 64],
			[1, 2, 3, 4, 40, 63, 64],
			[1, 2, 3, 4, 17, 63, 64],
			[1, 2, 3, 4, 63, 64]
		]);
		expect(focusOf('a[2][5]@3', L)).toEqual(new Map([[2, new Set([5])]]));
		expect(focusOf('dE/dy[30]', L)).toEqual(new Map([[3, new Set([30])]]));
		expect(focusOf('E', L)).toEqual(new Map());
	});
});

describe('computeLayout with hidden neurons', () => {
	it('draws only the visible neurons, their edges and targets, and an ellipsis row for each run left out', () => {
		const sizes = [64, 64, 10];
		const layout = computeLayout({ sizes, biases: ['each', 'each'], visible: visibleNeurons(sizes, new Set(), focusOf('a[1][30]', 2)) });
		expect(layout.nodes.filter((n) => n.l === 1).map((n) => n.j)).toEqual([1, 2, 3, 4, 30, 63, 64]);
		expect(layout.edges).toHaveLength(6 * 7 + 7 * 10);
		expect(layout.biases).toHaveLength(7 + 10);
		expect(layout.targets).toHaveLength(10);
		expect(layout.gaps.map((g) => [g.key, g.hidden])).toEqual([
			['g0-4', 58],
			['g1-4', 25],
			['g1-30', 32]
		]);
		// rows in order, one row per neuron or ellipsis, evenly spaced
		const column = [...layout.nodes.filter((n) => n.l === 1).map((n) => n.y), ...layout.gaps.filter((g) => g.l === 1).map((g) => g.y)].sort((a, b) => a - b);
		const steps = column.slice(1).map((y, i) => Math.round(y - column[i]));
		expect(new Set(steps).size).toBe(1);
	});
});
