import { describe, expect, it } from 'vitest';
import {
	activationProperties,
	grid,
	inRange,
	negativeSlope,
	rangeTex,
	sampledRange,
	scalarActivation,
	SWISH_MIN,
	TABLED_ACTIVATIONS,
	type TabledActivation
} from '../../src/lib/engine/ops/properties';
import type { Activation } from '../../src/lib/engine/spec/types';

// Parameter settings the table must stay right for, besides each activation's defaults.
const SETTINGS: (Activation & { name: TabledActivation })[] = [
	...TABLED_ACTIVATIONS.map((name) => ({ name })),
	{ name: 'leaky_relu', alpha: 0.2 },
	{ name: 'leaky_relu', alpha: 0 },
	{ name: 'prelu', alpha: 0.05 },
	{ name: 'elu', alpha: 0.5 },
	{ name: 'elu', alpha: 2 },
	{ name: 'rrelu', lower: 0.1, upper: 0.3 }
];
const label = (a: Activation) => `${a.name}${a.alpha !== undefined ? ` α=${a.alpha}` : ''}${a.lower !== undefined ? ` [${a.lower}, ${a.upper}]` : ''}`;

// Central difference quotient: an independent check of f′ from f alone.
const slope = (f: (x: number) => number, x: number, h = 1e-6) => (f(x + h) - f(x - h)) / (2 * h);

describe.each(SETTINGS.map((a) => [label(a), a] as const))('activationProperties(%s)', (_name, act) => {
	const p = activationProperties(act);
	const { f, df } = scalarActivation(act);
	const near = grid(-10, 10, 2000);
	const far = grid(-1000, 1000, 2000);

	it('states a range that holds every sampled value of f', () => {
		for (const x of near) expect(inRange(f(x), p.range), `f(${x}) = ${f(x)} in ${rangeTex(p.range)}`).toBe(true);
	});

	it('states a range whose ends f approaches when sampled', () => {
		const [lo, hi] = sampledRange(f, [...near, ...far]);
		if (p.range.values) {
			expect([...new Set(near.map(f))].sort((a, b) => a - b)).toEqual(p.range.values);
			return;
		}
		if (Number.isFinite(p.range.lo)) expect(lo).toBeCloseTo(p.range.lo, 3);
		else expect(lo).toBeLessThan(-1);
		if (Number.isFinite(p.range.hi)) expect(hi).toBeCloseTo(p.range.hi, 3);
		else expect(hi).toBeGreaterThan(100);
	});

	it('calls it differentiable at 0 exactly when the one-sided slopes at 0 agree', () => {
		const h = 1e-7;
		const left = (f(0) - f(-h)) / h;
		const right = (f(h) - f(0)) / h;
		const jump = Math.abs(f(h) - f(-h)) > 1e-3;
		if (p.differentiable === 'zero-gradient') {
			expect(jump).toBe(true);
			for (const x of [-3, -0.5, 0.5, 3]) expect(df(x)).toBe(0);
		} else {
			expect(jump).toBe(false);
			expect(Math.abs(left - right) < 1e-4).toBe(p.differentiable === 'everywhere');
		}
	});

	it('has f′ agreeing with difference quotients away from 0', () => {
		if (p.differentiable === 'zero-gradient') return;
		for (const x of [-2.3, -0.7, 0.4, 1.9]) expect(df(x)).toBeCloseTo(slope(f, x), 5);
	});

	it('calls the gradient vanishing exactly when f′ dies out on both sides', () => {
		const small = (x: number) => Math.abs(df(x)) < 1e-3;
		expect(small(-20) && small(20)).toBe(p.vanishingGradient);
	});

	it('calls it zero-centred exactly when f(0) = 0 and f takes negative values', () => {
		expect(f(0) === 0 && sampledRange(f, near)[0] < 0).toBe(p.zeroCentred);
	});

	it('reports dead neurons exactly when f′ = 0 all along x < 0', () => {
		expect(grid(-10, -0.01, 100).every((x) => df(x) === 0)).toBe(p.deadNeurons);
	});
});

describe('the comparison table', () => {
	it('matches the course for sigmoid, tanh, ReLU and leaky ReLU', () => {
		const row = (name: TabledActivation) => activationProperties({ name });
		expect(row('sigmoid')).toMatchObject({ cost: 'exp', vanishingGradient: true, zeroCentred: false, deadNeurons: false });
		expect(rangeTex(row('sigmoid').range)).toBe('(0, 1)');
		expect(row('tanh')).toMatchObject({ cost: 'exp', vanishingGradient: true, zeroCentred: true, deadNeurons: false });
		expect(rangeTex(row('tanh').range)).toBe('(-1, 1)');
		expect(row('relu')).toMatchObject({ differentiable: 'except-at-0', cost: 'cheap', vanishingGradient: false, zeroCentred: false, deadNeurons: true });
		expect(rangeTex(row('relu').range)).toBe('[0, \\infty)');
		expect(row('leaky_relu')).toMatchObject({ cost: 'cheap', vanishingGradient: false, zeroCentred: true, deadNeurons: false });
		expect(rangeTex(row('leaky_relu').range)).toBe('(-\\infty, \\infty)');
	});

	it("writes ELU's range from its α", () => {
		expect(rangeTex(activationProperties({ name: 'elu', alpha: 0.5 }).range)).toBe('(-0.5, \\infty)');
	});

	it('uses the test-time slope (lower + upper)/2 for rrelu', () => {
		expect(negativeSlope({ name: 'rrelu', lower: 0.1, upper: 0.3 })).toBeCloseTo(0.2, 12);
		expect(scalarActivation({ name: 'rrelu', lower: 0.1, upper: 0.3 }).f(-2)).toBeCloseTo(-0.4, 12);
	});

	it("puts swish's minimum where its derivative vanishes", () => {
		const { f, df } = scalarActivation({ name: 'swish' });
		let lo = -2;
		let hi = -1;
		for (let i = 0; i < 60; i++) {
			const mid = (lo + hi) / 2;
			if (df(mid) < 0) lo = mid;
			else hi = mid;
		}
		expect(f(lo)).toBeCloseTo(SWISH_MIN, 12);
	});

	it('differentiates a custom expression through the engine', () => {
		const { f, df } = scalarActivation({ name: 'custom', expression: 'x / (1 + abs(x))' });
		expect(f(1)).toBeCloseTo(0.5, 12);
		expect(df(1)).toBeCloseTo(slope(f, 1), 6);
	});

	it('gives softmax(x, 0)₁ = σ(x) with slope σ(x)(1 − σ(x))', () => {
		const { f, df } = scalarActivation({ name: 'softmax' });
		expect(f(0)).toBe(0.5);
		expect(df(0)).toBeCloseTo(0.25, 12);
		expect(df(1.3)).toBeCloseTo(slope(f, 1.3), 6);
	});
});
