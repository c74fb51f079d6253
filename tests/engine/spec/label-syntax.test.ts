import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { checkLabel } from '../../../src/lib/engine/spec/label-syntax';

const accepts = (label: string) => {
	try {
		checkLabel(label, 'x');
		return true;
	} catch {
		return false;
	}
};

describe('checkLabel', () => {
	it.each([
		'H_1', 'w_5', 'x_{12}', '\\theta_2', "w_5'", "x'^2", "x_1'", 'a^{(2)}_{1}', '\\hat{y}_1', '\\mathrm{out}_2',
		'隱藏_1', 'α', 'Ж_1', 'b', 'net 1', 'w_{1,2}', 'z-1', '\\partial', '{}', 'E_1', 'ㄅ', '한_1', 'ア'
	])('accepts %j', (label) => {
		expect(accepts(label)).toBe(true);
	});

	it.each(['', 'E', 'H_', 'H^', 'x^2\'', 'H_1_2', 'x^1^2', '{', '}', 'a[1]', '<', '&amp;', '"x"', '\\', '\\ ', '\\def', '\\href{x}{y}',
		'x_\\hat{y}', '\\hat', 'a+b', 'a=b', 'a/b', 'a@1', '%', '$x$', '#', '~', 'x\ny', ' x', 'x ', 'ـ', '😀', 'a'.repeat(33)])(
		'refuses %j',
		(label) => {
			expect(accepts(label)).toBe(false);
		}
	);

	it('accepts exactly 32 characters, counted as characters rather than UTF-16 units', () => {
		expect(accepts('隱'.repeat(32))).toBe(true);
		expect(accepts('隱'.repeat(33))).toBe(false);
	});

	it('accepts only labels KaTeX renders without error (trust false, strict ignore)', () => {
		const tokens = ['x', 'H', '1', '2', '_', '^', '{', '}', "'", ' ', '.', ',', '-', '(', ')', '隱', 'α', 'Ж', '\\theta', '\\hat', '\\mathrm', '\\bar', '\\prime', '\\', 'E'];
		let accepted = 0;
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 10 }), (parts) => {
				const label = parts.join('');
				if (!accepts(label)) return;
				accepted++;
				expect(() => katex.renderToString(label, { throwOnError: true, trust: false, strict: 'ignore' }), label).not.toThrow();
			}),
			{ seed: 20261127, numRuns: 5000 }
		);
		// The property must have tested a good number of accepted labels.
		expect(accepted).toBeGreaterThan(500);
	});
});
