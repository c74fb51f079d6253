import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/lib/engine/spec/random';

/** xoshiro128** written independently with BigInt arithmetic, as in Blackman & Vigna's C code. */
function referenceXoshiro(state: bigint[], n: number): number[] {
	const M = (1n << 32n) - 1n;
	const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & M;
	const s = state.slice();
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		out.push(Number((rotl((s[1] * 5n) & M, 7n) * 9n) & M));
		const t = (s[1] << 9n) & M;
		s[2] ^= s[0];
		s[3] ^= s[1];
		s[1] ^= s[2];
		s[0] ^= s[3];
		s[2] ^= t;
		s[3] = rotl(s[3], 11n);
	}
	return out;
}

const draws = (rng: Rng, n: number, f: (r: Rng) => number) => Array.from({ length: n }, () => f(rng));

function meanVar(xs: number[]): [number, number] {
	const m = xs.reduce((a, b) => a + b, 0) / xs.length;
	return [m, xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)];
}

describe('Rng', () => {
	it('produces the xoshiro128** sequence of a given state', () => {
		const state = [1, 2, 3, 4];
		expect(draws(Rng.fromState(state), 1000, (r) => r.nextUint32())).toEqual(referenceXoshiro(state.map(BigInt), 1000));
		const big = [0xdeadbeef, 0x12345678, 0xffffffff, 0x80000000];
		expect(draws(Rng.fromState(big), 1000, (r) => r.nextUint32())).toEqual(referenceXoshiro(big.map(BigInt), 1000));
		expect(Rng.fromState(state).nextUint32()).toBe(11520);
	});

	it('gives the same sequence for the same seed and stream, and different ones otherwise', () => {
		const a = draws(new Rng(1), 50, (r) => r.nextUint32());
		expect(draws(new Rng(1), 50, (r) => r.nextUint32())).toEqual(a);
		expect(draws(new Rng(2), 50, (r) => r.nextUint32())).not.toEqual(a);
		expect(draws(new Rng(1, 1), 50, (r) => r.nextUint32())).not.toEqual(a);
		expect(draws(new Rng(0), 50, (r) => r.nextUint32())).not.toEqual(draws(new Rng(0, 1), 50, (r) => r.nextUint32()));
	});

	it('continues the sequence from a saved state', () => {
		const r = new Rng(9);
		draws(r, 17, (x) => x.nextUint32());
		const copy = Rng.fromState(r.getState());
		expect(draws(copy, 20, (x) => x.uniform())).toEqual(draws(r, 20, (x) => x.uniform()));
	});

	it('never leaves the all-zero state in place', () => {
		const r = Rng.fromState([0, 0, 0, 0]);
		expect(draws(r, 10, (x) => x.nextUint32()).some((x) => x !== 0)).toBe(true);
	});

	it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
		const xs = draws(new Rng(3), 100_000, (r) => r.uniform());
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
		const [m, v] = meanVar(xs);
		// Standard error of the mean: √(1/12 / 1e5) ≈ 0.0009; of the variance about 0.0002.
		expect(Math.abs(m - 0.5)).toBeLessThan(0.004);
		expect(Math.abs(v - 1 / 12)).toBeLessThan(0.001);
	});

	it('draws standard normals with mean 0, variance 1 and the right tail', () => {
		const xs = draws(new Rng(4), 100_000, (r) => r.normal());
		const [m, v] = meanVar(xs);
		expect(Math.abs(m)).toBeLessThan(0.015);
		expect(Math.abs(v - 1)).toBeLessThan(0.02);
		// P(|z| > 2) = 0.0455.
		const tail = xs.filter((x) => Math.abs(x) > 2).length / xs.length;
		expect(Math.abs(tail - 0.0455)).toBeLessThan(0.004);
	});

	it('draws integers in [0, n) evenly', () => {
		const counts = new Array(7).fill(0);
		const r = new Rng(5);
		for (let i = 0; i < 70_000; i++) counts[r.int(7)]++;
		for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
	});

	it('shuffles into a permutation', () => {
		const items = Array.from({ length: 100 }, (_, i) => i);
		new Rng(6).shuffle(items);
		expect(items).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
		expect([...items].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
	});
});
