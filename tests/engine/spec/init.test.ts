import { describe, expect, it } from 'vitest';
import { drawLayerWeights, drawRreluSlopes, initScale, TRUNCATED_STDDEV } from '../../../src/lib/engine/spec/init';

function meanVar(xs: number[]): [number, number] {
	const m = xs.reduce((a, b) => a + b, 0) / xs.length;
	return [m, xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)];
}

const FAN_IN = 300;
const FAN_OUT = 100;
const flat = (w: number[][]) => w.flat();

describe('initialisers', () => {
	it('the truncation constant is the standard deviation of a standard normal cut at ±2', () => {
		// Var = 1 − 2·2·φ(2) / (Φ(2) − Φ(−2)), with φ(2) = e^{-2}/√(2π) and Φ(2) − Φ(−2) = erf(√2).
		const phi2 = Math.exp(-2) / Math.sqrt(2 * Math.PI);
		const erfSqrt2 = 0.9544997361036416;
		expect(Math.sqrt(1 - (4 * phi2) / erfSqrt2)).toBeCloseTo(TRUNCATED_STDDEV, 12);
	});

	it.each([
		['glorot_uniform', Math.sqrt(6 / (FAN_IN + FAN_OUT)), 2 / (FAN_IN + FAN_OUT)],
		['he_uniform', Math.sqrt(6 / FAN_IN), 2 / FAN_IN]
	] as const)('%s draws U(−L, L) with L = %f: bounded, mean 0, variance L²/3', (init, limit, variance) => {
		expect(initScale(init, FAN_IN, FAN_OUT)).toBeCloseTo(limit, 15);
		const w = flat(drawLayerWeights(init, FAN_IN, FAN_OUT, 11, 1));
		expect(w.length).toBe(FAN_IN * FAN_OUT);
		expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(limit);
		expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(0.99 * limit);
		const [m, v] = meanVar(w);
		expect(Math.abs(m)).toBeLessThan(0.03 * limit);
		expect(Math.abs(v / variance - 1)).toBeLessThan(0.03);
	});

	it.each([
		['glorot_normal', 2 / (FAN_IN + FAN_OUT)],
		['he_normal', 2 / FAN_IN]
	] as const)('%s draws a truncated normal whose variance is Keras\'s target %f, within 2σ', (init, variance) => {
		const sigma = initScale(init, FAN_IN, FAN_OUT);
		expect(sigma).toBeCloseTo(Math.sqrt(variance) / TRUNCATED_STDDEV, 15);
		const w = flat(drawLayerWeights(init, FAN_IN, FAN_OUT, 12, 2));
		expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(2 * sigma);
		expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(1.98 * sigma);
		const [m, v] = meanVar(w);
		expect(Math.abs(m)).toBeLessThan(0.03 * Math.sqrt(variance));
		expect(Math.abs(v / variance - 1)).toBeLessThan(0.03);
	});

	it('zeros gives zeros', () => {
		expect(drawLayerWeights('zeros', 3, 2, 1, 1)).toEqual([[0, 0, 0], [0, 0, 0]]);
	});

	it('repeats with the same seed and layer, and differs with another seed or layer', () => {
		const a = drawLayerWeights('glorot_uniform', 4, 3, 7, 1);
		expect(drawLayerWeights('glorot_uniform', 4, 3, 7, 1)).toEqual(a);
		expect(drawLayerWeights('glorot_uniform', 4, 3, 8, 1)).not.toEqual(a);
		expect(drawLayerWeights('glorot_uniform', 4, 3, 7, 2)).not.toEqual(a);
	});

	it('draws row by row: a layer with more neurons starts with the same rows', () => {
		// glorot's limit depends on fan_out, so compare he_uniform, whose limit does not.
		const small = drawLayerWeights('he_uniform', 4, 2, 3, 1);
		const large = drawLayerWeights('he_uniform', 4, 5, 3, 1);
		expect(large.slice(0, 2)).toEqual(small);
	});

	it('draws rrelu slopes in [lower, upper), repeatably', () => {
		const s = drawRreluSlopes(0.125, 1 / 3, 1000, 5, 1);
		expect(Math.min(...s)).toBeGreaterThanOrEqual(0.125);
		expect(Math.max(...s)).toBeLessThan(1 / 3);
		expect(drawRreluSlopes(0.125, 1 / 3, 1000, 5, 1)).toEqual(s);
		const [m] = meanVar(s);
		expect(Math.abs(m - (0.125 + 1 / 3) / 2)).toBeLessThan(0.01);
	});
});
