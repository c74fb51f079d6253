// The course's own hand calculation (seed/000_…txt, "手算前向/反向傳導"), marked.
//
// Worked out independently (Python, full precision and 2-decimal half-up rounding, /tmp/chk/course.py
// in the helper's session; the numbers are repeated here):
//   H_1 = σ(0.25) = 0.5622, H_2 = σ(-0.02) = 0.4950, O_1 = σ(-0.0923) = 0.4769, O_2 = σ(0.1149) = 0.5287,
//   E = 0.2097, ∂E/∂O_1 = 0.2469, ∂E/∂O_2 = 0.5987, δ_O_1 = 0.0616, δ_O_2 = 0.1492,
//   ∂E/∂w_5 = δ_O_1·H_1 = 0.0346, ∂E/∂w_7 = δ_O_1·H_2 = 0.0305, ∂E/∂w_6 = δ_O_2·H_1 = 0.0839,
//   ∂E/∂w_8 = δ_O_2·H_2 = 0.0738 (the hand calculation that rounds δ_O_2 to 0.15 gets 0.08; the sheet
//   multiplies 0.60·0.53·0.47·0.50 unrounded and gets 0.07: both lie within 0.01 of 0.0738),
//   ∂E/∂H_1 = δ_O_1·w_5 + δ_O_2·w_6 = -0.0684, δ_H_1 = -0.0168, ∂E/∂w_1 = -0.0084, ∂E/∂w_3 = -0.0051,
//   ∂E/∂H_2 = δ_O_1·w_7 + δ_O_2·w_8 = 0.1009, δ_H_2 = 0.0252, ∂E/∂w_2 = 0.0126, ∂E/∂w_4 = 0.0076.
// The sheet's hidden layer computes (∂E/∂w_5 + ∂E/∂w_6)·H_1(1 − H_1)·x_i: the gradients of the weights
// leaving H_1 added where δ_O_1·w_5 + δ_O_2·w_6 belongs (w_6 = -0.5 makes the true sum negative).
// That gives (0.03 + 0.08)·0.56·0.44·0.5 = 0.0136 → 0.01 for w_1, 0.0081 → 0.01 for w_3:
//   - ∂E/∂w_1 = 0.01 is 0.0184 from -0.0084: wrong (sign and size);
//   - ∂E/∂w_3 = 0.01 is 0.0151 from -0.0051: wrong;
//   - ∂E/∂w_2 = 0.01 is 0.0026 from 0.0126 and ∂E/∂w_4 = 0.01 is 0.0024 from 0.0076: within 0.01,
//     so accepted — the wrong method lands on the right 2-decimal number by luck.
// No earlier answer of the sheet is wrong, so nothing is carried: 13 correct, 2 wrong.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnswers, parseAnswers } from '../../../src/lib/engine/check';
import { courseNetwork } from './fixtures';

const sheet = parseAnswers(readFileSync('static/examples/answers/course-sheet.json', 'utf8'));

describe('the course sheet marked', () => {
	for (const rounding of [null, { decimals: 2 }]) {
		const report = checkAnswers(courseNetwork(rounding), sheet);
		const byKey = Object.fromEntries(report.results.map((r) => [r.key, r]));

		describe(rounding ? 'against the network that rounds to 2 decimals' : 'against the full-precision network', () => {
			it('accepts the forward pass, the loss and the output layer, and two hidden gradients by luck', () => {
				const correct = ['H_1', 'H_2', 'O_1', 'O_2', 'E', 'dE/dO_1', 'dE/dO_2', 'dE/dw_5', 'dE/dw_7', 'dE/dw_6', 'dE/dw_8', 'dE/dw_2', 'dE/dw_4'];
				for (const k of correct) expect(byKey[k].verdict, k).toBe('correct');
				expect(report.summary).toEqual({ correct: 13, imprecise: 0, carried: 0, wrong: 2, unknown: 0 });
				expect(report.allAccepted).toBe(false);
			});

			it('reads the keys as the sheet means them', () => {
				expect(byKey['dE/dO_1'].id).toBe('dE/da[2][1]');
				expect(byKey['dE/dw_7'].id).toBe('dE/dw[2][1][2]');
				expect(byKey['dE/dw_6'].id).toBe('dE/dw[2][2][1]');
				expect(byKey['dE/dw_3'].id).toBe('dE/dw[1][1][2]');
				expect(byKey['dE/dw_2'].id).toBe('dE/dw[1][2][1]');
				expect(byKey['H_2'].written).toBe('0.50');
			});

			it('marks ∂E/∂w_1 and ∂E/∂w_3 wrong, explained by the added weight gradients', () => {
				for (const [k, exact] of [['dE/dw_1', -0.0084213], ['dE/dw_3', -0.0050528]] as const) {
					const r = byKey[k];
					expect(r.verdict, k).toBe('wrong');
					expect(r.expected).toBeCloseTo(exact, 6);
					expect(r.culprit).toBeNull();
					expect(r.diagnoses[0].kind).toBe('weight-gradients-summed');
					expect(r.note).toContain('∂E/∂w_5 + ∂E/∂w_6');
					expect(r.note).toContain('δ_O1·w_5 + δ_O2·w_6');
					expect(r.working?.formula).toContain('\\delta_{H_1}');
				}
			});
		});
	}

	it('gives the correct working with the numbers the course writes when the network rounds', () => {
		const r = checkAnswers(courseNetwork({ decimals: 2 }), sheet).results.find((x) => x.key === 'dE/dw_1')!;
		expect(r.working?.value).toBe(-0.01);
		// Inputs are the file's numbers; the trace may write 0.5 as 0.5 or 0.50. Labels as solve writes them.
		expect(r.note).toMatch(/= δ_H1 x_1 = \(-0\.02\) · 0\.50? = -0\.01;/);
		expect(r.expected).toBeCloseTo(-0.0084213, 6);
	});

	it('gives the working in full precision when the network does not round', () => {
		const r = checkAnswers(courseNetwork(null), sheet).results.find((x) => x.key === 'dE/dw_1')!;
		expect(r.note).toContain('= δ_H1 x_1 = (-0.0168) · 0.5 = -0.0084');
		expect(r.notes['zh-TW']).toContain('正確算法');
	});
});
