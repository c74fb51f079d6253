// The course's style of working: the course example comes out as the sheet writes it (where the
// sheet is right), the same numbers as the textbook style when nothing is rounded, each line
// rounded once against an independent calculation, and gradients that agree with finite differences.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/lib/engine/format/round';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import type { ActivationName, LossName, Network, Rounding } from '../../../src/lib/engine/spec/types';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { SGD, dense } from '../check/fixtures';

const course = validateNetwork(JSON.parse(readFileSync('static/examples/course-2-2-2.json', 'utf8')));

describe('buildTrace in the course style, on the course example', () => {
	const trace = buildTrace(course);

	it('gives the sheet’s values where the sheet is right, and the true hidden-layer gradients', () => {
		const v = trace.values;
		expect([v['a[1][1]'], v['a[1][2]'], v['a[2][1]'], v['a[2][2]'], v['E']]).toEqual([0.56, 0.5, 0.48, 0.53, 0.21]);
		expect([v['dE/da[2][1]'], v['dE/da[2][2]']]).toEqual([0.25, 0.6]);
		// w_5, w_7, w_6, w_8 (output layer), then w_1, w_3, w_2, w_4 (hidden layer)
		const g = (l: number, j: number, i: number) => trace.gradients[`w[${l}][${j}][${i}]`];
		expect([g(2, 1, 1), g(2, 1, 2), g(2, 2, 1), g(2, 2, 2)]).toEqual([0.03, 0.03, 0.08, 0.07]);
		expect([g(1, 1, 1), g(1, 1, 2), g(1, 2, 1), g(1, 2, 2)]).toEqual([-0.01, -0.01, 0.01, 0.01]);
	});

	it('writes the course’s lines in its order: outputs, Error, ∂Error/∂O, one line per weight, updates', () => {
		expect(trace.steps.map((s) => s.id)).toEqual([
			'a[1][1]', 'a[1][2]', 'a[2][1]', 'a[2][2]', 'E', 'dE/da[2][1]', 'dE/da[2][2]',
			'dE/dw[2][1][1]', 'dE/dw[2][1][2]', 'dE/dw[2][2][1]', 'dE/dw[2][2][2]',
			'dE/dw[1][1][1]', 'dE/dw[1][1][2]', 'dE/dw[1][2][1]', 'dE/dw[1][2][2]',
			"w[1][1][1]'", "w[1][1][2]'", "w[1][2][1]'", "w[1][2][2]'", "w[2][1][1]'", "w[2][1][2]'", "w[2][2][1]'", "w[2][2][2]'"
		]);
	});

	it('writes the net input inside the activation and the chain in the course’s notation', () => {
		const step = (id: string) => trace.steps.find((s) => s.id === id)!;
		expect(step('a[1][1]').formula).toBe('H_1 = \\sigma(w_1\\,x_1 + w_3\\,x_2)');
		expect(step('a[1][1]').substituted).toBe('\\sigma(0.2 \\cdot 0.5 + 0.5 \\cdot 0.3)');
		expect(step('E').label).toBe('\\text{Error}');
		expect(step('dE/da[2][1]').label).toBe('\\delta{O_1}');
		expect(step('dE/dw[2][2][2]').substituted).toBe('0.60 \\cdot 0.53 \\cdot (1 - 0.53) \\cdot 0.50');
		expect(step('dE/dw[2][2][2]').dependsOn).toEqual(['a[2][2]', 'dE/da[2][2]', 'a[1][2]']);
		expect(step('dE/dw[1][1][1]').formula).toContain('\\left(');
	});

	it('is refused past the sizes a person works by hand, naming the style and the sizes', () => {
		const wide = validateNetwork({
			layers: [{ size: 9 }, { size: 1, activation: 'sigmoid', weights: [Array(9).fill(0.1)] }],
			loss: 'half_sse',
			samples: [{ input: Array(9).fill(1), target: [0] }],
			style: 'course'
		});
		expect(() => buildTrace(wide)).toThrow(
			'style: "course" writes every chain in full, for networks worked by hand: at most 4 layers after the input, 8 neurons a layer and 8 samples (this one has 1 layer, 9 neurons in its widest layer and 1 sample); use "textbook"'
		);
		expect(buildTrace({ ...wide, style: 'textbook' }).steps.length).toBeGreaterThan(0);
	});

	it('keeps the textbook style’s steps when the file asks for them', () => {
		const textbook = buildTrace({ ...course, style: 'textbook' });
		expect(textbook.gradients['w[2][2][2]']).toBe(0.08);
		expect(textbook.gradients['w[1][2][1]']).toBe(0.02);
		expect(textbook.steps.some((s) => s.id.startsWith('delta['))).toBe(true);
	});
});

const activations: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'softplus', 'linear'];
const losses: LossName[] = ['half_sse', 'mse', 'sse'];

const networkArb = fc
	.record({
		sizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }),
		activation: fc.constantFrom(...activations),
		loss: fc.constantFrom(...losses),
		samples: fc.integer({ min: 1, max: 2 }),
		numbers: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 60, maxLength: 60 }),
		biases: fc.boolean()
	})
	.map(({ sizes, activation, loss, samples, numbers, biases }) => {
		let k = 0;
		const next = () => numbers[k++ % numbers.length];
		const layers = sizes.slice(1).map((n, li) => {
			const layer = dense(Array.from({ length: n }, () => Array.from({ length: sizes[li] }, next)));
			layer.activation = { name: activation };
			if (biases) layer.biases = Array.from({ length: n }, next);
			return layer;
		});
		const net: Network = {
			title: null,
			input: { size: sizes[0], names: null },
			layers,
			loss,
			samples: Array.from({ length: samples }, () => ({
				input: Array.from({ length: sizes[0] }, next),
				target: Array.from({ length: sizes.at(-1)! }, next),
				classIndex: null
			})),
			optimizer: SGD(0.5),
			rounding: null,
			style: 'course',
			seed: 1
		};
		return net;
	});

