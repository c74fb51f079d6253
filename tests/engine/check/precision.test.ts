// The precision floor (issue #13, 1): an answer must be written to at least the precision the network
// asks for (its rounding, else 2 decimals, or minDecimals); written more coarsely it is `imprecise`,
// never correct. Each case below was accepted before the floor.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnswers, parseAnswers, reportToJson } from '../../../src/lib/engine/check';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { courseNetwork } from './fixtures';
import { course } from './reference';

const example = (name: string) => validateNetwork(JSON.parse(readFileSync(`static/examples/${name}`, 'utf8')));
const courseFile = example('course-2-2-2.json');
const exact = course();

describe('the precision floor', () => {
	it('closes the loophole: whole numbers within ±1 of the course network\'s values are imprecise, not correct', () => {
		const report = checkAnswers(courseFile, parseAnswers(`{"O_1": 1, "O_2": 0, "E": 0, "dE/dw_5": 0, "w_8'": 1}`));
		// Each is within 1 (its own tolerance) of the exact value: O_1 = 0.4769, O_2 = 0.5287, E = 0.2097, …
		expect(Math.abs(1 - exact.O[0])).toBeLessThan(1);
		expect(Math.abs(1 - exact.W2new[1][1])).toBeLessThan(1);
		expect(report.results.map((r) => r.verdict)).toEqual(['imprecise', 'imprecise', 'imprecise', 'imprecise', 'imprecise']);
		expect(report.summary).toEqual({ correct: 0, imprecise: 5, carried: 0, wrong: 0, unknown: 0 });
		expect(report.allAccepted).toBe(false);
		expect(report.precision).toEqual({ decimals: 2, source: 'network' });
		expect(report.results[0].requiredDecimals).toBe(2);
		expect(report.results[0].note).toBe(
			'written to 0 decimals, where at least 2 are needed (as the network asks); within 1 of the exact value 0.4769, but too coarse to count as correct'
		);
		expect(report.results[0].notes['zh-TW']).toContain('這裡至少要寫到小數 2 位');
	});

	it('takes 2 decimals where the network does not round, and minDecimals where it is given', () => {
		const one = [{ key: 'H_1', value: 0.6, written: '0.6' }];
		expect(checkAnswers(courseNetwork(null), one).results[0].verdict).toBe('imprecise');
		expect(checkAnswers(courseNetwork(null), one).precision).toEqual({ decimals: 2, source: 'default' });
		expect(checkAnswers(courseNetwork(null), one, { minDecimals: 1 }).results[0].verdict).toBe('correct');
		const two = [{ key: 'H_1', value: 0.56, written: '0.56' }];
		expect(checkAnswers(courseNetwork({ decimals: 2 }), two, { minDecimals: 3 }).results[0].verdict).toBe('imprecise');
	});

	it('counts significant digits where the network rounds to them: 0.035 is 3 decimals, 0.0346 needs 4', () => {
		const report = checkAnswers(example('course-2-2-2-significant.json'), parseAnswers('{"dE/dw_5": 0.035, "dE/dw_7": 0.0305, "H_1": 0.562}'));
		// ∂E/∂w_5 = 0.034633: 3 significant digits reach the 4th decimal.
		expect(exact.gW2[0][0]).toBeCloseTo(0.034633, 6);
		expect(report.results.map((r) => [r.key, r.verdict, r.requiredDecimals])).toEqual([
			['dE/dw_5', 'imprecise', 4],
			['dE/dw_7', 'correct', 4],
			['H_1', 'correct', 3]
		]);
	});

	it('accepts the exact value itself however it is written: the file\'s w_5 = 0.1, an input of 0.5', () => {
		const report = checkAnswers(courseFile, parseAnswers('{"w_5": 0.1, "x_1": 0.5, "w_6": -0.5}'));
		expect(report.results.map((r) => r.verdict)).toEqual(['correct', 'correct', 'correct']);
	});

	it('marks a coarse answer that is wrong even at its own precision wrong, and says it is too coarse', () => {
		const [r] = checkAnswers(courseFile, parseAnswers('{"E": 3}')).results;
		expect(r.verdict).toBe('wrong');
		expect(r.note).toContain('it is also written to 0 decimals, where at least 2 are expected');
	});

	it('keeps the tolerance of the written form above the floor', () => {
		const report = checkAnswers(courseFile, parseAnswers('{"H_1": 0.560, "H_2": 0.495}'));
		// 0.560 claims 3 decimals: 0.0022 from 0.5622 is too far; 0.495 is within 0.001 of 0.49500.
		expect(report.results.map((r) => r.verdict)).toEqual(['wrong', 'correct']);
	});

	it('says when an accepted update would be accepted with the wrong sign too (w + ηg)', () => {
		// w_4′ = 0.6 − 0.5·∂E/∂w_4 = 0.5962; with the step added, 0.6 + 0.5·0.007564 = 0.6038: 0.60 is within 0.01 of both.
		const g4 = exact.gW1[1][1];
		const [r] = checkAnswers(courseFile, parseAnswers(`{"w_4'": 0.60}`)).results;
		expect(r.verdict).toBe('correct');
		expect(r.ambiguities.map((d) => d.kind)).toEqual(['learning-rate-added']);
		expect(r.ambiguities[0].value).toBeCloseTo(0.6 + 0.5 * g4, 12);
		expect(r.note).toContain('it matches adding the step instead of subtracting it (w_4 + η·∂E/∂w_4) too (0.6038)');
		// To 4 decimals the sign shows: no remark.
		const [fine] = checkAnswers(courseFile, parseAnswers(`{"w_4'": 0.5962}`)).results;
		expect(fine.ambiguities).toEqual([]);
	});
});

