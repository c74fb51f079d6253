// The inputs that once crashed, hung or printed non-finite numbers (issue 19's list), kept as
// regression tests in one place and run through the same paths a user takes. Each must end in a
// value or one clear message within the test's time limit.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/lib/engine/spec/errors';
import { decodeShare, linkFromHash } from '../../src/lib/state/share';
import { configFromQuery, defaultConfig } from '../../src/lib/view/train/config';
import { backstep, type Run } from '../cli/fake-io';
import { MAX_MESSAGE, showsNonFinite } from './harness';

const courseText = readFileSync('static/examples/course-2-2-2.json', 'utf8');
const course = () => JSON.parse(courseText) as Record<string, any>;
const LIMIT = { timeout: 10_000 };

function refusedClearly(run: Run, said: RegExp): void {
	expect(run.status).toBe(2);
	expect(run.stdout).toBe('');
	expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	expect(run.stderr.length).toBeLessThanOrEqual(MAX_MESSAGE);
	expect(run.stderr).toMatch(said);
}

function withActivation(expression: string): string {
	const net = course();
	net.layers[1].activation = { name: 'custom', expression };
	return JSON.stringify(net);
}

describe('the crash corpus', () => {
	it('custom expressions that took minutes: a 29- and a 281-character tower of powers, max of eight x', LIMIT, async () => {
		for (const expression of [Array(15).fill('x').join('^'), Array(141).fill('x').join('^').slice(0, 281), 'max(x,x,x,x,x,x,x,x)']) {
			refusedClearly(await backstep(['solve', 'net.json'], { files: { 'net.json': withActivation(expression) } }), /activation/);
		}
	});

	it('summary of layers 100,000 wide (35 s and 4.3 GB) or 10^300 wide (a hang)', LIMIT, async () => {
		for (const sizes of [[100_000, 100_000, 10], [2, 1e300]]) {
			const net = { layers: [{ size: sizes[0] }, ...sizes.slice(1).map((size) => ({ size, activation: 'relu' }))], loss: 'mse' };
			refusedClearly(await backstep(['summary', 'net.json'], { files: { 'net.json': JSON.stringify(net) } }), /more than the 100,000|over 50,000,000 parameters/);
		}
	});

	it('an answers file of 60,000 keys is checked in linear time (8 MB took 56 s: a line and column counted for every key)', LIMIT, async () => {
		const keys = Array.from({ length: 60_000 }, (_, i) => `"q_${i}": 0.${i % 97}`);
		const run = await backstep(['check', 'net.json', 'a.json', '--json'], { files: { 'net.json': courseText, 'a.json': `{${keys.join(',')}}` } });
		expect(run.status).toBe(1);
		expect(JSON.parse(run.stdout).summary.unknown).toBe(60_000);
	});

	it('an unknown key of 20,000 characters is quoted in part; a tolerance at 5e-324 is finite', LIMIT, async () => {
		const run = await backstep(['check', 'net.json', 'a.json'], { files: { 'net.json': courseText, 'a.json': `{"${'k'.repeat(20_000)}": 1, "H_1": 5e-324}` } });
		expect(run.status).toBe(1);
		expect(run.stdout.split('\n').every((l) => l.length < 400)).toBe(true);
		expect(run.stdout).toContain('±1e-323');
		expect(showsNonFinite(run.stdout)).toBe(false);
		expect(run.stdout).not.toContain('1e-Infinity');
	});

	it('an unknown key of a network file that is a long name (found by npm run fuzz) is quoted in part', LIMIT, async () => {
		const net = JSON.parse(courseText);
		net.layers[1]['expre'.repeat(340) + 'ssion'] = 1;
		const run = await backstep(['solve', 'net.json'], { files: { 'net.json': JSON.stringify(net) } });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('layers[1]["expreexpreexpreexpreexp…"]: unknown key');
		expect(run.stderr.length).toBeLessThan(300);
	});

	it('malformed JSON never spans lines nor echoes the input', LIMIT, async () => {
		const broken = ['{', '{"layers": [', '\u0000{}', `{"title": "${'t'.repeat(5000)}"`, '[1, 2,', '{"a" 1}', 'nul', '{"a": tru}', '"\n"', '{"x":1}}', `{\n${'"k": 1,\n'.repeat(3000)}`];
		for (const text of broken) refusedClearly(await backstep(['solve', 'net.json'], { files: { 'net.json': text } }), /malformed JSON at line \d+, column \d+/);
	});

	it('clipnorm on a 4-64-63 network with 3 samples (461 MB of output) prints a bounded excerpt', LIMIT, async () => {
		const r = (n: number, m: number) => Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => (((i * 7 + j * 3) % 11) - 5) / 20));
		const net = {
			layers: [{ size: 4 }, { size: 64, activation: 'tanh', weights: r(64, 4) }, { size: 63, activation: 'sigmoid', weights: r(63, 64) }],
			loss: 'mse',
			samples: [0, 1, 2].map((k) => ({ input: [0.1 * k, 0.2, -0.3, 0.4], target: Array(63).fill(0.5) })),
			optimizer: { type: 'sgd', learningRate: 0.1, clipnorm: 1 }
		};
		const run = await backstep(['solve', 'net.json', '--format', 'json'], { files: { 'net.json': JSON.stringify(net) } });
		expect(run.status).toBe(0);
		expect(run.stdout.length).toBeLessThan(40_000_000);
		expect(run.stdout).not.toMatch(/"value": null/);
	});

	it('damaged links: #state=%E0%A4%A is a clear message, /train#%%%&&&=== the default settings', LIMIT, async () => {
		const link = linkFromHash('#state=%E0%A4%A');
		await expect(decodeShare(link ?? '')).rejects.toSatisfy(isInputError);
		expect(configFromQuery('#%%%&&&===')).toEqual(defaultConfig());
	});

	it('training data beyond float32 and targets of 1e300 blame the data, not the learning rate', LIMIT, async () => {
		const net = JSON.stringify({ layers: [{ size: 2 }, { size: 3, activation: 'linear' }, { size: 1, activation: 'linear' }], init: 'glorot_uniform', loss: 'mse', samples: [{ input: [0, 0], target: [0] }], optimizer: { type: 'sgd', learningRate: 0.1 } });
		const files = { 'net.json': net, 'a.csv': '1e39,1,0\n0,1,1\n', 'b.csv': '0.5,0.5,1e300\n0,1,1\n' };
		refusedClearly(await backstep(['train', 'net.json', '--data', 'a.csv'], { files }), /beyond float32's range/);
		const far = await backstep(['train', 'net.json', '--data', 'b.csv', '--precision', 'f64'], { files });
		expect(far.status).toBe(1);
		expect(far.stderr).toMatch(/scale the inputs and targets/);
	});
});
