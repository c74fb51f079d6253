// A step's note is plain text in both languages: a hidden neuron's ∂E/∂a names the neurons it feeds
// without TeX, all of them where they are few and the first two and the last of a wide layer.

import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';

function network(sizes: number[]) {
	return validateNetwork({
		layers: [{ size: sizes[0] }, ...sizes.slice(1).map((size) => ({ size, activation: 'sigmoid' }))],
		init: 'glorot_uniform',
		seed: 3,
		loss: 'half_sse',
		samples: [{ input: Array(sizes[0]).fill(0.5), target: Array(sizes.at(-1)!).fill(0.5) }],
		optimizer: { type: 'sgd', learningRate: 0.5 }
	});
}

describe('the note of a hidden neuron’s ∂E/∂a', () => {
	it('names the few neurons it feeds, in plain text', () => {
		const step = buildTrace(network([2, 3, 2])).steps.find((s) => s.id === 'dE/da[1][2]')!;
		expect(step.note!.en).toBe('Sum over the paths back from a^[2]_1, a^[2]_2: a^[1]_2 feeds each of them.');
		expect(step.note!['zh-TW']).toBe('對 a^[2]_1, a^[2]_2 回傳的所有路徑加總：a^[1]_2 連到它們每一個。');
	});

	it('names the first two and the last of a wide layer, with how many there are', () => {
		const step = buildTrace(network([2, 3, 64, 2])).steps.find((s) => s.id === 'dE/da[1][3]')!;
		expect(step.note!.en).toBe('Sum over the 64 paths back from a^[2]_1, a^[2]_2, …, a^[2]_64: a^[1]_3 feeds each of them.');
		expect(step.note!['zh-TW']).toContain('（共 64 個）');
		for (const text of Object.values(step.note!)) expect(text).not.toMatch(/[{}\\]/);
	});
});
