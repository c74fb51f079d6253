// A hidden layer's outputs for one digit as a small heatmap: the units laid out in rows (20 a row
// for the course's 300 and 200 units, a square for 100), each a cell coloured by its output on one
// sequential scale, light at 0 (a ReLU unit that is off) to dark at the layer's largest output.
// One hue, lightness carrying the value (d3's Blues, as the confusion matrix): read in grey too.

import { interpolateBlues, rgb } from 'd3';

export interface Grid {
	cols: number;
	rows: number;
}

/** Rows of 20 for layers over 100 units, else the smallest square-ish grid. */
export function gridOf(units: number): Grid {
	const cols = units > 100 ? 20 : Math.max(1, Math.ceil(Math.sqrt(units)));
	return { cols, rows: Math.ceil(units / cols) };
}

export interface LayerSummary {
	units: number;
	/** Units with an output above 0. */
	active: number;
	/** The largest output (0 when every unit is off). */
	max: number;
}

export function summarise(values: ArrayLike<number>): LayerSummary {
	let active = 0;
	let max = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v > 0) active++;
		if (v > max) max = v;
	}
	return { units: values.length, active, max };
}

/** The colour of a value t ∈ [0, 1] of the scale (t = 0 is not quite white, so off cells still show). */
export const colourAt = (t: number): string => interpolateBlues(0.05 + 0.95 * Math.min(1, Math.max(0, t)));

/** 256 colours of the scale, RGBA. */
const LUT = (() => {
	const out = new Uint8ClampedArray(256 * 4);
	for (let i = 0; i < 256; i++) {
		const c = rgb(colourAt(i / 255));
		out.set([c.r, c.g, c.b, 255], i * 4);
	}
	return out;
})();

/**
 * The heatmap's pixels, one a unit, row-major over the grid (cols × rows × RGBA): unit i at column
 * i mod cols of row ⌊i / cols⌋, coloured by value / max; the grid's cells past the last unit are
 * transparent. Negative outputs (not from ReLU) are drawn as 0.
 */
export function heatmapPixels(values: ArrayLike<number>, grid: Grid, max: number): Uint8ClampedArray<ArrayBuffer> {
	const out = new Uint8ClampedArray(grid.cols * grid.rows * 4);
	for (let i = 0; i < values.length; i++) {
		const t = max > 0 ? Math.max(0, values[i]) / max : 0;
		const k = Math.round(255 * Math.min(1, t)) * 4;
		out.set(LUT.subarray(k, k + 4), i * 4);
	}
	return out;
}

/** A CSS gradient of the scale, 0 on the left, for the legend. */
export function legendGradient(stops = 6): string {
	const colours = Array.from({ length: stops }, (_, i) => colourAt(i / (stops - 1)));
	return `linear-gradient(to right, ${colours.join(', ')})`;
}
