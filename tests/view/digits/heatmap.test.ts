import { describe, expect, it } from 'vitest';
import { colourAt, gridOf, heatmapPixels, legendGradient, summarise } from '../../../src/lib/view/digits/heatmap';

describe('gridOf(units)', () => {
	it('lays the course’s hidden layers out as 20 × 15, 20 × 10 and 10 × 10', () => {
		expect([300, 200, 100].map(gridOf)).toEqual([{ cols: 20, rows: 15 }, { cols: 20, rows: 10 }, { cols: 10, rows: 10 }]);
	});

	it('has room for every unit, and no empty row', () => {
		for (let n = 1; n <= 1000; n++) {
			const { cols, rows } = gridOf(n);
			expect(cols * rows).toBeGreaterThanOrEqual(n);
			expect(cols * (rows - 1)).toBeLessThan(n);
		}
	});
});

describe('summarise(values)', () => {
	it('counts the units above 0 and finds the largest output', () => {
		expect(summarise([0, 1.5, 0, 3, -2])).toEqual({ units: 5, active: 2, max: 3 });
		expect(summarise([0, 0])).toEqual({ units: 2, active: 0, max: 0 });
	});
});

describe('heatmapPixels(values, grid, max)', () => {
	it('colours unit i at (i mod cols, ⌊i / cols⌋), 0 lightest and the largest darkest, past the last unit transparent', () => {
		const px = heatmapPixels([0, 2, 4], { cols: 2, rows: 2 }, 4);
		const lightness = (i: number) => px[i * 4] + px[i * 4 + 1] + px[i * 4 + 2];
		expect(lightness(0)).toBeGreaterThan(lightness(1));
		expect(lightness(1)).toBeGreaterThan(lightness(2));
		expect([px[3], px[7], px[11], px[15]]).toEqual([255, 255, 255, 0]);
	});

	it('draws every unit at the scale’s 0 when all are off (no division by zero)', () => {
		const px = heatmapPixels([0, 0, 0, 0], { cols: 2, rows: 2 }, 0);
		expect(new Set([0, 1, 2, 3].map((i) => px.slice(i * 4, i * 4 + 4).join()))).toHaveProperty('size', 1);
	});

	it('shares its colours with the legend, light to dark', () => {
		expect(legendGradient(2)).toBe(`linear-gradient(to right, ${colourAt(0)}, ${colourAt(1)})`);
	});
});
