import { describe, expect, it } from 'vitest';
import { netLayout, nodeName } from '../../../src/lib/view/train/net-layout';
import { featureGrids } from '../../../src/lib/view/train/feature-grids';
import { buildNetwork } from '../../../src/lib/view/train/build';
import { defaultConfig, toggledFeatures } from '../../../src/lib/view/train/config';
import { FEATURES, type Feature } from '../../../src/lib/fast/grid';

const label = (from: string, to: string, value: string) => `${from}→${to}: ${value}`;
const NAMES: Record<Feature, string> = { x1: 'x₁', x2: 'x₂', x1sq: 'x₁²', x2sq: 'x₂²', x1x2: 'x₁x₂', sinx1: 'sin x₁', sinx2: 'sin x₂' };
const config = defaultConfig('spiral');
const spiral = buildNetwork(config, 2);

describe('netLayout', () => {
	it('shows every feature (the used ones with their input number), every neuron, and every weight as an edge named by its ends', () => {
		const l = netLayout(spiral, config.features, NAMES, 600, label);
		expect(l.features.map((f) => [f.feature, f.input])).toEqual([['x1', 0], ['x2', 1], ['x1sq', null], ['x2sq', null], ['x1x2', null], ['sinx1', 2], ['sinx2', 3]]);
		expect(l.neurons).toHaveLength(8 + 6 + 1);
		expect(l.edges).toHaveLength(4 * 8 + 8 * 6 + 6);
		expect(l.edges[9].ref).toEqual({ layer: 0, j: 2, i: 1 });
		expect(l.edges[9].title).toMatch(/^x₂→1\.3: -?[\d.]+$/);
		// Input 2 (sin x₁) leaves from the sixth row of the features' column.
		expect(l.edges[2].y1).toBe(l.features[5].y + l.node / 2);
		expect(l.edges.at(-1)!.title).toMatch(/^2\.6→3\.1: /);
	});

	it('spreads the columns over the room there is, and no closer than a node and a bit on a phone', () => {
		expect(netLayout(spiral, config.features, NAMES, 600, label).width).toBeLessThanOrEqual(600);
		expect(netLayout(spiral, config.features, NAMES, 340, label).width).toBeLessThanOrEqual(340);
		const narrow = netLayout(spiral, config.features, NAMES, 100, label);
		expect(narrow.neurons[0].x - narrow.features[0].x).toBe(36 + 22);
	});

	it('names a feature by its text and a neuron by layer.neuron', () => {
		expect([nodeName(0, 2, config.features, NAMES), nodeName(2, 0, config.features, NAMES)]).toEqual(['sin x₁', '2.1']);
	});
});

describe('features', () => {
	it('featureGrids gives every feature over the plane, x₁ growing to the right', () => {
		const g = featureGrids(4, -6, 6);
		expect(g).toHaveLength(FEATURES.length);
		expect(Array.from(g[0].subarray(0, 4))).toEqual([-4.5, -1.5, 1.5, 4.5]);
		expect(g[1][0]).toBe(4.5);
	});

	it('toggledFeatures turns one on in FEATURES’ order or off, never leaving none', () => {
		expect(toggledFeatures(['x1', 'sinx1'], 'x2')).toEqual(['x1', 'x2', 'sinx1']);
		expect(toggledFeatures(['x1', 'x2'], 'x1')).toEqual(['x2']);
		expect(toggledFeatures(['x2'], 'x2')).toEqual(['x2']);
	});
});
