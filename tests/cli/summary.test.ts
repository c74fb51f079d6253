import { describe, expect, it } from 'vitest';
import { backstep } from './fake-io';
import { thousands } from '../../src/cli/commands/summary-graph';
import type { Summary } from '../../src/lib/engine/concepts/summary';

describe('backstep summary', () => {
	it('prints the course’s 784 → 10 perceptron as Keras does: Total params 7,850', async () => {
		const r = await backstep(['summary', 'static/examples/course-perceptron-784-10.json']);
		expect(r).toEqual({
			status: 0,
			stderr: '',
			stdout: [
				'Model: "Course model: MNIST perceptron 784 → 10 (softmax)"',
				'_'.repeat(70),
				' Layer (type)         Output Shape   Param #   Count',
				'='.repeat(70),
				' input (InputLayer)   (None, 784)    0',
				' dense (Dense)        (None, 10)     7850      (784 + 1) * 10 = 7850',
				'='.repeat(70),
				'Total params: 7,850',
				'Trainable params: 7,850',
				'Non-trainable params: 0',
				'_'.repeat(70),
				''
			].join('\n')
		});
	});

	it('prints the course’s MLP with each layer’s sum written out: Total params 316,810', async () => {
		const r = await backstep(['summary', 'static/examples/course-mlp-784-300-200-100-10.json']);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^ dense \(Dense\) +\(None, 300\) +235500 +\(784 \+ 1\) \* 300 = 235500$/m);
		expect(r.stdout).toMatch(/^ dense_1 \(Dense\) +\(None, 200\) +60200 +\(300 \+ 1\) \* 200 = 60200$/m);
		expect(r.stdout).toMatch(/^ dense_2 \(Dense\) +\(None, 100\) +20100 +\(200 \+ 1\) \* 100 = 20100$/m);
		expect(r.stdout).toMatch(/^ dense_3 \(Dense\) +\(None, 10\) +1010 +\(100 \+ 1\) \* 10 = 1010$/m);
		expect(r.stdout).toContain('Total params: 316,810\nTrainable params: 316,810\nNon-trainable params: 0\n');
	});

	it('marks frozen parameters as non-trainable (shared biases that are never updated)', async () => {
		const r = await backstep(['summary', 'static/examples/mazur-shared-frozen-biases.json']);
		expect(r.stdout).toMatch(/^ dense \(Dense\) +\(None, 2\) +5 +2 \* 2 \+ 1 = 5 \(1 non-trainable\)$/m);
		expect(r.stdout).toContain('Total params: 10\nTrainable params: 8\nNon-trainable params: 2\n');
	});

	it('prints batch normalisation as a BatchNormalization row with its moving statistics non-trainable', async () => {
		const net = {
			layers: [{ size: 784 }, { size: 300, activation: 'relu', batchNorm: true }, { size: 10, activation: 'softmax' }],
			init: 'glorot_uniform',
			loss: 'categorical_crossentropy',
			samples: [{ input: new Array(784).fill(0), target: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0] }]
		};
		const r = await backstep(['summary', 'bn.json'], { files: { 'bn.json': JSON.stringify(net) } });
		expect(r.stderr).toBe('');
		expect(r.stdout).toMatch(/^ dense \(Dense\) +\(None, 300\) +235500 +\(784 \+ 1\) \* 300 = 235500$/m);
		expect(r.stdout).toMatch(/^ batch_normalization \(BatchNormalization\) +\(None, 300\) +1200 +4 \* 300 = 1200 \(600 non-trainable\)$/m);
		expect(r.stdout).toContain('Total params: 239,710\nTrainable params: 239,110\nNon-trainable params: 600\n');
	});

	it('--json prints the summary as data', async () => {
		const r = await backstep(['summary', 'static/examples/activation-prelu.json', '--json']);
		expect(r.status).toBe(0);
		const s = JSON.parse(r.stdout) as Summary;
		expect(s.rows.map((row) => row.formula)).toEqual(['', '(2 + 1) * 3 + 3 = 12', '(3 + 1) * 1 = 4']);
		expect([s.total, s.trainable, s.nonTrainable]).toEqual([16, 16, 0]);
	});
});

describe('thousands', () => {
	it('groups digits by three as Keras prints totals', () => {
		expect([0, 999, 1000, 7850, 316810, 1234567].map(thousands)).toEqual(['0', '999', '1,000', '7,850', '316,810', '1,234,567']);
	});
});

describe('backstep summary of a model graph (docs/models.md)', () => {
	it('prints the course’s functional model with Keras’s Connected to: Total params 1,286,789', async () => {
		const r = await backstep(['summary', 'static/examples/models/course-functional.json']);
		expect(r.status).toBe(0);
		const lines = r.stdout.split('\n');
		expect(lines[0]).toBe('Model: "functional"');
		expect(lines[2]).toMatch(/^ Layer \(type\)\s+Output Shape\s+Param #\s+Count\s+Connected to$/);
		expect(lines.find((l) => l.includes('concatenate (Concatenate)'))).toMatch(/\(None, 20100\)\s+0\s+joins 10000 \+ 10000 \+ 100 = 20100\s+title\[0\]\[0\], text_body\[0\]\[0\], tags\[0\]\[0\]$/);
		expect(lines.find((l) => l.includes('dense (Dense)'))).toMatch(/\(None, 64\)\s+1,286,464\s+\(20100 \+ 1\) \* 64 = 1286464\s+concatenate\[0\]\[0\]$/);
		expect(r.stdout).toContain('Total params: 1,286,789 (1286464 + 65 + 260 = 1286789)');
	});

	it('prints the model built with model.build((None, 3)): 906, and JSON with --json', async () => {
		const r = await backstep(['summary', 'static/examples/models/course-built.json']);
		expect(r.stdout).toContain(' my_first_layer (Dense)   (None, 64)     256       (3 + 1) * 64 = 256');
		expect(r.stdout).toContain('Total params: 906 (256 + 650 = 906)');
		expect(r.stdout).not.toContain('Connected to');
		const j = await backstep(['summary', 'static/examples/models/course-built.json', '--json']);
		expect(JSON.parse(j.stdout)).toMatchObject({ name: 'my_example_model', form: 'sequential', total: 906 });
	});

	it('says where a model graph is wrong (exit 2)', async () => {
		const r = await backstep(['summary', 'static/examples/models/course-functional.json'], {
			files: { 'static/examples/models/course-functional.json': '{"model": "functional", "inputs": [{"name": "a", "shape": 3}], "layers": [{"type": "dense", "units": 2, "from": "b"}], "outputs": ["dense"]}' }
		});
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/layers\[0\]\.from: "b" is not an input or an earlier layer/);
	});
});
