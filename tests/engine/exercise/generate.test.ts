import { describe, expect, it } from 'vitest';
import { markAnswers } from '../../../src/lib/engine/check/mark';
import { generateExercises } from '../../../src/lib/engine/exercise/generate';
import { tieDistance, writeRounded } from '../../../src/lib/engine/exercise/numbers';
import { roundTo } from '../../../src/lib/engine/format/round';
import type { Network } from '../../../src/lib/engine/spec/types';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { course, softmax, tanhRelu } from './templates';

const decimalsOf = (x: number) => (String(x).split('.')[1] ?? '').length;

function leaves(net: Network): number[] {
	return [
		...net.layers.flatMap((l) => [...l.weights.flat(), ...(Array.isArray(l.biases) ? l.biases : l.biases === null ? [] : [l.biases])]),
		...net.samples.flatMap((s) => s.input)
	];
}

describe.each([
	['the 2-2-2 sigmoid course network', course, 12],
	['a tanh/ReLU 3-layer net', tanhRelu, 8],
	['softmax with cross-entropy', softmax, 8]
])('generateExercises on %s', (_, template, count) => {
	const set = generateExercises(template(), count, 42);

	it('gives the number of variants asked, named variant-001 …', () => {
		expect(set.variants.map((v) => v.name)).toEqual(Array.from({ length: count }, (_, k) => `variant-${String(k + 1).padStart(3, '0')}`));
	});

	it('draws inputs and parameters with at most the template\'s decimals, never 0, inside the ranges', () => {
		const ex = set.exercise;
		for (const v of set.variants) {
			for (const x of leaves(v.network)) {
				expect(decimalsOf(x)).toBeLessThanOrEqual(ex.decimals);
				expect(x).not.toBe(0);
			}
			for (const l of v.network.layers) for (const w of l.weights.flat()) expect(w >= ex.weights[0] && w <= ex.weights[1]).toBe(true);
		}
	});

	it('keeps everything but the numbers', () => {
		const t = set.template;
		for (const v of set.variants) {
			expect(v.network.layers.map((l) => [l.size, l.activation, l.names, l.weightNames])).toEqual(t.layers.map((l) => [l.size, l.activation, l.names, l.weightNames]));
			expect([v.network.loss, v.network.optimizer, v.network.rounding, v.network.style]).toEqual([t.loss, t.optimizer, t.rounding, t.style]);
		}
	});

	it('saturates no neuron: sigmoid |z| ≤ 3, tanh |z| ≤ 1.5, ReLU alive, softmax outputs in [0.02, 0.95]', () => {
		for (const v of set.variants) {
			const tb = buildTrace({ ...v.network, rounding: null, style: 'textbook' });
			for (const s of tb.steps) {
				const m = /^([az])\[(\d+)\]/.exec(s.id);
				if (!m || m[2] === '0') continue;
				const act = v.network.layers[Number(m[2]) - 1].activation.name;
				if (m[1] === 'z' && act === 'sigmoid') expect(Math.abs(s.value)).toBeLessThanOrEqual(3);
				if (m[1] === 'z' && act === 'tanh') expect(Math.abs(s.value)).toBeLessThanOrEqual(1.5);
				if (m[1] === 'z' && act === 'relu') expect(s.value).toBeGreaterThan(0);
				if (m[1] === 'a' && act === 'softmax') expect(s.value >= 0.02 && s.value <= 0.95).toBe(true);
			}
		}
	});

	it('puts no asked answer within 10^-(d+2) of a rounding tie, and no hand step that a later one reads', () => {
		for (const v of set.variants) {
			const r = v.network.rounding ?? { decimals: 2 };
			for (const a of v.answers) expect(tieDistance(v.exact.values[a.id], r)).toBeGreaterThanOrEqual(0.01);
			const read = new Set((v.hand?.steps ?? []).flatMap((s) => s.dependsOn));
			for (const s of v.hand?.steps ?? []) {
				if (read.has(s.id) && roundTo(s.unrounded, r) === s.value && s.value !== s.unrounded) expect(tieDistance(s.unrounded, r)).toBeGreaterThanOrEqual(0.01);
			}
		}
	});

	it('has a key the checker marks all correct, written to the decimals asked', () => {
		for (const v of set.variants) {
			const report = markAnswers(v.exact, v.answers, v.hand);
			expect(report.summary).toMatchObject({ correct: v.answers.length, wrong: 0, carried: 0 });
			const r = v.network.rounding ?? { decimals: 2 };
			for (const a of v.answers) expect(a.written).toBe(writeRounded(a.value, r));
		}
	});

	it('gives pairwise different variants, and the same set for the same seed', () => {
		const numbers = set.variants.map((v) => JSON.stringify(leaves(v.network).concat(v.network.samples.flatMap((s) => s.target))));
		expect(new Set(numbers).size).toBe(count);
		const again = generateExercises(template(), count, 42);
		expect(again.variants.map((v) => v.json)).toEqual(set.variants.map((v) => v.json));
		const other = generateExercises(template(), count, 43);
		expect(other.variants.map((v) => v.json)).not.toEqual(set.variants.map((v) => v.json));
	});
});

describe('generateExercises refuses', () => {
	it('an asked key that names nothing, with its path', () => {
		const net = { ...course(), exercise: { decimals: 1, weights: [-1, 1], biases: [-1, 1], inputs: [0, 1], targets: [0, 1], ask: ['H_1', 'H_9'] } } as Network;
		expect(() => generateExercises(net, 2, 1)).toThrow(/^exercise\.ask\[1\]: "H_9" names no quantity/);
	});

	it('a given quantity asked as if computed', () => {
		const net = { ...course(), exercise: { decimals: 1, weights: [-1, 1], biases: [-1, 1], inputs: [0, 1], targets: [0, 1], ask: ['w_5'] } } as Network;
		expect(() => generateExercises(net, 2, 1)).toThrow(/exercise\.ask\[0\]: "w_5" is given/);
	});

	it('ranges too tight to fill the set', () => {
		const net = { ...course(), exercise: { decimals: 0, weights: [2, 3], biases: [-1, 1], inputs: [1, 2], targets: [0, 1], ask: null } } as Network;
		expect(() => generateExercises(net, 3, 1)).toThrow(/^exercise: only 0 of 3 variants/);
	});

	it('a count out of range', () => {
		expect(() => generateExercises(course(), 0, 1)).toThrow(/count/);
		expect(() => generateExercises(course(), 501, 1)).toThrow(/count/);
	});
});
