// The command line under fuzz: random arguments over mutated network, answers and data files. Every
// run ends with exit 0, 1 (answers not all accepted, training stopped) or 2 (one line on standard
// error, nothing on standard output), never 70 (an internal error); no output shows NaN or ∞.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backstep, type Run } from '../cli/fake-io';
import { fuzz, judged, MAX_MESSAGE, showsNonFinite } from './harness';
import { jsonTextFor, textFor } from './mutate';

const course = JSON.parse(readFileSync('static/examples/course-2-2-2.json', 'utf8'));
const sheet = JSON.parse(readFileSync('static/examples/answers/course-sheet.json', 'utf8'));
const small = {
	title: 'fuzz',
	layers: [{ size: 2 }, { size: 3, activation: 'tanh' }, { size: 1, activation: 'sigmoid' }],
	init: 'glorot_uniform',
	seed: 1,
	loss: 'binary_crossentropy',
	samples: [{ input: [0, 0], target: [0] }],
	optimizer: { type: 'adam', learningRate: 0.05 }
};

class CommandFailed extends Error {}

/** main() catches every error itself: none may escape it. */
const never = () => false;
const exitStatus = (status: unknown) => `exit ${status}`;

/** A run judged by the command line's contract; a broken contract is a CommandFailed. */
/** Text the user wrote (a title of "Infinity") is echoed as written: only numbers Backstep computed count. */
function withoutEchoes(out: string, inputs: string[]): string {
	const strings = new Set<string>();
	for (const input of inputs) for (const m of input.matchAll(/"((?:[^"\\]|\\.)*)"/g)) if (showsNonFinite(m[1])) strings.add(m[1]);
	let text = out;
	for (const s of strings) text = text.split(s).join('');
	return text;
}

function contract(run: Run, inputs: string[] = []): Run {
	if (run.status === 70) throw new CommandFailed(`internal error: ${run.stderr.slice(0, 300)}`);
	expect([0, 1, 2]).toContain(run.status);
	if (run.status === 2) {
		expect(run.stdout).toBe('');
		expect(run.stderr.trimEnd(), 'one line on standard error').not.toMatch(/\n/);
		expect(run.stderr.length).toBeLessThanOrEqual(MAX_MESSAGE);
	}
	expect(showsNonFinite(withoutEchoes(run.stdout, inputs)), `a non-finite number printed: ${run.stdout.slice(0, 300)}`).toBe(false);
	// JSON writes NaN and ∞ as null: no value may be null, and a marked answer's exact value neither
	// (an unknown key has none: its "expected" is null by design).
	expect(run.stdout).not.toMatch(/"(value|loss)": null/);
	if (run.stdout.startsWith('{') && /"results"/.test(run.stdout)) {
		const results = (JSON.parse(run.stdout) as { results: { verdict: string; expected: number | null }[] }).results;
		expect(results.filter((r) => r.verdict !== 'unknown' && r.expected === null)).toEqual([]);
	}
	return run;
}

const WORDS = ['solve', 'check', 'summary', 'net.json', 'answers.json', '-', '--format', 'json', 'text', 'markdown', 'tex', '--rounding', '2', '0', '16', 'none', '--steps', 'all', 'excerpt', '--lang', 'zh-TW', 'en', '--json', '--explain', '--decimals', '1e308', '-1', '--help', '--version', '--sample', '99', '--min-decimals', '', '=', '--', 'x'.repeat(300)];

describe('fuzz: the command line keeps its contract', () => {
	it('solve, check and summary with any arguments over mutated files', async () => {
		const valid = fc.subarray(['--format', 'json'], { minLength: 0 }).chain((f) =>
			fc.constantFrom([], f, ['--format', 'markdown'], ['--format', 'tex'], ['--lang', 'zh-TW'], ['--json'], ['--rounding', '3'], ['--steps', 'all'])
		);
		const anything = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { maxLength: 7 });
		const argv = fc.tuple(fc.constantFrom('solve', 'check', 'summary'), fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anything }));
		await fuzz(fc.tuple(argv, jsonTextFor(course), jsonTextFor(sheet)), ([[command, rest], net, answers]) =>
			judged('command line', async () => {
				const args = command === 'check' ? [command, 'net.json', 'answers.json', ...rest] : [command, 'net.json', ...rest];
				return contract(await backstep(args, { files: { 'net.json': net, 'answers.json': answers }, stdin: net }), [net, answers]).status;
			}, never, exitStatus)
		);
	});

	it('train over mutated networks and data files', async () => {
		const csv = 'x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n';
		const options = fc.array(fc.constantFrom('--precision', 'f64', '--batch', '1', '3', '--lr', '1e300', '0.1', '--validation', '0.5', '--json', '--target', 'y', '--seed', '7'), { maxLength: 5 });
		await fuzz(fc.tuple(jsonTextFor(small), textFor(csv), options), ([net, data, rest]) =>
			judged('command line', async () => {
				const run = await backstep(['train', 'net.json', '--data', 'd.csv', '--epochs', '2', ...rest], { files: { 'net.json': net, 'd.csv': data } });
				return contract(run).status;
			}, never, exitStatus)
		);
	});
});
