// docs/cli.md pastes real output; this keeps it real as the printers change.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { backstep } from './fake-io';

const doc = readFileSync('docs/cli.md', 'utf8');

beforeEach(() => {
	vi.stubEnv('LC_ALL', '');
	vi.stubEnv('LC_MESSAGES', '');
	vi.stubEnv('LANG', 'C.UTF-8');
	return () => vi.unstubAllEnvs();
});

describe('docs/cli.md', () => {
	it.each([
		'--help',
		'solve --help',
		'solve static/examples/course-2-2-2.json',
		'summary static/examples/course-perceptron-784-10.json',
		'summary static/examples/course-mlp-784-300-200-100-10.json',
		'summary static/examples/mazur-shared-frozen-biases.json'
	])('shows the current output of backstep %s', async (command) => {
		const argv = command.split(' ');
		const r = await backstep(argv);
		expect(r.status).toBe(0);
		expect(doc).toContain(`$ npx backstep ${argv.join(' ')}\n${r.stdout}`);
	});
});
