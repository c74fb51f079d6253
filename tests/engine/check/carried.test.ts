import { describe, expect, it } from 'vitest';
import { checkAnswers, markAnswers, parseAnswers, type Answer } from '../../../src/lib/engine/check';
import { courseNetwork, tinyTrace } from './fixtures';
import { course, fixed } from './reference';

const answer = (key: string, value: number, d: number): Answer => ({ key, value: Number(fixed(value, d)), written: fixed(value, d) });

describe('errors carried forward', () => {
	// H_1 written as 0.9 (it is 0.5622); everything after it worked out correctly from 0.9, each step
	// from the previous written (4-decimal) values.
	const r4 = (x: number) => Number(x.toFixed(4));
	const H1 = 0.9;
	const H2 = course().H[1];
	const sig = (x: number) => 1 / (1 + Math.exp(-x));
	const O1 = r4(sig(0.1 * H1 - 0.3 * H2));
	const O2 = r4(sig(-0.5 * H1 + 0.8 * H2));
	const E = r4(0.5 * (0.23 - O1) ** 2 + 0.5 * (-0.07 - O2) ** 2);
	const dO1 = r4(O1 - 0.23);
	const dO1delta = r4(dO1 * O1 * (1 - O1));
	const g5 = r4(dO1delta * H1);
	const w5new = r4(0.1 - 0.5 * g5);
	const chain: Answer[] = [
		{ key: 'H_1', value: H1, written: '0.9' },
		answer('O_1', O1, 4),
		answer('O_2', O2, 4),
		answer('E', E, 4),
		answer('dE/dO_1', dO1, 4),
		answer('delta_O_1', dO1delta, 4),
		answer('dE/dw_5', g5, 4),
		answer("w_5'", w5new, 4)
	];

	it('marks a wrong H_1 wrong and every later step worked from it carried, naming H_1', () => {
		const report = checkAnswers(courseNetwork(null), chain);
		expect(report.results.map((r) => r.verdict)).toEqual([
			'wrong',
			'carried',
			'carried',
			'carried',
			'carried',
			'carried',
			'carried',
			'carried'
		]);
		for (const r of report.results.slice(1)) {
			expect(r.culprit?.key, r.key).toBe('H_1');
			expect(r.note).toContain('your earlier answer H_1 = 0.9, which is not correct');
			expect(r.notes['zh-TW']).toContain('（連帶）');
		}
		expect(report.summary).toEqual({ correct: 0, imprecise: 0, carried: 7, wrong: 1, unknown: 0 });
		expect(report.allAccepted).toBe(false);
	});

	it('the carried values really are far from the exact ones', () => {
		const exact = course();
		expect(Math.abs(O2 - exact.O[1])).toBeGreaterThan(0.03);
		expect(Math.abs(g5 - exact.gW2[0][0])).toBeGreaterThan(0.01);
	});

	it('carries through steps the person skipped, recomputing them from their values', () => {
		// Only H_1 and ∂E/∂w_5: O_1, ∂E/∂O_1 and δ_O_1 are recomputed from H_1 = 0.9.
		const wrongH = course({ H1: 0.9 });
		const report = checkAnswers(courseNetwork(null), [{ key: 'H_1', value: 0.9, written: '0.9' }, answer('dE/dw_5', wrongH.gW2[0][0], 5)]);
		expect(report.results[1].verdict).toBe('carried');
		expect(report.results[1].recomputed).toBeCloseTo(wrongH.gW2[0][0], 10);
	});

	it('names the earliest wrong answer when a later one is wrong as well', () => {
		const report = checkAnswers(courseNetwork(null), [
			...chain.slice(0, 2),
			{ key: 'E', value: 0.3, written: '0.3000' },
			answer('dE/dO_1', dO1, 4)
		]);
		const e = report.results[2];
		expect(e.verdict).toBe('wrong');
		expect(e.culprit?.key).toBe('H_1');
		expect(e.note).toContain('it depends on your earlier answer H_1 = 0.9, which is not correct either');
		// ∂E/∂O_1 reads O_1, not E: still carried from H_1 through O_1.
		expect(report.results[3].verdict).toBe('carried');
		expect(report.results[3].culprit?.key).toBe('H_1');
	});

	it('names the earliest of several wrong answers in the order a person computes them', () => {
		// O_1 to 4 decimals: H_1 = 0.9 alone moves it by 0.0085, more than its tolerance.
		const report = checkAnswers(courseNetwork(null), [
			answer('dE/dw_5', 0.2, 4),
			{ key: 'O_1', value: 0.7, written: '0.7000' },
			{ key: 'H_1', value: 0.9, written: '0.9' }
		]);
		expect(report.results[0].culprit?.key).toBe('H_1');
		expect(report.results[1].culprit?.key).toBe('H_1');
	});

	it('never names an answer right at the network\'s precision as the culprit of an unrelated later mistake', () => {
		// O_1 = 0.480 is 0.48 to the 2 decimals asked for, written to 3 (0.0031 from 0.4769: wrong at 3).
		// ∂E/∂w_5 = 0.50 is wrong by 0.47, which O_1 = 0.480 does not explain: its own error moves ∂E/∂w_5 by 0.0004.
		const report = checkAnswers(courseNetwork({ decimals: 2 }), parseAnswers('{"O_1": 0.480, "dE/dw_5": 0.50}'));
		expect(report.results.map((r) => r.verdict)).toEqual(['wrong', 'wrong']);
		expect(report.results[0].note).toContain('it is right to the 2 decimals asked for, but written to 3');
		expect(report.results[1].culprit).toBeNull();
		expect(report.results[1].note).not.toContain('O_1 = 0.480');
	});

	it('takes carried answers in given order in the report, whatever the order in the file', () => {
		const shuffled = [...chain].reverse();
		const report = checkAnswers(courseNetwork(null), shuffled);
		expect(report.results.map((r) => r.key)).toEqual(shuffled.map((a) => a.key));
		expect(report.results.at(-1)?.verdict).toBe('wrong');
	});

	it('accepts the hand calculation the file asks for as carried when it drifts beyond the tolerance', () => {
		// Rounding to 2 decimals, δ_O_2 = 0.15 and H_2 = 0.50, so ∂E/∂w_8 = 0.075 by hand; exactly it is
		// 0.07384. Written as 0.0750 (tolerance 0.0001) that is not the exact value, but it is exactly
		// what the course's own rounding gives.
		const net = courseNetwork({ decimals: 2 });
		const [r] = checkAnswers(net, parseAnswers('{"dE/dw_8": 0.0750}')).results;
		expect(r.verdict).toBe('carried');
		expect(r.recomputed).toBeCloseTo(0.075, 12);
		expect(r.culprit).toBeNull();
		expect(r.note).toBe(
			"not within 0.0001 of the exact value 0.073845, but the working is right: from the network file's numbers, rounding every step to 2 decimals as the network file asks, this step gives 0.075 (error carried forward)"
		);
		// The same answer against the network without rounding is wrong.
		expect(checkAnswers(courseNetwork(null), parseAnswers('{"dE/dw_8": 0.0750}')).results[0].verdict).toBe('wrong');
	});

	it('marks a correct answer correct even when an earlier one is wrong', () => {
		const exact = course();
		const report = checkAnswers(courseNetwork(null), [{ key: 'H_1', value: 0.9, written: '0.9' }, answer('H_2', exact.H[1], 3)]);
		expect(report.results[1].verdict).toBe('correct');
	});

	it('carries a wrongly copied weight of the network file forward', () => {
		// w_5 copied as 0.3 instead of 0.1: O_1 from it is carried.
		const H = course().H;
		const O1wrong = 1 / (1 + Math.exp(-(0.3 * H[0] - 0.3 * H[1])));
		const report = checkAnswers(courseNetwork(null), [{ key: 'w_5', value: 0.3, written: '0.3' }, answer('O_1', O1wrong, 4)]);
		expect(report.results[0].verdict).toBe('wrong');
		expect(report.results[0].note).toContain('the network file gives w_5 = 0.1');
		expect(report.results[1].verdict).toBe('carried');
		expect(report.results[1].culprit?.key).toBe('w_5');
	});

	it('works on a hand-made trace: a wrong H carried through O, E and the update of v', () => {
		const trace = tinyTrace();
		const sig = (x: number) => 1 / (1 + Math.exp(-x));
		const H = 0.7;
		const O = sig(-0.8 * H);
		const dO = O - 0.2;
		const g = dO * O * (1 - O) * H;
		const report = markAnswers(trace, [
			{ key: 'H', value: H, written: '0.70' },
			answer('O', O, 5),
			answer('E', 0.5 * (0.2 - O) ** 2, 5),
			answer('dE/dv', g, 5),
			answer("v'", -0.8 - 0.5 * g, 5)
		]);
		expect(report.results.map((r) => r.verdict)).toEqual(['wrong', 'carried', 'carried', 'carried', 'carried']);
	});
});