describe('the course style on random networks', () => {
	it('computes the same values as the textbook style when nothing is rounded', () => {
		fc.assert(
			fc.property(networkArb, (net) => {
				const c = buildTrace(net);
				const t = buildTrace({ ...net, style: 'textbook' });
				for (const [id, x] of Object.entries(c.values)) {
					if (!(id in t.values)) continue;
					expect(x).toBeCloseTo(t.values[id], 12);
				}
				for (const [id, g] of Object.entries(c.gradients)) expect(g).toBeCloseTo(t.gradients[id], 12);
				for (const [id, u] of Object.entries(c.updated)) expect(u).toBeCloseTo(t.updated[id], 12);
			}),
			{ numRuns: 150 }
		);
	});

	it('rounds each line once, from written values, as an independent hand calculation does', () => {
		const rounding: Rounding = { decimals: 2 };
		fc.assert(
			fc.property(networkArb, (raw) => {
				const net = { ...raw, rounding };
				const trace = buildTrace(net);
				const ref = courseByHand(net, rounding);
				for (const [id, x] of Object.entries(ref)) expect([id, trace.values[id]]).toEqual([id, x]);
			}),
			{ numRuns: Number(process.env.RUNS ?? 150), seed: Number(process.env.SEED ?? 20261202) }
		);
	});

	it('gives gradients that agree with finite differences of the loss when nothing is rounded', () => {
		fc.assert(
			fc.property(networkArb, (net) => {
				const trace = buildTrace(net);
				const h = 1e-6;
				for (const [id, g] of Object.entries(trace.gradients)) {
					const m = /^w\[(\d+)\]\[(\d+)\]\[(\d+)\]$/.exec(id);
					if (!m) continue;
					const [l, j, i] = [Number(m[1]) - 1, Number(m[2]) - 1, Number(m[3]) - 1];
					const at = (d: number) => {
						const moved = structuredClone(net);
						moved.layers[l].weights[j][i] += d;
						return buildTrace({ ...moved, style: 'textbook' }).loss;
					};
					const fd = (at(h) - at(-h)) / (2 * h);
					if (net.layers.some((layer) => layer.activation.name === 'relu')) continue; // kinks
					expect(Math.abs(fd - g)).toBeLessThan(1e-6 * Math.max(1, Math.abs(g)));
				}
			}),
			{ numRuns: 60 }
		);
	});
});

// ---- An independent hand calculation of the course's lines (no engine code but the rounding) ----

const F: Record<string, { f: (x: number) => number; df: (x: number, a: number) => number }> = {
	sigmoid: { f: (x) => 1 / (1 + Math.exp(-x)), df: (_x, a) => a * (1 - a) },
	tanh: { f: Math.tanh, df: (_x, a) => 1 - a * a },
	relu: { f: (x) => Math.max(0, x), df: (x) => (x > 0 ? 1 : 0) },
	softplus: { f: (x) => Math.log1p(Math.exp(x)), df: (x) => 1 / (1 + Math.exp(-x)) },
	linear: { f: (x) => x, df: () => 1 }
};

function courseByHand(net: Network, rounding: Rounding): Record<string, number> {
	const r = (x: number) => roundTo(x, rounding);
	const out: Record<string, number> = {};
	const N = net.samples.length;
	const at = (k: number) => (N === 1 ? '' : `@${k + 1}`);
	const L = net.layers.length;
	const acts: number[][][] = []; // [sample][layer][neuron], written
	const zs: number[][][] = [];
	net.samples.forEach((sample, k) => {
		const a: number[][] = [sample.input];
		const z: number[][] = [[]];
		net.layers.forEach((layer, li) => {
			const act = F[layer.activation.name];
			z.push(layer.weights.map((row, j) => row.reduce((s, w, i) => s + w * a[li][i], 0) + (layer.biases ? (layer.biases as number[])[j] : 0)));
			a.push(z[li + 1].map((x) => r(act.f(x))));
			a[li + 1].forEach((x, j) => (out[`a[${li + 1}][${j + 1}]${at(k)}`] = x));
		});
		acts.push(a);
		zs.push(z);
	});
	const n = net.layers[L - 1].size;
	const dO = net.samples.map((sample, k) =>
		acts[k][L].map((o, j) => {
			const y = sample.target[j];
			const g = net.loss === 'half_sse' ? o - y : net.loss === 'sse' ? 2 * (o - y) : (2 * (o - y)) / n;
			return (out[`dE/da[${L}][${j + 1}]${at(k)}`] = r(g));
		})
	);
	// ∂Error/∂z of every layer from the written values, unrounded inside the line.
	const deltas = net.samples.map((_, k) => {
		const d: number[][] = [];
		d[L] = dO[k].map((g, j) => g * F[net.layers[L - 1].activation.name].df(zs[k][L][j], acts[k][L][j]));
		for (let l = L - 1; l >= 1; l--) {
			const act = F[net.layers[l - 1].activation.name];
			d[l] = acts[k][l].map((av, i) => d[l + 1].reduce((s, x, j) => s + x * net.layers[l].weights[j][i], 0) * act.df(zs[k][l][i], av));
		}
		return d;
	});
	net.layers.forEach((layer, li) => {
		const l = li + 1;
		layer.weights.forEach((row, j) =>
			row.forEach((_, i) => {
				let s = 0;
				for (let k = 0; k < N; k++) s += deltas[k][l][j] * acts[k][l - 1][i];
				out[`dE/dw[${l}][${j + 1}][${i + 1}]`] = r(s / N);
			})
		);
	});
	return out;
}
