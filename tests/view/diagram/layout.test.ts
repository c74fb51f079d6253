import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout, edgeLabelsShown, labelRect, rowGap, TAG_BOX, type Layout } from '../../../src/lib/view/diagram/layout';

const course = computeLayout({ sizes: [2, 2, 2], biases: ['none', 'none'] });

function inside(layout: Layout, x: number, y: number): boolean {
	return x >= 0 && x <= layout.width && y >= 0 && y <= layout.height;
}

function labelsOverlap(layout: Layout): [string, string] | null {
	const shown = layout.edges.filter((e) => e.labelShown);
	for (let a = 0; a < shown.length; a++) {
		for (let b = a + 1; b < shown.length; b++) {
			const p = labelRect(shown[a].label);
			const q = labelRect(shown[b].label);
			if (p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1) return [shown[a].key, shown[b].key];
		}
	}
	return null;
}

describe('computeLayout', () => {
	it('places the course 2-2-2 network in three columns, left to right, each centred', () => {
		expect(course.nodes.map((n) => n.key)).toEqual(['n0-1', 'n0-2', 'n1-1', 'n1-2', 'n2-1', 'n2-2']);
		const xs = [0, 1, 2].map((l) => course.nodes.filter((n) => n.l === l).map((n) => n.x));
		for (const col of xs) expect(new Set(col).size).toBe(1);
		expect(xs[0][0]).toBeLessThan(xs[1][0]);
		expect(xs[1][0]).toBeLessThan(xs[2][0]);
		const [a, b] = course.nodes.filter((n) => n.l === 1);
		expect(b.y - a.y).toBe(rowGap(2));
	});

	it('draws one edge per weight, from the rim of the source to the rim of the target', () => {
		expect(course.edges).toHaveLength(8);
		for (const e of course.edges) {
			const src = course.nodes.find((n) => n.l === e.l - 1 && n.j === e.i)!;
			const dst = course.nodes.find((n) => n.l === e.l && n.j === e.j)!;
			expect(Math.hypot(e.from.x - src.x, e.from.y - src.y)).toBeCloseTo(course.r, 0);
			expect(Math.hypot(e.to.x - dst.x, e.to.y - dst.y)).toBeCloseTo(course.r + 3, 0);
			expect(e.path).toBe(`M${e.from.x},${e.from.y}L${e.to.x},${e.to.y}`);
		}
	});

	it('puts each weight label on its own edge, between the two neurons', () => {
		for (const e of course.edges) {
			const t = (e.label.x - e.from.x) / (e.to.x - e.from.x);
			expect(t).toBeGreaterThan(0);
			expect(t).toBeLessThan(1);
			// On the line through from and to (collinear within rounding).
			const cross = (e.to.x - e.from.x) * (e.label.y - e.from.y) - (e.to.y - e.from.y) * (e.label.x - e.from.x);
			expect(Math.abs(cross) / Math.hypot(e.to.x - e.from.x, e.to.y - e.from.y)).toBeLessThan(1);
		}
	});

	it('shows every weight label of the course network without two overlapping', () => {
		expect(course.edges.every((e) => e.labelShown)).toBe(true);
		expect(labelsOverlap(course)).toBeNull();
	});

	it('places the targets right of the output neurons and the loss right of the targets', () => {
		const outputs = course.nodes.filter((n) => n.l === 2);
		course.targets.forEach((t, k) => {
			expect(t.x).toBeGreaterThan(outputs[k].x + course.r);
			expect(t.y).toBe(outputs[k].y);
			expect(course.loss.x).toBeGreaterThan(t.x);
		});
	});

	it('keeps every element inside the drawing', () => {
		for (const n of course.nodes) expect(inside(course, n.x, n.y)).toBe(true);
		for (const e of course.edges) expect(inside(course, e.label.x, e.label.y)).toBe(true);
		expect(inside(course, course.loss.x + 44, course.loss.y)).toBe(true);
	});

	it('gives a bias tag per neuron, or one per layer when the layer shares its bias', () => {
		const each = computeLayout({ sizes: [2, 3, 1], biases: ['each', 'shared'] });
		expect(each.biases.map((b) => b.key)).toEqual(['b1-1', 'b1-2', 'b1-3', 'b2']);
		expect(each.biasesShown).toBe(true);
		expect(computeLayout({ sizes: [8, 8], biases: ['each'] }).biasesShown).toBe(false);
		const n11 = each.nodes.find((n) => n.key === 'n1-1')!;
		expect(each.biases[0].y).toBeLessThan(n11.y);
	});

	it('fits the largest network the exact engine takes (12 layers of 64) without overlapping neurons', () => {
		const sizes = Array.from({ length: 13 }, () => 64);
		const big = computeLayout({ sizes, biases: Array.from({ length: 12 }, () => 'each' as const) });
		expect(big.nodes).toHaveLength(13 * 64);
		expect(big.edges).toHaveLength(12 * 64 * 64);
		for (const n of big.nodes) expect(inside(big, n.x, n.y)).toBe(true);
		const column = big.nodes.filter((n) => n.l === 3).map((n) => n.y);
		for (let k = 1; k < column.length; k++) expect(column[k] - column[k - 1]).toBeGreaterThanOrEqual(2 * big.r);
		// Too dense to read: weight labels and neuron values appear only on the highlighted elements.
		expect(big.edges.some((e) => e.labelShown)).toBe(false);
		expect(big.nodeValues).toBe(false);
	});

	it('shows every weight label at rest for small networks (2-2-2, 3-2-1, 2-2-2-2, 2-2-1 with biases)', () => {
		const cases: [number[], ('none' | 'each')[]][] = [
			[[2, 2, 2], ['none', 'none']],
			[[3, 2, 1], ['none', 'none']],
			[[2, 2, 2, 2], ['none', 'none', 'none']],
			[[2, 2, 1], ['each', 'each']]
		];
		for (const [sizes, biases] of cases) {
			const layout = computeLayout({ sizes, biases });
			expect(layout.edges.filter((e) => !e.labelShown).map((e) => e.key), sizes.join('-')).toEqual([]);
		}
	});

	it('keeps weight labels clear of the neurons and bias tags', () => {
		const layout = computeLayout({ sizes: [2, 3, 1], biases: ['each', 'each'] });
		const shown = layout.edges.filter((e) => e.labelShown);
		expect(shown.length).toBeGreaterThanOrEqual(7); // of 9: the crowded middle may wait for its highlight
		for (const e of shown) {
			const box = labelRect(e.label);
			for (const n of layout.nodes) {
				const clear = box.x1 <= n.x - layout.r || box.x0 >= n.x + layout.r || box.y1 <= n.y - layout.r || box.y0 >= n.y + layout.r;
				expect(clear, `${e.key} against ${n.key}`).toBe(true);
			}
			for (const b of layout.biases) {
				const clear = box.x1 <= b.x - TAG_BOX.width / 2 || box.x0 >= b.x + TAG_BOX.width / 2 || box.y1 <= b.y - TAG_BOX.height / 2 || box.y0 >= b.y + TAG_BOX.height / 2;
				expect(clear, `${e.key} against ${b.key}`).toBe(true);
			}
		}
	});

	it('never overlaps the weight labels it shows, for any network of up to 4 neurons a layer', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 6 }), (sizes) => {
				const layout = computeLayout({ sizes, biases: sizes.slice(1).map(() => 'none' as const) });
				expect(labelsOverlap(layout)).toBeNull();
			}),
			{ seed: 20240601, numRuns: 200 }
		);
	});

	it('shows weight labels at rest only where there are few enough edges to read them', () => {
		expect(edgeLabelsShown(2, 2, 2)).toBe(true);
		expect(edgeLabelsShown(4, 4, 4)).toBe(true);
		expect(edgeLabelsShown(8, 8, 8)).toBe(false);
		expect(edgeLabelsShown(2, 2, 8)).toBe(false);
	});
});
