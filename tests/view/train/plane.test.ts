import { describe, expect, it } from 'vitest';
import { neuronColours, outputColours } from '../../../src/lib/view/train/plane';
import { BLUE, CLASS_COLOURS, ORANGE } from '../../../src/lib/view/train/colors';

const WHITE: [number, number, number] = [255, 255, 255];
const close = (a: number[], b: number[]) => a.every((x, i) => Math.abs(x - b[i]) < 1e-9);

describe('outputColours', () => {
	it('shades two classes by the probability, or only by the side of ½ when discretised', () => {
		const p = [Float64Array.from([0.55, 0.95, 0.2])];
		const soft = outputColours(p, { regression: false, discretize: false }, WHITE);
		const flat = outputColours(p, { regression: false, discretize: true }, WHITE);
		// 0.55 is nearly white; discretised it is as blue as 0.95.
		expect(soft(0)[0]).toBeGreaterThan(220);
		expect(close(flat(0), flat(1))).toBe(true);
		expect(flat(0)[2] - flat(0)[0]).toBeGreaterThan(50);
		expect(flat(2)[0] - flat(2)[2]).toBeGreaterThan(50);
	});

	it('colours several classes by the likeliest, at one strength when discretised', () => {
		const out = [Float64Array.from([0.5, 0.1]), Float64Array.from([0.3, 0.1]), Float64Array.from([0.2, 0.8])];
		const flat = outputColours(out, { regression: false, discretize: true }, WHITE);
		const soft = outputColours(out, { regression: false, discretize: false }, WHITE);
		expect(flat(0)).toEqual(flat(0).map((_, i) => WHITE[i] + (CLASS_COLOURS[0][i] - WHITE[i]) * 0.75));
		expect(soft(0)[1]).toBeGreaterThan(flat(0)[1]);
		expect(flat(1)).toEqual(flat(1).map((_, i) => WHITE[i] + (CLASS_COLOURS[2][i] - WHITE[i]) * 0.75));
	});
});

describe('neuronColours', () => {
	it('scales a neuron by its largest size: the largest is the full colour', () => {
		const c = neuronColours(Float64Array.from([-0.5, 0.25, 0]), WHITE);
		expect(close(c(0), WHITE.map((w, i) => w + (ORANGE[i] - w) * 0.85))).toBe(true);
		expect(close(c(2), WHITE)).toBe(true);
		expect(c(1)[2]).toBeLessThan(255);
		expect(BLUE[2]).toBeGreaterThan(BLUE[0]);
	});
});
