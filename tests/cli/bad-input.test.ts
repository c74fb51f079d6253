// docs/limits.md through the command line: every bad input ends with one line on standard error naming the
// file, the JSON path and what is wrong; exit status 2; nothing at all on standard output.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { backstep, type Run } from './fake-io';

const courseText = readFileSync('static/examples/course-2-2-2.json', 'utf8');
const course = () => JSON.parse(courseText) as Record<string, any>;

function refused(message: string): Run {
	return { status: 2, stdout: '', stderr: `${message}\n` };
}

async function solveFile(text: string, command = 'solve'): Promise<Run> {
	return backstep([command, 'net.json'], { files: { 'net.json': text } });
}

describe('backstep refuses bad input with one clear message, exit 2 and nothing on standard output', () => {
	it('malformed JSON: its line and column', async () => {
		const text = courseText.replace('"loss": "half_sse",', '"loss": "half_sse"');
		expect(await solveFile(text)).toEqual(
			refused("backstep: net.json: malformed JSON at line 22, column 3: expected ',' or '}' after property value")
		);
	});

	it('an unknown activation: the nearest name suggested', async () => {
		const net = course();
		net.layers[2].activation = 'sigmod';
		expect(await solveFile(JSON.stringify(net))).toEqual(
			refused('backstep: net.json: layers[2].activation: unknown "sigmod" — did you mean "sigmoid"?')
		);
	});

	it('a weight matrix of the wrong shape', async () => {
		const net = course();
		net.layers[1].weights = [
			[0.2, 0.5, 0.1],
			[-0.4, 0.6, 0.1]
		];
		expect(await solveFile(JSON.stringify(net))).toEqual(
			refused('backstep: net.json: layers[1].weights[0]: expected 2 columns (layers[0].size), got 3')
		);
	});

	it('a non-finite number (1e999 reads as Infinity)', async () => {
		const text = courseText.replace('"input": [0.5, 0.3]', '"input": [0.5, 1e999]');
		expect(await solveFile(text)).toEqual(
			refused('backstep: net.json: samples[0].input[1]: expected a finite number, got Infinity')
		);
	});

	it('a target of the wrong size', async () => {
		const net = course();
		net.samples[0].target = [0.23, -0.07, 0.5];
		expect(await solveFile(JSON.stringify(net))).toEqual(
			refused("backstep: net.json: samples[0].target: expected 2 numbers (the output layer's size), got 3")
		);
	});

	it('a network past the exact engine’s limits (which summary still reads)', async () => {
		const file = 'static/examples/course-mlp-784-300-200-100-10.json';
		expect(await backstep(['solve', file])).toEqual(
			refused(
				`backstep: ${file}: layers[0].size: 784 inputs, more than the 64 the exact engine accepts (the fast path has no such limit)`
			)
		);
		expect((await backstep(['summary', file])).status).toBe(0);
	});

	it('the same errors in summary, and from standard input named <stdin>', async () => {
		const net = course();
		net.layers[2].activation = 'sigmod';
		expect(await backstep(['summary', '-'], { stdin: JSON.stringify(net) })).toEqual(
			refused('backstep: <stdin>: layers[2].activation: unknown "sigmod" — did you mean "sigmoid"?')
		);
	});

	it('a missing file', async () => {
		expect(await backstep(['solve', 'no/such/net.json'])).toEqual(
			refused('backstep: cannot read "no/such/net.json": no such file')
		);
		expect(await backstep(['summary', 'static/examples'])).toEqual(
			refused('backstep: cannot read "static/examples": it is a directory')
		);
	});

	it('an unknown option: the nearest suggested', async () => {
		expect(await backstep(['solve', 'net.json', '--formt', 'json'], { files: { 'net.json': courseText } })).toEqual(
			refused('backstep solve: unknown option "--formt" — did you mean "--format"?')
		);
		expect(await backstep(['summary', 'net.json', '--jsn'], { files: { 'net.json': courseText } })).toEqual(
			refused('backstep summary: unknown option "--jsn" — did you mean "--json"?')
		);
	});

	it('an unknown command: the nearest suggested', async () => {
		expect(await backstep(['sumary', 'net.json'])).toEqual(
			refused('backstep: unknown command "sumary" — did you mean "summary"?')
		);
	});

	it('a missing or extra FILE', async () => {
		expect(await backstep(['solve'])).toEqual(
			refused('backstep solve: missing FILE (use - for standard input; see "backstep solve --help")')
		);
		expect(await backstep(['summary', 'a.json', 'b.json'])).toEqual(refused('backstep summary: unexpected argument "b.json"'));
	});
});
