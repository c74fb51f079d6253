// Colours of the heatmaps: a diverging blue–orange scale (colour-blind safe, as the weights'
// colours), t ∈ [−1, 1] from orange (−1) through the background (0) to blue (+1); and for several
// classes the Okabe–Ito palette, each cell the colour of its likeliest class, fading with doubt.

export type Rgb = [number, number, number];

export const BLUE: Rgb = [33, 102, 172];
export const ORANGE: Rgb = [217, 95, 2];
/** Okabe & Ito (2008): distinguishable with any common colour-vision deficiency. */
export const CLASS_COLOURS: Rgb[] = [
	[217, 95, 2],
	[33, 102, 172],
	[0, 158, 115],
	[204, 121, 167],
	[240, 228, 66],
	[86, 180, 233],
	[0, 0, 0],
	[230, 159, 0],
	[0, 114, 178],
	[213, 94, 0]
];

/** The colour `t` of the way from `a` to `b`, written into `out` where given (else a new array). */
export function mix(a: Rgb, b: Rgb, t: number, out: Rgb = [0, 0, 0]): Rgb {
	out[0] = a[0] + (b[0] - a[0]) * t;
	out[1] = a[1] + (b[1] - a[1]) * t;
	out[2] = a[2] + (b[2] - a[2]) * t;
	return out;
}

/** t ∈ [−1, 1] (clipped) on the diverging scale over `bg`, written into `out` where given. */
export function diverging(t: number, bg: Rgb, out?: Rgb): Rgb {
	const c = Math.max(-1, Math.min(1, Number.isFinite(t) ? t : 0));
	return c >= 0 ? mix(bg, BLUE, c * 0.85, out) : mix(bg, ORANGE, -c * 0.85, out);
}

/**
 * A heatmap cell's colour, written into `out` where given. Painting passes one array for every cell:
 * a new one per cell was some 10,000 arrays a snapshot on /train, whose garbage collection held up
 * the page while it trained.
 */
export type CellColour = (cell: number, out?: Rgb) => Rgb;

/** "#rrggbb" or "rgb(r, g, b)" → [r, g, b]; white when unreadable. */
export function parseColour(css: string): Rgb {
	const s = css.trim();
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(s);
	if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
	const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(s);
	if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
	return [255, 255, 255];
}

export const css = (c: Rgb) => `rgb(${Math.round(c[0])}, ${Math.round(c[1])}, ${Math.round(c[2])})`;

/** The largest |v| (at least `floor`), to scale a neuron's outputs into [−1, 1]. */
export function maxAbs(values: ArrayLike<number>, floor = 1e-9): number {
	let m = floor;
	for (let i = 0; i < values.length; i++) {
		const v = Math.abs(values[i]);
		if (Number.isFinite(v) && v > m) m = v;
	}
	return m;
}

/** Paints n × n values (row 0 at the top) into ImageData of n × n pixels. */
export function paint(img: ImageData, n: number, colourOf: CellColour): void {
	const data = img.data;
	const rgb: Rgb = [0, 0, 0];
	for (let c = 0; c < n * n; c++) {
		colourOf(c, rgb);
		data[4 * c] = rgb[0];
		data[4 * c + 1] = rgb[1];
		data[4 * c + 2] = rgb[2];
		data[4 * c + 3] = 255;
	}
}

/** ImageData of n × n pixels for `ctx`: `reuse` where it is that size, else a new one. */
export function imageOf(ctx: CanvasRenderingContext2D, n: number, reuse: ImageData | null): ImageData {
	return reuse && reuse.width === n && reuse.height === n ? reuse : ctx.createImageData(n, n);
}
