import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/cli/suggest';

describe('didYouMean', () => {
	const commands = ['solve', 'check', 'summary', 'train'];

	it('suggests the nearest command for a slip of the keyboard', () => {
		expect(didYouMean('slove', commands)).toBe(' — did you mean "solve"?');
		expect(didYouMean('sumary', commands)).toBe(' — did you mean "summary"?');
		expect(didYouMean('chekc', commands)).toBe(' — did you mean "check"?');
		expect(didYouMean('trian', commands)).toBe(' — did you mean "train"?');
	});

	it('completes a shortened option', () => {
		expect(didYouMean('--form', ['--format', '--rounding', '--lang'])).toBe(' — did you mean "--format"?');
	});

	it('suggests nothing for an unrelated word', () => {
		expect(didYouMean('deploy', commands)).toBe('');
		expect(didYouMean('--zzz', ['--help', '--version'])).toBe('');
	});
});
