// Reading a network file for a command: the file's own errors name the file, the path and what is wrong.

import type { CliIO } from './io';
import type { Network } from '../lib/engine/spec/types';
import { parseNetwork, type ValidateOptions } from '../lib/engine/spec/validate';
import { prepareCustomActivations } from '../lib/engine/ops/activations/custom-compiler';
import { inFile } from './errors';

/**
 * Reads and validates FILE (`-` for standard input). Errors: CliError `FILE: path: what`, exit 2.
 * `engine: 'fast'` lifts the exact engine's size limits (for `summary` and `train`).
 */
export async function readNetwork(io: CliIO, file: string, options: ValidateOptions = {}): Promise<Network> {
	return networkFromText(file, await io.readText(file), options);
}

/** The network in FILE's text, already read. */
export async function networkFromText(file: string, text: string, options: ValidateOptions = {}): Promise<Network> {
	await prepareCustomActivations(text);
	return inFile(file, () => parseNetwork(text, options));
}
