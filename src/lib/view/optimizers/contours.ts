// The contour plot's geometry: f sampled on a grid over the surface's region (on a log scale where
// f spans decades), iso-lines from d3-contour, and scales from (x, y) to the SVG's pixels. Drawing
// only: the numbers the page shows come from the engine.

import { contours, geoPath, geoTransform, scaleLinear, type ScaleLinear } from 'd3';
import type { Surface } from '$lib/engine/concepts/surfaces';

export interface ContourGeometry {
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	/** One filled band per threshold, lowest first; `level` in [0, 1] for the colour. */
	bands: { d: string; level: number }[];
}

/** The height that is contoured: f, or log(1 + f − min f) where the surface asks for a log scale. */
export function sampleGrid(surface: Surface, nx: number, ny: number): { values: number[]; min: number; max: number } {
	const [x0, x1] = surface.domain.x;
	const [y0, y1] = surface.domain.y;
	const raw: number[] = new Array(nx * ny);
	for (let j = 0; j < ny; j++) {
		// Row 0 is the top of the plot (largest y), as SVG rows go down.
		const y = y1 - ((j + 0.5) * (y1 - y0)) / ny;
		for (let i = 0; i < nx; i++) raw[i + j * nx] = surface.f(x0 + ((i + 0.5) * (x1 - x0)) / nx, y);
	}
	let lo = Infinity;
	for (const v of raw) lo = Math.min(lo, v);
	const values = surface.logScale ? raw.map((v) => Math.log1p(v - lo)) : raw;
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		min = Math.min(min, v);
		max = Math.max(max, v);
	}
	return { values, min, max };
}

export function contourGeometry(surface: Surface, width: number, height: number, levels = 18, nx = 120, ny = 96): ContourGeometry {
	const x = scaleLinear().domain(surface.domain.x).range([0, width]);
	const y = scaleLinear().domain(surface.domain.y).range([height, 0]);
	const { values, min, max } = sampleGrid(surface, nx, ny);
	const thresholds = Array.from({ length: levels }, (_, k) => min + ((max - min) * k) / levels);
	// Grid units → pixels: column i spans [i, i + 1] of nx columns across the width.
	const project = geoTransform({
		point(gx, gy) {
			this.stream.point((gx / nx) * width, (gy / ny) * height);
		}
	});
	const path = geoPath(project);
	const bands = contours().size([nx, ny]).thresholds(thresholds)(values).map((c, k) => ({ d: path(c) ?? '', level: k / levels }));
	return { x, y, bands };
}
