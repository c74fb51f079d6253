// Every race surface's analytic gradient against central finite differences, at seeded random points
// of its plotted region, and each minimum where the surface says it is.

import { describe, expect, it } from 'vitest';
import { SURFACES, SURFACE_IDS, isSurfaceId } from '../../src/lib/engine/concepts/surfaces';

/** Mulberry32: a small seeded generator, so the points are the same on every run. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('surfaces', () => {
	for (const id of SURFACE_IDS) {
		const s = SURFACES[id];
		it(`${id}: grad matches central finite differences at 50 seeded points`, () => {
			const next = rng(7);
			const h = 1e-5;
			for (let n = 0; n < 50; n++) {
				const x = s.domain.x[0] + next() * (s.domain.x[1] - s.domain.x[0]);
				const y = s.domain.y[0] + next() * (s.domain.y[1] - s.domain.y[0]);
				const [gx, gy] = s.grad(x, y);
				const fx = (s.f(x + h, y) - s.f(x - h, y)) / (2 * h);
				const fy = (s.f(x, y + h) - s.f(x, y - h)) / (2 * h);
				const scale = 1 + Math.abs(fx) + Math.abs(fy);
				expect(Math.abs(gx - fx) / scale).toBeLessThan(1e-6);
				expect(Math.abs(gy - fy) / scale).toBeLessThan(1e-6);
			}
		});
		it(`${id}: starts inside its plotted region`, () => {
			expect(s.start[0]).toBeGreaterThanOrEqual(s.domain.x[0]);
			expect(s.start[0]).toBeLessThanOrEqual(s.domain.x[1]);
			expect(s.start[1]).toBeGreaterThanOrEqual(s.domain.y[0]);
			expect(s.start[1]).toBeLessThanOrEqual(s.domain.y[1]);
		});
	}

	it('rosenbrock, beale, ravine and bowl are 0 with a zero gradient at their minimum', () => {
		for (const id of ['rosenbrock', 'beale', 'ravine', 'bowl'] as const) {
			const [x, y] = SURFACES[id].minimum as [number, number];
			expect(SURFACES[id].f(x, y)).toBeCloseTo(0, 12);
			const [gx, gy] = SURFACES[id].grad(x, y);
			expect(Math.abs(gx) + Math.abs(gy)).toBeLessThan(1e-12);
		}
	});

	it('the saddle has a zero gradient at the origin, rises along x and falls along y', () => {
		expect(SURFACES.saddle.grad(0, 0)).toEqual([0, -0]);
		expect(SURFACES.saddle.f(0.5, 0)).toBeGreaterThan(0);
		expect(SURFACES.saddle.f(0, 0.5)).toBeLessThan(0);
		expect(SURFACES.saddle.minimum).toBeNull();
	});

	it('rosenbrock at the start (-1.5, 2) has the hand-worked gradient (-155, -50)', () => {
		// ∂f/∂x = −2(2.5) − 400(−1.5)(2 − 2.25) = −5 − 150; ∂f/∂y = 200(−0.25)
		const [gx, gy] = SURFACES.rosenbrock.grad(-1.5, 2);
		expect(gx).toBeCloseTo(-155, 10);
		expect(gy).toBeCloseTo(-50, 10);
	});

	it('isSurfaceId accepts the five ids and nothing else', () => {
		expect(SURFACE_IDS.every(isSurfaceId)).toBe(true);
		expect(isSurfaceId('himmelblau')).toBe(false);
		expect(isSurfaceId(3)).toBe(false);
	});
});
