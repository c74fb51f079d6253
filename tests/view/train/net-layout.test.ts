import { describe, expect, it } from 'vitest';
import { netLayout, nodeName } from '../../../src/lib/view/train/net-layout';
import { buildNetwork } from '../../../src/lib/view/train/build';
import { defaultConfig } from '../../../src/lib/view/train/config';

const label = (from: string, to: string, value: string) => `${from}→${to}: ${value}`;
const spiral = buildNetwork(defaultConfig('spiral'), 2);
const names = ['x₁', 'x₂', 'sin x₁', 'sin x₂'];

describe('netLayout', () => {
	it('places every feature and neuron, and every weight as an edge named by its ends', () => {
		const l = netLayout(spiral, names, 600, label);
		expect(l.nodes).toHaveLength(4 + 8 + 6 + 1);
		expect(l.edges).toHaveLength(4 * 8 + 8 * 6 + 6);
		expect(l.edges[9].ref).toEqual({ layer: 0, j: 2, i: 1 });
		expect(l.edges[9].title).toMatch(/^x₂→1\.3: -?[\d.]+$/);
		expect(l.edges.at(-1)!.title).toMatch(/^2\.6→3\.1: /);
	});

	it('spreads the columns over the room there is, and no closer than a node and a bit on a phone', () => {
		expect(netLayout(spiral, names, 600, label).width).toBeLessThanOrEqual(600);
		expect(netLayout(spiral, names, 340, label).width).toBeLessThanOrEqual(340);
		const narrow = netLayout(spiral, names, 100, label);
		expect(narrow.nodes[4].x - narrow.nodes[0].x).toBe(36 + 22);
	});

	it('names a feature by its text and a neuron by layer.neuron', () => {
		expect([nodeName(0, 1, names), nodeName(2, 0, names)]).toEqual(['x₂', '2.1']);
	});
});
