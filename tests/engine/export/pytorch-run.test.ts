// Runs the exported PyTorch script where torch is installed (Debian's python3-torch) and compares
// every printed number with the engine's trace; skipped, saying so, where it is not.

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { pytorchScript } from '../../../src/lib/engine/export/pytorch';

const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0);
if (!python) console.warn('pytorch-run.test: skipped, no python3 with torch here (apt-get install python3-torch)');

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../../static/examples/${name}`, import.meta.url), 'utf8'));

/** Networks covering every activation and loss the export writes, several samples, a shared bias, prelu, dropout and every penalty. */
const NETWORKS: Record<string, unknown> = {
	course: { ...example('course-2-2-2.json'), rounding: null, sheet: undefined },
	dropout: { ...example('dropout-2-4-1.json'), rounding: null },
	penalties: example('regularization-bias-activity.json'),
	mixed: {
		layers: [
			{ size: 3 },
			{ size: 3, activation: 'relu', weights: [[0.5, -0.2, 0.1], [0, 0, 0], [0.3, 0.8, -0.6]], biases: [0.1, 0, -0.2], regularizer: { l1: 0.01, l2: 0.02 } },
			{ size: 2, activation: { name: 'leaky_relu', alpha: 0.1 }, weights: [[0.4, -0.7, 0.2], [-0.3, 0.5, 0.9]], biases: 0.05 },
			{ size: 2, activation: 'prelu', weights: [[1.1, -0.4], [0.2, 0.6]] },
			{ size: 2, activation: 'elu', weights: [[0.3, -0.5], [0.7, 0.1]], biases: [0, 0.1] },
			{ size: 3, activation: 'softmax', weights: [[0.2, 0.4], [-0.1, 0.3], [0.5, -0.6]] }
		],
		loss: 'categorical_crossentropy',
		samples: [
			{ input: [1, 0.5, -1], target: [0, 1, 0] },
			{ input: [-0.5, 2, 0.25], target: [1, 0, 0] },
			{ input: [0, 0, 0], target: [0, 0, 1] }
		]
	},
	...Object.fromEntries(
		(['mse', 'mae', 'binary_crossentropy', 'hinge', 'sse'] as const).map((loss) => [
			loss,
			{
				layers: [
					{ size: 2 },
					{ size: 2, activation: 'swish', weights: [[0.5, -0.2], [0.3, 0.8]], biases: [0.1, -0.1] },
					{ size: 2, activation: loss === 'hinge' ? 'tanh' : loss === 'binary_crossentropy' ? 'sigmoid' : 'softplus', weights: [[0.4, -0.7], [-0.3, 0.5]] }
				],
				loss,
				samples: [
					{ input: [1, 0.5], target: loss === 'hinge' ? [1, -1] : [1, 0] },
					{ input: [-0.5, 2], target: loss === 'hinge' ? [-1, 1] : [0, 1] }
				]
			}
		])
	)
};

describe.skipIf(!python)('the PyTorch script run in python3 with torch', () => {
	for (const [name, file] of Object.entries(NETWORKS)) {
		it(`${name}: every printed value equals the trace's to 1e-12`, () => {
			const net = validateNetwork(file);
			const trace = buildTrace(net);
			const out = execFileSync(python as string, ['-'], { input: pytorchScript(net), encoding: 'utf8', timeout: 60_000 });
			const lines = out.trim().split('\n').map((l) => l.split(' '));
			expect(lines.length).toBeGreaterThan(8);
			let gradients = 0;
			for (const [id, text] of lines) {
				const value = Number(text);
				const expected = id.startsWith('dE/d') ? trace.gradients[id.slice(4)] : trace.values[id];
				expect(expected, `${name}: the trace has no ${id}`).toBeTypeOf('number');
				expect(Math.abs(value - expected), `${name}: ${id} torch ${value} engine ${expected}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
				if (id.startsWith('dE/d')) gradients++;
			}
			expect(gradients).toBe(Object.keys(trace.gradients).length);
		});
	}
});
