// Several samples: per-sample quantities carry @k; the gradient is the mean of the samples' own.

import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../../src/lib/engine/check';
import { twoSampleNetwork } from './fixtures';
import { course, fixed } from './reference';

const X2 = [-0.2, 0.9];
const Y2 = [0.6, 0.1];

describe('checking a network with several samples', () => {
	const s1 = course();
	const s2 = course({}, X2, Y2);

	it('marks per-sample answers and the mean gradient against the independent reference', () => {
		const g5 = (s1.gW2[0][0] + s2.gW2[0][0]) / 2;
		const E = (s1.E + s2.E) / 2;
		const report = checkAnswers(twoSampleNetwork(), [
			{ key: 'H_1@2', value: Number(fixed(s2.H[0], 4)), written: fixed(s2.H[0], 4) },
			{ key: 'O_2@1', value: Number(fixed(s1.O[1], 4)), written: fixed(s1.O[1], 4) },
			{ key: 'E', value: Number(fixed(E, 5)), written: fixed(E, 5) },
			{ key: 'dE/dw_5', value: Number(fixed(g5, 5)), written: fixed(g5, 5) },
			{ key: "w_5'", value: Number(fixed(0.1 - 0.5 * g5, 5)), written: fixed(0.1 - 0.5 * g5, 5) }
		]);
		expect(report.results.map((r) => r.verdict)).toEqual(['correct', 'correct', 'correct', 'correct', 'correct']);
		expect(report.allAccepted).toBe(true);
	});

	it('carries a wrong value of sample 2 into the mean gradient, and leaves sample 1 alone', () => {
		const wrong2 = course({ H1: 0.9 }, X2, Y2);
		const g5 = (s1.gW2[0][0] + wrong2.gW2[0][0]) / 2;
		const report = checkAnswers(twoSampleNetwork(), [
			{ key: 'H_1@2', value: 0.9, written: '0.90' },
			{ key: 'O_1@2', value: Number(fixed(wrong2.O[0], 4)), written: fixed(wrong2.O[0], 4) },
			{ key: 'O_1@1', value: Number(fixed(s1.O[0], 4)), written: fixed(s1.O[0], 4) },
			{ key: 'dE/dw_5', value: Number(fixed(g5, 5)), written: fixed(g5, 5) }
		]);
		expect(report.results.map((r) => r.verdict)).toEqual(['wrong', 'carried', 'correct', 'carried']);
		expect(report.results[3].culprit?.key).toBe('H_1@2');
	});

	it('works with hand rounding and several samples', () => {
		const report = checkAnswers(twoSampleNetwork({ decimals: 2 }), [
			{ key: 'H_1@1', value: 0.56, written: '0.56' },
			{ key: 'H_1@2', value: Number(fixed(s2.H[0], 2)), written: fixed(s2.H[0], 2) }
		]);
		expect(report.summary.correct).toBe(2);
	});
});
