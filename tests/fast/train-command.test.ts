// `backstep train` in-process: its JSON, its per-epoch lines, the trained file it writes, and its
// exit statuses (2 bad input with nothing on standard output; 1 training stopped on a NaN).

import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../src/lib/engine/spec/validate';
import { backstep } from '../cli/fake-io';

const NET = JSON.stringify({
	title: 'xor net',
	layers: [{ size: 2 }, { size: 8, activation: 'tanh' }, { size: 1, activation: 'sigmoid' }],
	init: 'glorot_uniform',
	seed: 3,
	loss: 'binary_crossentropy',
	samples: [{ input: [0, 0], target: [0] }],
	optimizer: { type: 'adam', learningRate: 0.05 }
});

describe('backstep train', () => {
	it('--json prints the history and final metrics, and only that', async () => {
		const run = await backstep(['train', 'net.json', '--data', 'xor', '--epochs', '15', '--batch', '16', '--json', '--precision', 'f64'], { files: { 'net.json': NET } });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const out = JSON.parse(run.stdout);
		expect(out.history).toHaveLength(15);
		expect(Object.keys(out.history[0])).toEqual(['epoch', 'loss', 'accuracy', 'valLoss', 'valAccuracy']);
		expect(out.final.valAccuracy).toBeGreaterThan(0.95);
		expect(out.final).toMatchObject({ epochs: 15, steps: 15 * 25, precision: 'f64' });
	});

	it('prints one line per epoch when not on a terminal, and writes the trained network with --out', async () => {
		const files: Record<string, string> = { 'net.json': NET };
		const run = await backstep(['train', 'net.json', '--data', 'circle', '--epochs', '3', '--out', 'trained.json'], { files });
		expect(run.status).toBe(0);
		const lines = run.stdout.trim().split('\n');
		expect(lines.slice(0, 3).map((l) => l.split('  ')[0])).toEqual(['epoch 1/3', 'epoch 2/3', 'epoch 3/3']);
		expect(lines[0]).toMatch(/^epoch 1\/3 {2}loss \d+\.\d{4} {2}accuracy \d+\.\d{2}% {2}val_loss \d+\.\d{4} {2}val_accuracy \d+\.\d{2}% {2}\d+\.\d s$/);
		expect(lines.at(-1)).toBe('wrote trained.json');
		const trained = parseNetwork(files['trained.json']);
		const original = parseNetwork(NET);
		expect(trained.layers[0].weights).not.toEqual(original.layers[0].weights);
		expect(trained.title).toBe('xor net');
	});

	it('--threads 2 splits the large products with a helper thread and trains to the very same numbers as --threads 1', async () => {
		// 64 × 512 × 512 multiply-adds per product: well above the size the kernels split.
		const wide = JSON.stringify({ ...JSON.parse(NET), layers: [{ size: 2 }, { size: 512, activation: 'relu' }, { size: 512, activation: 'relu' }, { size: 1, activation: 'sigmoid' }] });
		const runs = [];
		for (const threads of ['1', '2']) {
			const run = await backstep(['train', 'net.json', '--data', 'xor', '--epochs', '2', '--batch', '64', '--json', '--threads', threads], { files: { 'net.json': wide } });
			expect(run.status).toBe(0);
			runs.push(JSON.parse(run.stdout));
		}
		expect(runs[0].final.kernels).not.toMatch(/2threads/);
		expect(runs[1].final.kernels).toMatch(/-2threads$/);
		expect(runs[1].history).toEqual(runs[0].history);
		// By default a small network keeps to one thread: none of its products is worth splitting.
		const small = await backstep(['train', 'net.json', '--data', 'xor', '--epochs', '1', '--json'], { files: { 'net.json': NET } });
		expect(JSON.parse(small.stdout).final.kernels).not.toMatch(/2threads/);
	});

	it('exits 2 with a clear message and nothing on standard output for bad input', async () => {
		const cases: [string[], string][] = [
			[['train', 'net.json'], 'backstep train: missing --data PATH|NAME (a .csv or .json file, or digits, iris, circle, xor, gaussians, spiral, plane)'],
			[['train', 'net.json', '--data', 'moons'], 'backstep train: --data: unknown data set "moons" (built-in: digits, iris, circle, xor, gaussians, spiral, plane; or a .csv or .json file)'],
			[['train', 'net.json', '--data', 'digits'], "backstep train: digits (train): 784 input columns, but the network's input layer has 2 neurons"],
			// the data set's old name still works
			[['train', 'net.json', '--data', 'mnist'], "backstep train: digits (train): 784 input columns, but the network's input layer has 2 neurons"],
			[['train', 'net.json', '--data', 'd.csv'], 'backstep train: d.csv:2:3: "x" is not a number'],
			[['train', 'net.json', '--data', 'xor', '--epochs', '0'], 'backstep train: --epochs: "0" is not a whole number of epochs ≥ 1'],
			[['train', 'net.json', '--data', 'xor', '--lr', '-1'], 'backstep train: --lr: "-1" is not a positive learning rate'],
			[['train', 'net.json', '--data', 'xor', '--threads', '3'], 'backstep train: --threads: unknown "3" — did you mean "1"? (one of: 1, 2)']
		];
		for (const [argv, msg] of cases) {
			const run = await backstep(argv, { files: { 'net.json': NET, 'd.csv': '1,2,0\n1,2,x\n' } });
			expect(run.stdout).toBe('');
			expect(run.status).toBe(2);
			expect(run.stderr).toBe(`${msg}\n`);
		}
	});

	it('exits 1 and says where a NaN or infinity appeared', async () => {
		const linear = NET.replace('"tanh"', '"linear"').replace('"sigmoid"', '"linear"').replace('"binary_crossentropy"', '"mse"');
		const run = await backstep(['train', 'net.json', '--data', 'plane', '--lr', '1e6', '--epochs', '50'], { files: { 'net.json': linear } });
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/^backstep train: training stopped: .* became (NaN|-?Infinity) at step \d+ \(try a smaller --lr\)\n$/);
	});

	it('blames the data, not the learning rate, for numbers float32 cannot hold or a first step that overflows', async () => {
		const linear = NET.replace('"tanh"', '"linear"').replace('"sigmoid"', '"linear"').replace('"binary_crossentropy"', '"mse"');
		const files = { 'net.json': linear, 'big.csv': 'x1,x2,y\n0.5,1e39,1\n0.1,0.2,0\n', 'far.csv': 'x1,x2,y\n0.5,0.5,1e300\n0.1,0.2,0\n' };
		const f32 = await backstep(['train', 'net.json', '--data', 'big.csv'], { files });
		expect([f32.status, f32.stdout]).toEqual([2, '']);
		expect(f32.stderr).toBe('backstep train: big.csv: sample 1, column "x2": 1e+39 is beyond float32\'s range (±3.4e38): scale the data, or train in double precision (--precision f64)\n');
		const f64 = await backstep(['train', 'net.json', '--data', 'far.csv', '--precision', 'f64'], { files });
		expect(f64.status).toBe(1);
		expect(f64.stderr).toMatch(/at step 1 \(the first step overflowed before any update: scale the inputs and targets, for example to \[-1, 1\]\)\n$/);
	});
});
