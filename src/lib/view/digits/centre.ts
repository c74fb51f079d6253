// A drawing turned into an MNIST-like 28×28 input, the way the MNIST digits were prepared:
//   1. the bounding box of the ink (pixels above a small threshold);
//   2. that box scaled, aspect ratio kept, so its longer side is 20 pixels (each new pixel the mean
//      of the ink it covers, i.e. area averaging, which anti-aliases like MNIST's resampling);
//   3. the 20×20 (or narrower) image placed in a 28×28 field so that its centre of mass
//      (Σ x·v / Σ v, Σ y·v / Σ v over pixel centres) falls on the field's centre (14, 14).
// Ink is in [0, 1] (0 = background), row-major; the result is 784 values in [0, 1].

export const SIZE = 28;
export const BOX = 20;

export interface Ink {
	width: number;
	height: number;
	/** width × height values in [0, 1], row-major. */
	data: ArrayLike<number>;
}

export interface Bounds {
	x0: number;
	y0: number;
	/** Exclusive. */
	x1: number;
	y1: number;
}

export function inkBounds(ink: Ink, threshold = 0.05): Bounds | null {
	let x0 = ink.width, y0 = ink.height, x1 = -1, y1 = -1;
	for (let y = 0; y < ink.height; y++)
		for (let x = 0; x < ink.width; x++)
			if (ink.data[y * ink.width + x] > threshold) {
				if (x < x0) x0 = x;
				if (x > x1) x1 = x;
				if (y < y0) y0 = y;
				if (y > y1) y1 = y;
			}
	return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** The box's ink resampled to w × h by area averaging (each target pixel covers s × s source pixels). */
export function resample(ink: Ink, b: Bounds, w: number, h: number): Float64Array {
	const out = new Float64Array(w * h);
	const sx = (b.x1 - b.x0) / w;
	const sy = (b.y1 - b.y0) / h;
	for (let ty = 0; ty < h; ty++) {
		const fy0 = b.y0 + ty * sy, fy1 = fy0 + sy;
		for (let tx = 0; tx < w; tx++) {
			const fx0 = b.x0 + tx * sx, fx1 = fx0 + sx;
			let sum = 0;
			// Σ over source pixels of value × overlap area, divided by the target pixel's area sx·sy.
			for (let y = Math.floor(fy0); y < Math.ceil(fy1); y++) {
				const oy = Math.min(y + 1, fy1) - Math.max(y, fy0);
				if (oy <= 0) continue;
				for (let x = Math.floor(fx0); x < Math.ceil(fx1); x++) {
					const ox = Math.min(x + 1, fx1) - Math.max(x, fx0);
					if (ox > 0) sum += ink.data[y * ink.width + x] * ox * oy;
				}
			}
			out[ty * w + tx] = sum / (sx * sy);
		}
	}
	return out;
}

/** Centre of mass (x, y) of a w × h image, pixel centres at i + ½; null when it is blank. */
export function centreOfMass(img: ArrayLike<number>, w: number, h: number): { x: number; y: number } | null {
	let m = 0, mx = 0, my = 0;
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++) {
			const v = img[y * w + x];
			m += v;
			mx += v * (x + 0.5);
			my += v * (y + 0.5);
		}
	return m > 0 ? { x: mx / m, y: my / m } : null;
}

/** The 28×28 MNIST-style input for a drawing; null when nothing is drawn. */
export function centreDigit(ink: Ink): Float32Array | null {
	const b = inkBounds(ink);
	if (!b) return null;
	const bw = b.x1 - b.x0;
	const bh = b.y1 - b.y0;
	// Longer side → 20 pixels; the shorter keeps the aspect ratio (at least one pixel).
	const scale = BOX / Math.max(bw, bh);
	const w = Math.max(1, Math.round(bw * scale));
	const h = Math.max(1, Math.round(bh * scale));
	const small = resample(ink, b, w, h);
	const com = centreOfMass(small, w, h)!;
	// Shift so the centre of mass lands on (14, 14), kept inside the field.
	const dx = Math.min(SIZE - w, Math.max(0, Math.round(SIZE / 2 - com.x)));
	const dy = Math.min(SIZE - h, Math.max(0, Math.round(SIZE / 2 - com.y)));
	const out = new Float32Array(SIZE * SIZE);
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++) out[(y + dy) * SIZE + x + dx] = Math.min(1, small[y * w + x]);
	return out;
}
