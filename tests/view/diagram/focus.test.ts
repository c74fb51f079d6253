import { describe, expect, it } from 'vitest';
import { focusPoint } from '../../../src/lib/view/diagram/focus';
import { computeLayout } from '../../../src/lib/view/diagram/layout';
import { buildScene } from '../../../src/lib/view/diagram/scene';
import { courseTrace, indexOf } from '../../components/fixtures';

const trace = courseTrace();
const layout = computeLayout({ sizes: [2, 2, 2], biases: ['none', 'none'] });

describe('focusPoint', () => {
	it('is the current neuron, the middle of the current edge, or the loss box', () => {
		const at = (id: string) => focusPoint(layout, buildScene(trace, indexOf(trace, id)));
		const h1 = layout.nodes.find((n) => n.key === 'n1-1')!;
		expect(at('a[1][1]')).toEqual({ x: h1.x, y: h1.y });
		const w5 = layout.edges.find((e) => e.key === 'e2-1-1')!;
		expect(at('dE/dw[2][1][1]')).toEqual({ x: (w5.from.x + w5.to.x) / 2, y: (w5.from.y + w5.to.y) / 2 });
		expect(at('E')).toEqual(layout.loss);
	});
});
