// Centring a drawing the MNIST way: crop to the ink, scale the longer side to 20 pixels by area
// averaging, and put the centre of mass at (14, 14) of the 28×28 field.

import { describe, expect, it } from 'vitest';
import { centreDigit, centreOfMass, inkBounds, resample, type Ink } from '../../../src/lib/view/digits/centre';

/** A w × h canvas with ink 1 in the rectangle [x0, x1) × [y0, y1). */
function canvas(w: number, h: number, rects: [number, number, number, number][]): Ink {
	const data = new Float64Array(w * h);
	for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * w + x] = 1;
	return { width: w, height: h, data };
}

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

function boundsOf28(img: Float32Array) {
	return inkBounds({ width: 28, height: 28, data: img }, 0)!;
}

describe('centreDigit', () => {
	it('returns null for a blank canvas', () => {
		expect(centreDigit(canvas(100, 100, []))).toBeNull();
	});

	it('scales a tall stroke so its height is 20 pixels, keeping its aspect ratio', () => {
		const img = centreDigit(canvas(280, 280, [[130, 40, 150, 240]]))!; // 20 wide, 200 tall
		const b = boundsOf28(img);
		expect(b.y1 - b.y0).toBe(20);
		expect(b.x1 - b.x0).toBe(2);
	});

	it('puts the centre of mass within half a pixel of (14, 14)', () => {
		// An L: a tall bar and a foot, so the centre of mass is not the box's centre.
		const img = centreDigit(canvas(200, 200, [[20, 20, 40, 180], [20, 160, 120, 180]]))!;
		const com = centreOfMass(img, 28, 28)!;
		expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(0.5);
		expect(Math.abs(com.y - 14)).toBeLessThanOrEqual(0.5);
	});

	it('gives the same input wherever on the canvas the digit was drawn', () => {
		const a = centreDigit(canvas(280, 280, [[10, 10, 60, 110], [10, 100, 90, 110]]))!;
		const b = centreDigit(canvas(280, 280, [[190, 150, 240, 250], [190, 240, 270, 250]]))!;
		expect(Array.from(b)).toEqual(Array.from(a));
	});

	it('keeps values in [0, 1]', () => {
		const img = centreDigit(canvas(97, 61, [[3, 5, 90, 11], [40, 5, 47, 60]]))!;
		expect(Math.min(...img)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...img)).toBeLessThanOrEqual(1);
	});
});

describe('resample', () => {
	it('averages areas: the ink scales by the ratio of the areas', () => {
		const ink = canvas(30, 30, [[0, 0, 7, 30], [20, 11, 30, 13]]);
		const out = resample(ink, { x0: 0, y0: 0, x1: 30, y1: 30 }, 20, 20);
		expect(sum(out)).toBeCloseTo((sum(ink.data) * 400) / 900, 9);
	});

	it('is the identity at scale 1 and halves resolution by 2×2 means', () => {
		const ink = canvas(4, 4, [[0, 0, 1, 1], [3, 2, 4, 4]]);
		expect(Array.from(resample(ink, { x0: 0, y0: 0, x1: 4, y1: 4 }, 4, 4))).toEqual(Array.from(ink.data));
		expect(Array.from(resample(ink, { x0: 0, y0: 0, x1: 4, y1: 4 }, 2, 2))).toEqual([0.25, 0, 0, 0.5]);
	});
});

describe('inkBounds and centreOfMass', () => {
	it('find the box of the ink and its mean position over pixel centres', () => {
		const ink = canvas(10, 10, [[2, 3, 4, 4]]);
		expect(inkBounds(ink)).toEqual({ x0: 2, y0: 3, x1: 4, y1: 4 });
		expect(centreOfMass(ink.data, 10, 10)).toEqual({ x: 3, y: 3.5 });
		expect(centreOfMass(new Float64Array(4), 2, 2)).toBeNull();
	});
});
