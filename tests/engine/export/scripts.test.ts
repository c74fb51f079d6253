// The PyTorch and Keras scripts' text: a snapshot of the course example, and structural checks over
// the example files (every quantity the trace has is printed; refusals are InputErrors).

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/engine/spec/errors';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { pytorchScript } from '../../../src/lib/engine/export/pytorch';
import { kerasScript } from '../../../src/lib/engine/export/keras';
import { pyComment } from '../../../src/lib/engine/export/python';

const dir = new URL('../../../static/examples/', import.meta.url);
const example = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const course = validateNetwork({ ...example('course-2-2-2.json'), rounding: null });

describe('exported scripts', () => {
	it('the course example as PyTorch and Keras (snapshot)', () => {
		expect(pytorchScript(course)).toMatchSnapshot();
		expect(kerasScript(course)).toMatchSnapshot();
	});

	it('write every weight, float64, and print the loss and each gradient', () => {
		const torch = pytorchScript(course);
		expect(torch).toContain('torch.set_default_dtype(torch.float64)');
		expect(torch).toContain('[[0.2, 0.5], [-0.4, 0.6]]');
		expect(torch).toContain('0.5 * (Y - A) ** 2');
		expect(torch).toContain('show_matrix("w[2]", W2.grad)');
		const keras = kerasScript(course);
		expect(keras).toContain('keras.backend.set_floatx("float64")');
		expect(keras).toContain('np.array([[0.1, -0.3], [-0.5, 0.8]]).T');
		expect(keras).toContain('tape.gradient(E, [model.layers[0].kernel, model.layers[1].kernel])');
	});

	it('write the dropout masks and every penalty the trace counts (#17)', () => {
		const read = (name: string) => validateNetwork(JSON.parse(readFileSync(new URL(`../../../static/examples/${name}`, import.meta.url), 'utf8')));
		const dropout = read('dropout-2-4-1.json');
		const torch = pytorchScript(dropout);
		expect(torch).toContain('M1 = torch.tensor([[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 1.0, 1.0]])');
		expect(torch).toContain('a1 = sigmoid(z1) * M1 / (1 - 0.5)');
		expect(kerasScript(dropout)).toContain('a1 = sigmoid(z1) * M1 / (1 - 0.5)');
		const penalties = read('regularization-bias-activity.json');
		const torchPenalties = pytorchScript(penalties);
		expect(torchPenalties).toContain('E_k = loss_per_sample(a2, Y) + 0.00001 * (a1 ** 2).sum(dim=1)');
		expect(torchPenalties).toContain('E = E_k.mean() + 0.00001 * W1.abs().sum() + 0.0001 * (W1 ** 2).sum() + 0.0001 * (b1 ** 2).sum()');
		const keras = kerasScript(penalties);
		expect(keras).toContain('bias_regularizer=keras.regularizers.L1L2(l1=0.0, l2=0.0001), activity_regularizer=keras.regularizers.L1L2(l1=0.0, l2=0.00001)');
		expect(keras).toContain('tf.reduce_sum(model.layers[0].bias ** 2)');
	});

	it('every example that can be exported has a script with balanced brackets and no tabs', () => {
		let exported = 0;
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
			let net;
			try {
				net = validateNetwork(example(file));
			} catch {
				continue; // a fast-path example (784 inputs) the exact engine does not trace
			}
			for (const write of [pytorchScript, kerasScript]) {
				let text: string;
				try {
					text = write(net);
				} catch (e) {
					expect(e).toBeInstanceOf(InputError);
					continue;
				}
				exported++;
				expect(text).not.toMatch(/\t|undefined|NaN|\[object/);
				for (const [open, close] of ['()', '[]', '{}']) expect(text.split(open).length, `${file} ${open}`).toBe(text.split(close).length);
			}
		}
		expect(exported).toBeGreaterThan(5);
	});

	it('refuses what it cannot reproduce, saying which layer and why', () => {
		const stepNet = validateNetwork({ ...example('course-2-2-2.json'), layers: [{ size: 2 }, { size: 1, activation: 'step', weights: [[1, 1]] }], samples: [{ input: [1, 0], target: [1] }], sheet: undefined });
		expect(() => pytorchScript(stepNet)).toThrow(/layers\[1\]\.activation: step cannot be exported to PyTorch/);
		const shared = validateNetwork({ ...example('course-2-2-2.json'), layers: [{ size: 2 }, { size: 1, activation: 'relu', weights: [[1, 1]], biases: 0.5 }], samples: [{ input: [1, 0], target: [1] }], sheet: undefined });
		expect(pytorchScript(shared)).toContain('b1 = torch.tensor(0.5, requires_grad=True)');
		expect(() => kerasScript(shared)).toThrow(/layers\[1\]\.biases: a bias shared/);
	});

	it('a title stays inside its comment line', () => {
		expect(pyComment('x\u2028import os\n"""')).toBe('# x import os """');
		const net = validateNetwork({ ...example('course-2-2-2.json'), title: 'x" import os """ 網路' });
		expect(pytorchScript(net).split('\n')[0]).toBe('# Backstep network: x" import os """ 網路, exported as a PyTorch script.');
	});
});
