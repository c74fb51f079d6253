// The catalogue completed (issue #13, 3), each mistake made on purpose by a formula written out here
// (never by the diagnoser), and diagnoses checked against the person's own earlier answers.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnswers, parseAnswers, type Answer, type CheckResult } from '../../../src/lib/engine/check';
import type { Network } from '../../../src/lib/engine/spec/types';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { courseNetwork } from './fixtures';
import { course, ETA, fixed, W1, X } from './reference';

const sigma = (x: number) => 1 / (1 + Math.exp(-x));
const example = (name: string, edit: (json: any) => void = () => {}) => {
	const json = JSON.parse(readFileSync(`static/examples/${name}`, 'utf8'));
	edit(json);
	return validateNetwork(json);
};
const answer = (key: string, value: number, d = 4): Answer => ({ key, value: Number(fixed(value, d)), written: fixed(value, d) });

/** The last answer marked, which must be wrong. */
function last(net: Network, answers: Answer[]): CheckResult {
	const r = checkAnswers(net, answers).results.at(-1)!;
	expect(r.verdict, `${r.key} = ${r.written}`).toBe('wrong');
	return r;
}
const kinds = (net: Network, answers: Answer[]) => last(net, answers).diagnoses.map((d) => d.kind);

const exact = course();

describe('σ where σ′ belongs, and the person\'s own ∂E/∂O_1', () => {
	// δ_O1 = ∂E/∂O_1 · O_1 (σ(z) = O_1) instead of ∂E/∂O_1 · O_1(1 − O_1): 0.2469 · 0.4769 = 0.1178.
	const sigmaNotPrime = exact.dO[0] * exact.O[0];

	it('names σ for σ′, never the missing ½ when their own ∂E/∂O_1 is right', () => {
		// 0.12 is also twice δ_O1 (0.1232): the ½ alone would explain the number …
		expect(Math.abs(2 * exact.deltaO[0] - 0.12)).toBeLessThan(0.01);
		const answers = parseAnswers('{"dE/dO_1": 0.25, "δ_O1": 0.12}');
		expect(Math.abs(sigmaNotPrime - 0.12)).toBeLessThan(0.01);
		// … but their ∂E/∂O_1 = 0.25 is the right one, without the extra 2.
		expect(kinds(courseNetwork({ decimals: 2 }), answers)).toEqual(['activation-instead-of-derivative']);
		expect(last(courseNetwork({ decimals: 2 }), answers).note).toContain('likely mistake: matches the activation σ(z) = a used in the output layer');
	});

	it('offers both when ∂E/∂O_1 is not answered, σ for σ′ first', () => {
		expect(kinds(courseNetwork(null), [answer('delta_O_1', sigmaNotPrime)])).toEqual(['activation-instead-of-derivative']);
		expect(kinds(courseNetwork({ decimals: 2 }), parseAnswers('{"δ_O1": 0.12}'))).toEqual(['activation-instead-of-derivative', 'loss-factor-two']);
	});

	it('finds it in the course\'s own lines too (∂Error/∂O_1 · O_1 · H_1 in δw_5)', () => {
		const courseFile = example('course-2-2-2.json');
		const line = exact.dO[0] * exact.O[0] * exact.H[0];
		expect(kinds(courseFile, [{ key: 'dE/dO_1', value: 0.25, written: '0.25' }, answer('dE/dw_5', line, 2)])).toEqual([
			'activation-instead-of-derivative'
		]);
	});
});

