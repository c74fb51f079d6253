import { describe, expect, it } from 'vitest';
import { expectPositionals, parseArgs, type OptionSpecs } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';

const specs: OptionSpecs = {
	format: { type: 'string', short: 'f', choices: ['text', 'tex', 'markdown', 'json'] },
	rounding: { type: 'string' },
	json: { type: 'boolean' }
};

function errorOf(fn: () => unknown): CliError {
	try {
		fn();
	} catch (e) {
		if (e instanceof CliError) return e;
		throw e;
	}
	throw new Error('expected a CliError');
}

describe('parseArgs', () => {
	it('reads --name value, --name=value, -x value and flags', () => {
		expect(parseArgs('solve', ['a.json', '--format', 'tex', '--rounding=3', '--json'], specs)).toEqual({
			options: { format: 'tex', rounding: '3', json: true },
			positionals: ['a.json']
		});
		expect(parseArgs('solve', ['-f', 'json', 'b.json'], specs).options).toEqual({ format: 'json' });
	});

	it('keeps - as a positional (standard input) and stops at --', () => {
		expect(parseArgs('solve', ['-', '--', '--json'], specs)).toEqual({
			options: {},
			positionals: ['-', '--json']
		});
	});

	it('takes a value that starts with a dash', () => {
		expect(parseArgs('solve', ['--rounding', '-1'], specs).options.rounding).toBe('-1');
	});

	it('rejects an unknown option, suggesting the nearest', () => {
		const e = errorOf(() => parseArgs('solve', ['--formt', 'tex'], specs));
		expect(e.message).toBe('unknown option "--formt" — did you mean "--format"?');
		expect(e.command).toBe('solve');
		expect(e.status).toBe(2);
	});

	it('rejects a value outside the choices, suggesting the nearest', () => {
		expect(errorOf(() => parseArgs('solve', ['--format', 'txt'], specs)).message).toBe(
			'--format: unknown "txt" — did you mean "text"? (one of: text, tex, markdown, json)'
		);
	});

	it('rejects a missing value, a value on a flag and an option given twice', () => {
		expect(errorOf(() => parseArgs('solve', ['--format'], specs)).message).toBe('option "--format" needs a value');
		expect(errorOf(() => parseArgs('solve', ['--json=yes'], specs)).message).toBe('option "--json" takes no value');
		expect(errorOf(() => parseArgs('solve', ['--json', '--json'], specs)).message).toBe(
			'option "--json" is given twice'
		);
	});
});

describe('expectPositionals', () => {
	it('returns exactly the positionals asked for', () => {
		expect(expectPositionals('check', ['n.json', 'a.json'], ['FILE', 'ANSWERS'])).toEqual(['n.json', 'a.json']);
	});

	it('names what is missing and what is extra', () => {
		expect(errorOf(() => expectPositionals('check', ['n.json'], ['FILE', 'ANSWERS'])).message).toBe(
			'missing ANSWERS (use - for standard input; see "backstep check --help")'
		);
		expect(errorOf(() => expectPositionals('solve', ['a', 'b', 'c'], ['FILE'])).message).toBe(
			'unexpected arguments "b", "c"'
		);
	});
});
