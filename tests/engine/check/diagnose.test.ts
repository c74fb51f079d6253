// Each common mistake: make it on purpose in the independent reference (./reference.ts), write the
// resulting number with 4 decimals, and check the checker names that mistake.

import { describe, expect, it } from 'vitest';
import { checkAnswers, type Answer, type MistakeKind } from '../../../src/lib/engine/check';
import type { Network } from '../../../src/lib/engine/spec/types';
import { courseNetwork } from './fixtures';
import { course, fixed } from './reference';

function diagnosed(key: string, value: number, d = 4, net: Network = courseNetwork(null), extra: Answer[] = []): MistakeKind[] {
	const report = checkAnswers(net, [...extra, { key, value: Number(fixed(value, d)), written: fixed(value, d) }]);
	const r = report.results.at(-1)!;
	expect(r.verdict, `${key} = ${fixed(value, d)}`).toBe('wrong');
	return r.diagnoses.map((x) => x.kind);
}

const exact = course();

describe('diagnoses of wrong answers', () => {
	it('a sign slip: the right value with the wrong sign', () => {
		expect(diagnosed('dE/dw_5', -exact.gW2[0][0])).toEqual(['sign-slip']);
		expect(diagnosed('dE/dH_1', -exact.dH[0])).toEqual(['sign-slip']);
	});

	it('the missing ½ of the loss: ∂E/∂O doubled, and everything behind it', () => {
		const twice = course({ lossFactor: 2 });
		expect(diagnosed('dE/dO_1', twice.dO[0])).toContain('loss-factor-two');
		expect(diagnosed('delta_O_2', twice.deltaO[1])[0]).toBe('loss-factor-two');
		expect(diagnosed('dE/dw_6', twice.gW2[1][0])[0]).toBe('loss-factor-two');
		expect(diagnosed('dE/dw_2', twice.gW1[1][0])[0]).toBe('loss-factor-two');
		expect(diagnosed('E', 2 * exact.E)).toEqual(['loss-factor-two']);
	});

	it('the factor 2 of (y − a)² dropped under sse: ∂E/∂O halved', () => {
		const sse = { ...courseNetwork(null), loss: 'sse' as const };
		// Under sse, ∂E/∂O = 2(O − y); without the 2 it is O − y, which is half_sse's value.
		expect(diagnosed('dE/dO_1', exact.dO[0], 4, sse)).toEqual(['loss-factor-two']);
		expect(diagnosed('dE/dw_5', exact.gW2[0][0], 4, sse)[0]).toBe('loss-factor-two');
	});

	it('a forgotten σ′: δ written as ∂E/∂a, at the output and in the hidden layer', () => {
		expect(diagnosed('delta_O_1', exact.dO[0])).toEqual(['activation-derivative-forgotten']);
		expect(diagnosed('dE/dw_5', course({ forgetDerivative: [2] }).gW2[0][0])[0]).toBe('activation-derivative-forgotten');
		expect(diagnosed('dE/dw_4', course({ forgetDerivative: [1] }).gW1[1][1])[0]).toBe('activation-derivative-forgotten');
		expect(diagnosed('dE/dw_1', course({ forgetDerivative: [1, 2] }).gW1[0][0])[0]).toBe('activation-derivative-forgotten');
	});

	it('weight gradients added where deltas should be back-propagated (the course sheet)', () => {
		const sheet = course({ sumWeightGradients: true });
		expect(diagnosed('dE/dH_1', sheet.dH[0])[0]).toBe('weight-gradients-summed');
		expect(diagnosed('delta_H_2', sheet.deltaH[1])[0]).toBe('weight-gradients-summed');
		expect(diagnosed('dE/dw_1', sheet.gW1[0][0])).toEqual(['weight-gradients-summed']);
		expect(diagnosed("w_3'", sheet.W1new[0][1])).toEqual(['weight-gradients-summed']);
	});

	it('the sheet\'s mistake, from the person\'s own rounded output-layer gradients', () => {
		// (0.03 + 0.08)·σ′(H_1)·x_1 with the written 0.03 and 0.08: 0.013536 → 0.0135.
		const extra: Answer[] = [
			{ key: 'dE/dw_5', value: 0.03, written: '0.03' },
			{ key: 'dE/dw_6', value: 0.08, written: '0.08' }
		];
		const H1 = exact.H[0];
		expect(diagnosed('dE/dw_1', 0.11 * H1 * (1 - H1) * 0.5, 4, courseNetwork(null), extra)).toEqual(['weight-gradients-summed']);
	});

	it('the updated weight used in back-propagation instead of the old one', () => {
		const late = course({ newWeightsInBackprop: true });
		expect(diagnosed('dE/dH_1', late.dH[0], 5)).toEqual(['updated-weight-in-backprop']);
		expect(diagnosed('dE/dw_3', late.gW1[0][1], 6)[0]).toBe('updated-weight-in-backprop');
	});

	it('the old weight written as the updated one', () => {
		expect(diagnosed("w_5'", 0.1)).toEqual(['old-weight']);
		expect(diagnosed('w[2][2][2]+', 0.8)).toEqual(['old-weight']);
	});

	it('the learning rate not applied, or the step added instead of subtracted', () => {
		// With η = 0.5, θ − ∂E/∂θ is also θ − η·2∂E/∂θ: the missing ½ of the loss explains it as well.
		expect(diagnosed("w_5'", 0.1 - exact.gW2[0][0])).toEqual(['learning-rate-missing', 'loss-factor-two']);
		expect(diagnosed("w_6'", -0.5 + 0.5 * exact.gW2[1][0])).toEqual(['learning-rate-added']);
	});

	it('names no mistake for a number no mistake explains', () => {
		expect(diagnosed('dE/dw_5', 0.5)).toEqual([]);
		expect(diagnosed('H_1', 0.7)).toEqual([]);
	});

	it('names no mistake that cannot be told from the right value at the written precision', () => {
		// ∂E/∂w_4 = 0.0076; written to 1 decimal, -0.1 is 0.1076 away (wrong), and its sign slip -0.0076
		// is within 0.1 of -0.1 — but so close to the right value that it explains nothing.
		expect(diagnosed('dE/dw_4', -0.1, 1)).toEqual([]);
	});

	it('writes each diagnosis in both languages', () => {
		const report = checkAnswers(courseNetwork(null), [{ key: "w_5'", value: 0.1, written: '0.1000' }]);
		const [d] = report.results[0].diagnoses;
		expect(d.notes.en).toBe("this is w_5 before the update (the old value); w_5′ = w_5 − η·∂E/∂w_5");
		expect(d.notes['zh-TW']).toBe('這是更新前（舊的）w_5；w_5′ = w_5 − η·∂E/∂w_5');
		expect(report.results[0].note).toContain('likely mistake: this is w_5 before the update');
	});
});
