// The contour plot's geometry: the grid samples f where it says, the log scale keeps the order of
// heights, and d3-contour gives one band per level inside the plot.

import { describe, expect, it } from 'vitest';
import { contourGeometry, sampleGrid } from '../../../src/lib/view/optimizers/contours';
import { SURFACES, bowl, rosenbrock } from '../../../src/lib/engine/concepts/surfaces';

describe('contours', () => {
	it('sampleGrid puts f at cell centres, row 0 at the top of the plot', () => {
		const { values, min, max } = sampleGrid(bowl, 4, 4);
		// x centres: −1.5, −0.5, 0.5, 1.5; the top row's y centre is 1.5
		expect(values[0]).toBeCloseTo(bowl.f(-1.5, 1.5), 12);
		expect(values[1 + 4 * 2]).toBeCloseTo(bowl.f(-0.5, -0.5), 12);
		expect(min).toBeCloseTo(0.5, 12);
		expect(max).toBeCloseTo(4.5, 12);
	});

	it('on a log scale the heights keep their order and start at 0', () => {
		const { values, min } = sampleGrid(rosenbrock, 30, 20);
		const raw = sampleGrid({ ...rosenbrock, logScale: false }, 30, 20).values;
		expect(min).toBe(0);
		for (let k = 1; k < values.length; k++) expect(Math.sign(values[k] - values[0])).toBe(Math.sign(raw[k] - raw[0]));
	});

	it('contourGeometry gives one band per level, drawn inside the plot, and scales that map the region', () => {
		for (const s of Object.values(SURFACES)) {
			const geo = contourGeometry(s, 640, 440, 12, 40, 30);
			expect(geo.bands).toHaveLength(12);
			expect(geo.bands[0].level).toBe(0);
			expect(geo.x(s.domain.x[0])).toBe(0);
			expect(geo.y(s.domain.y[0])).toBe(440);
			const coords = geo.bands.flatMap((b) => (b.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number));
			expect(coords.length).toBeGreaterThan(0);
			for (const c of coords) {
				expect(c).toBeGreaterThanOrEqual(-1e-9);
				expect(c).toBeLessThanOrEqual(640 + 1e-9);
			}
		}
	});
});
