// A mistake on the command line or in a file, already worded for the user: `main` prints
// `backstep: <message>` (or `backstep <command>: <message>`) on standard error and exits with `status`.
// Anything else that reaches `main` is a bug (exit 70, see docs/cli.md).

import { isInputError } from '../lib/engine/spec/errors';

export class CliError extends Error {
	/** Exit status (docs/cli.md: 2 for bad input). */
	readonly status: number;
	/** The command the message is about (`solve`), shown as `backstep solve: …`; null for `backstep: …`. */
	readonly command: string | null;

	constructor(message: string, options: { status?: number; command?: string | null } = {}) {
		super(message);
		this.name = 'CliError';
		this.status = options.status ?? 2;
		this.command = options.command ?? null;
	}
}

export function isCliError(e: unknown): e is CliError {
	return e instanceof CliError;
}

/** How a file is named in messages: standard input has no name of its own. */
export function fileLabel(file: string): string {
	return file === '-' ? '<stdin>' : file;
}

/**
 * Runs `fn` on the contents of `file` and turns an InputError (a JSON path and what is wrong there)
 * into the one-line message `FILE: path: what`.
 */
export function inFile<T>(file: string, fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (isInputError(e)) throw new CliError(`${fileLabel(file)}: ${e.message}`);
		throw e;
	}
}
