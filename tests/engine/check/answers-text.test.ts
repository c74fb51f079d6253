// Writing answers back as a file (the download /check offers when the browser cannot save them):
// parseAnswers reads it back to the same answers, each number in its written form.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersToText, parseAnswers, type Answer } from '../../../src/lib/engine/check';

describe('answersToText', () => {
	it('writes each number as the person wrote it', () => {
		const answers: Answer[] = [
			{ key: 'H_1', value: 0.5, written: '0.50' },
			{ key: "w_5'", value: -0.07, written: '-0.0700' },
			{ key: 'δ_O1', value: 0.001, written: '1e-3' },
			{ key: 'E', value: 0.21 }
		];
		expect(answersToText(answers)).toBe('{\n  "H_1": 0.50,\n  "w_5\'": -0.0700,\n  "δ_O1": 1e-3,\n  "E": 0.21\n}\n');
		expect(answersToText([])).toBe('{}\n');
	});

	it('reads back to the same answers for any keys and numbers', () => {
		const answer = fc.record({
			key: fc.string({ minLength: 1, maxLength: 20 }),
			value: fc.double({ noNaN: true, noDefaultInfinity: true }),
			written: fc.option(fc.constantFrom('0.50', '-1', '2.5e-3', '1.', 'x'), { nil: undefined })
		});
		fc.assert(
			fc.property(fc.uniqueArray(answer, { selector: (a) => a.key, maxLength: 8 }), (answers) => {
				const back = parseAnswers(answersToText(answers));
				expect(back.map((a) => a.key)).toEqual(answers.map((a) => a.key));
				back.forEach((b, i) => {
					const a = answers[i];
					const keepsWritten = a.written !== undefined && /^-?\d+(\.\d+)?(e-?\d+)?$/.test(a.written);
					expect(b.value).toBe(keepsWritten ? Number(a.written) : a.value === 0 ? 0 : a.value);
				});
			})
		);
	});
});
