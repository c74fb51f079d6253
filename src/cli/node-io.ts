// The real outside world for the command line: files, standard input and output of this process.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CliIO } from './io';
import { InputError } from '../lib/engine/spec/errors';

/** Why a file could not be read, in words (Node's error codes otherwise). */
const REASONS: Record<string, string> = {
	ENOENT: 'no such file',
	EISDIR: 'it is a directory',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'a part of the path is not a directory',
	ENAMETOOLONG: 'the name is too long'
};

function errorCode(e: unknown): string {
	return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

function cannot(verb: string, path: string, e: unknown): InputError {
	const code = errorCode(e);
	return new InputError('', `cannot ${verb} "${path}": ${REASONS[code] ?? (code || String(e))}`);
}

/** Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse rejects. */
function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks).toString('utf8');
}

/** Reads a file as UTF-8 (`-`: standard input); failures are InputErrors naming the file. */
export async function readTextFile(path: string): Promise<string> {
	try {
		return stripBom(path === '-' ? await readStdin() : await readFile(path, 'utf8'));
	} catch (e) {
		throw cannot('read', path === '-' ? '<stdin>' : path, e);
	}
}

export function nodeIO(): CliIO {
	// `backstep solve … | head` closes the pipe early: that is not an error worth a stack trace.
	process.stdout.on('error', (e) => {
		if (errorCode(e) === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw e;
	});
	return {
		// A pipe takes what its reader has read; the rest waits in memory until 'drain'.
		stdout: (text) => (process.stdout.write(text) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', resolve))),
		stderr: (text) => void process.stderr.write(text),
		readText: readTextFile,
		async writeText(path, text) {
			try {
				// `exercise --out DIR` writes into a directory that may not exist yet.
				await mkdir(dirname(path), { recursive: true });
				await writeFile(path, text, 'utf8');
			} catch (e) {
				throw cannot('write', path, e);
			}
		},
		isTTY: Boolean(process.stdout.isTTY)
	};
}