describe('the rest of the catalogue', () => {
	it("tanh′ taken as σ′: δ = ∂E/∂H · H(1 − H) in a tanh layer", () => {
		const tanh = example('activation-tanh.json');
		const H = [Math.tanh(0.5 * 1 - 0.2 * 2 + 0.1), Math.tanh(-0.6 * 1 + 0.1 * 2), Math.tanh(0.3 * 1 + 0.4 * 2 - 0.2)];
		const O = 0.4 * H[0] + 0.3 * H[1] - 0.5 * H[2] + 0.1;
		const dH1 = 2 * (O - 0.5) * 0.4; // mse of one output, times w from H_1
		expect(kinds(tanh, [answer('delta_H_1', dH1 * H[0] * (1 - H[0]))])).toEqual(['wrong-activation-derivative']);
	});

	describe('a bias shared by a layer (Mazur\'s, trained)', () => {
		const trained = example('mazur-shared-frozen-biases.json', (j) => j.layers.slice(1).forEach((l: any) => (l.trainableBiases = true)));
		const h = [sigma(0.15 * 0.05 + 0.2 * 0.1 + 0.35), sigma(0.25 * 0.05 + 0.3 * 0.1 + 0.35)];
		const o = [sigma(0.4 * h[0] + 0.45 * h[1] + 0.6), sigma(0.5 * h[0] + 0.55 * h[1] + 0.6)];
		const delta = [(o[0] - 0.01) * o[0] * (1 - o[0]), (o[1] - 0.99) * o[1] * (1 - o[1])];

		it('its gradient averaged over the neurons is named as such, before ∂E/∂a taken half as large', () => {
			expect(kinds(trained, [answer('dE/db_2', (delta[0] + delta[1]) / 2)])[0]).toBe('shared-bias-averaged');
		});

		it('its gradient taken from one neuron\'s δ', () => {
			expect(kinds(trained, [answer('dE/db_2', delta[0])])).toContain('shared-bias-one-delta');
		});
	});

	it("the target's sign slipped: ∂E/∂O_2 = O_2 − 0.07 for a target of −0.07", () => {
		expect(kinds(courseNetwork(null), [answer('dE/dO_2', exact.O[1] - 0.07)])).toEqual(['target-sign-slip']);
	});

	it('swapped w_2/w_3: the value of the partner\'s gradient, not a sign slip', () => {
		// ∂E/∂w_2 = 0.0126, ∂E/∂w_3 = -0.0051: written swapped to 2 decimals.
		const swapped = parseAnswers('{"dE/dw_2": -0.01, "dE/dw_3": 0.01}');
		expect(Math.abs(-exact.gW1[1][0] - -0.01)).toBeLessThan(0.01); // a sign slip would fit the number too
		const r = checkAnswers(courseNetwork(null), swapped).results[0];
		expect(r.diagnoses.map((d) => d.kind)).toEqual(['value-of-another-quantity']);
		expect(r.diagnoses[0].means).toEqual({ key: 'dE/dw_3', id: 'dE/dw[1][1][2]', why: 'value' });
		expect(r.note).toContain('likely mistake: this is the value of ∂E/∂w_3: are w_2 and w_3 swapped?');
	});

	it('no swap where the partner\'s own answer rules it out', () => {
		// Their ∂E/∂w_3 is its own right value, so ∂E/∂w_2 = -0.01 is not the two swapped.
		expect(kinds(courseNetwork(null), parseAnswers('{"dE/dw_3": -0.01, "dE/dw_2": -0.01}'))).toEqual(['sign-slip']);
	});

	it('w_2 and w_3 swapped in the forward pass', () => {
		const H1 = sigma(W1[0][0] * X[0] + W1[1][0] * X[1]);
		const H2 = sigma(W1[0][1] * X[0] + W1[1][1] * X[1]);
		const O1 = sigma(0.1 * H1 - 0.3 * H2);
		expect(kinds(courseNetwork(null), [answer('O_1', O1)])[0]).toBe('weights-swapped');
	});

	it("the previous step's value: O_1 written as its net input", () => {
		const z = 0.1 * exact.H[0] - 0.3 * exact.H[1];
		const r = last(courseNetwork(null), [answer('O_1', z)]);
		expect(r.diagnoses.map((d) => d.kind)).toEqual(['value-of-another-quantity']);
		expect(r.diagnoses[0].notes.en).toBe('this is the value of z_O1, the step before O_1');
	});

	it("the next step's value: ∂E/∂O_1 written as δ_O1 is one step too far", () => {
		const r = last(courseNetwork(null), [answer('dE/dO_1', exact.deltaO[0])]);
		expect(r.diagnoses.map((d) => d.kind)).toContain('value-of-another-quantity');
		expect(r.diagnoses.find((d) => d.kind === 'value-of-another-quantity')?.notes.en).toBe('this is the value of δ_O1, the step after ∂E/∂O_1');
	});

	it('the old weight for the new one, and the new one for the old', () => {
		expect(kinds(courseNetwork(null), [answer("w_7'", -0.3)])).toEqual(['old-weight']);
		const newForOld = exact.W2new[0][1];
		expect(Math.abs(newForOld - -0.3)).toBeGreaterThan(0.01);
		expect(last(courseNetwork(null), [answer('w_7', newForOld)]).suggestion?.key).toBe("w_7'");
	});

	it('an update consistent with their own gradient: η missing, not the ½, when their ∂E/∂w_5 is right', () => {
		// w_5 − ∂E/∂w_5 is also w_5 − η·2∂E/∂w_5 at η = 0.5; their right ∂E/∂w_5 rules out the ½.
		const update = 0.1 - exact.gW2[0][0];
		expect(ETA).toBe(0.5);
		expect(kinds(courseNetwork(null), [answer('dE/dw_5', exact.gW2[0][0]), answer("w_5'", update)])).toEqual(['learning-rate-missing']);
	});
});
