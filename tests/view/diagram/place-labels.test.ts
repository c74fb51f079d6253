import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/lib/view/diagram/layout';
import { buildScene } from '../../../src/lib/view/diagram/scene';
import { edgeLabelRect, edgeLabelWidth, placeLabels } from '../../../src/lib/view/diagram/place-labels';
import { labelWidthChars } from '../../../src/lib/view/diagram/text';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { parseShape, shapeOf } from '../../../src/lib/state/lab.svelte';
import { courseTrace } from '../../components/fixtures';

const chars = (v: { label: string; value: number }) => labelWidthChars(v.label) + 1 + v.value.toFixed(2).length;

/** Every placed weight label's box (bias tags are checked in Chromium, with the diagram's own sizes). */
function placedBoxes(trace: ReturnType<typeof courseTrace>, step: number, layout: ReturnType<typeof computeLayout>) {
	const scene = buildScene(trace, step);
	const placed = placeLabels(layout, scene, chars);
	return [...placed]
		.filter(([key]) => key in scene.edges)
		.map(([key, at]) => {
			const v = scene.edges[key];
			return { key, mark: v.mark, rect: edgeLabelRect(at, edgeLabelWidth(chars(v), layout.labelBox.width), v.gradient != null || v.updated != null) };
		});
}

function overlapping(boxes: ReturnType<typeof placedBoxes>): string[] {
	const out: string[] = [];
	for (let a = 0; a < boxes.length; a++) {
		for (let b = a + 1; b < boxes.length; b++) {
			const p = boxes[a].rect;
			const q = boxes[b].rect;
			if (p.x0 < q.x1 - 0.01 && q.x0 < p.x1 - 0.01 && p.y0 < q.y1 - 0.01 && q.y0 < p.y1 - 0.01) out.push(`${boxes[a].key} × ${boxes[b].key}`);
		}
	}
	return out;
}

describe('placeLabels', () => {
	it('draws every weight label of the course example at every step, the highlighted ones included', () => {
		const trace = courseTrace();
		const layout = computeLayout({ sizes: [2, 2, 2], biases: ['none', 'none'] });
		for (let step = 0; step < trace.steps.length; step++) {
			const scene = buildScene(trace, step);
			const placed = placeLabels(layout, scene, chars);
			for (const key of Object.keys(scene.edges)) expect(placed.has(key), `${key} at step ${step}`).toBe(true);
		}
	});

	it('always draws the current step’s label and never lets two drawn labels overlap, on random networks', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 1000 }), (sizes, seed) => {
				const net = validateNetwork({
					layers: [{ size: sizes[0] }, ...sizes.slice(1).map((size) => ({ size, activation: 'sigmoid' }))],
					init: 'glorot_uniform',
					seed,
					loss: 'half_sse',
					samples: [{ input: sizes.slice(0, 1).flatMap((n) => Array.from({ length: n }, (_, i) => i / 10)), target: Array(sizes[sizes.length - 1]).fill(0.5) }],
					optimizer: { type: 'sgd', learningRate: 0.5 }
				});
				const trace = buildTrace(net);
				const layout = computeLayout(parseShape(shapeOf(net)));
				for (let step = 0; step < trace.steps.length; step += 3) {
					const boxes = placedBoxes(trace, step, layout);
					expect(overlapping(boxes), `${sizes.join('-')} step ${step}`).toEqual([]);
					const scene = buildScene(trace, step);
					for (const [key, v] of Object.entries(scene.edges)) if (v.mark === 'current') expect(boxes.some((b) => b.key === key)).toBe(true);
				}
			}),
			{ numRuns: 25 }
		);
	});
});
