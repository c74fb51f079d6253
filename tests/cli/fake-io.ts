// An in-memory CliIO for running commands in-process: given files and standard input, captured output.

import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { readTextFile } from '../../src/cli/node-io';
import { InputError } from '../../src/lib/engine/spec/errors';

export interface Run {
	status: number;
	stdout: string;
	stderr: string;
}

export interface FakeOptions {
	/** Files by path; a path not here is read from disk (so missing files fail as they really do). */
	files?: Record<string, string>;
	stdin?: string;
}

export function fakeIO(options: FakeOptions = {}): { io: CliIO; out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const io: CliIO = {
		stdout: (t) => void out.push(t),
		stderr: (t) => void err.push(t),
		async readText(path) {
			if (path === '-') {
				if (options.stdin !== undefined) return options.stdin;
				throw new InputError('', 'cannot read "<stdin>": nothing was given');
			}
			if (options.files && Object.hasOwn(options.files, path)) return options.files[path];
			return readTextFile(path);
		},
		async writeText(path, text) {
			(options.files ??= {})[path] = text;
		},
		isTTY: false
	};
	return { io, out, err };
}

/** `backstep ARGV…` in-process. */
export async function backstep(argv: string[], options: FakeOptions = {}): Promise<Run> {
	const { io, out, err } = fakeIO(options);
	const status = await main(argv, io);
	return { status, stdout: out.join(''), stderr: err.join('') };
}
