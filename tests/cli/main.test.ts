import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { backstep } from './fake-io';
import { COMMANDS } from '../../src/cli/commands/index';

describe('backstep (global)', () => {
	it('--help lists every command on standard output', async () => {
		for (const flag of ['--help', '-h']) {
			const r = await backstep([flag]);
			expect(r.status).toBe(0);
			expect(r.stderr).toBe('');
			for (const name of ['solve', 'check', 'summary', 'train']) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
		}
	});

	it('--version prints package.json’s version', async () => {
		const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
		expect(await backstep(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
	});

	it('with no command prints the usage on standard error and exits 2', async () => {
		const r = await backstep([]);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('Usage: backstep COMMAND');
	});

	it('an unknown command suggests the nearest one and exits 2 with nothing on standard output', async () => {
		expect(await backstep(['slove', 'x.json'])).toEqual({
			status: 2,
			stdout: '',
			stderr: 'backstep: unknown command "slove" — did you mean "solve"?\n'
		});
	});

	it('an unknown command far from any lists the commands', async () => {
		expect((await backstep(['deploy'])).stderr).toBe(
			'backstep: unknown command "deploy" (commands: solve, check, summary, train, exercise, grade)\n'
		);
	});

	it('an unknown global option suggests the nearest one', async () => {
		expect(await backstep(['--verison'])).toEqual({
			status: 2,
			stdout: '',
			stderr: 'backstep: unknown option "--verison" — did you mean "--version"?\n'
		});
	});

	it('COMMAND --help and help COMMAND print that command’s help', async () => {
		for (const entry of COMMANDS) {
			const a = await backstep([entry.name, '--help']);
			const b = await backstep(['help', entry.name]);
			const c = await backstep([entry.name, 'file.json', '-h']);
			const help = entry.help;
			expect(a).toEqual({ status: 0, stdout: help, stderr: '' });
			expect(b).toEqual(a);
			expect(c).toEqual(a);
			expect(help).toMatch(new RegExp(`^Usage: backstep ${entry.name} `));
		}
	});
});