describe('no silent pass', () => {
	it('an empty sheet is not accepted, and says why', () => {
		const report = checkAnswers(courseFile, []);
		expect(report.allAccepted).toBe(false);
		expect(report.remarks.map((m) => m.kind)).toEqual(['empty']);
		expect(report.remarks[0].notes.en).toBe(
			'no answers to mark: the sheet is empty. Write each answer under its key, e.g. {"H_1": …} (keys of this network: H_1, a[1][1], dE/dw_5)'
		);
	});

	it('a sheet with no key of this network is not accepted, and asks whether it is the right network', () => {
		const report = checkAnswers(courseFile, parseAnswers('{"q": 0.5, "zz_9": 0.25}'));
		expect(report.allAccepted).toBe(false);
		expect(report.remarks.map((m) => m.kind)).toEqual(['nothing-recognised']);
		expect(report.remarks[0].notes.en).toContain('is this the right network?');
	});

	it('the course sheet marked against Mazur\'s network: most answers match nothing there', () => {
		const sheet = parseAnswers(readFileSync('static/examples/answers/course-sheet.json', 'utf8'));
		const mazur = checkAnswers(example('mazur-shared-frozen-biases.json'), sheet);
		expect(mazur.remarks.map((m) => m.kind)).toEqual(['wrong-network']);
		expect(mazur.remarks[0].notes.en).toMatch(/^\d+ of the 15 answers match nothing in "Shared biases never updated/);
		// Against its own network: no remark.
		expect(checkAnswers(courseFile, sheet).remarks).toEqual([]);
	});

	it('prints the precision, the remarks and each note in the language asked for as JSON', () => {
		const json = reportToJson(checkAnswers(courseFile, parseAnswers('{"O_1": 1, "o2": 0.53}')), 'zh-TW');
		expect(json.precision).toEqual({ decimals: 2 });
		expect(json.summary).toEqual({ correct: 0, imprecise: 1, carried: 0, wrong: 0, unknown: 1 });
		expect(json.results[0].note).toContain('只寫到小數 0 位');
		expect(json.results[1]).toMatchObject({ verdict: 'unknown', suggestion: 'O_2', note: '不明的鍵：你是不是要寫 O_2？' });
		expect(reportToJson(checkAnswers(courseFile, []), 'zh-TW').remarks[0]).toContain('作答表是空的');
	});
});
