// Reading the Keras snippet's JSON into a network file: a real model's output, clear refusals, and
// garbage of every shape ending in a file or an InputError.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/engine/spec/errors';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { kerasToNetworkFile } from '../../../src/lib/engine/export/keras-import';

// What docs/keras-bridge.md's snippet prints for Sequential([Input((2,)), Dense(2, "sigmoid"), Dense(1)]).
const SNIPPET_OUTPUT = {
	input: 2,
	layers: [
		{ class: 'Dense', name: 'dense', units: 2, activation: 'sigmoid', kernel_T: [[0.2, 0.5], [-0.4, 0.6]], bias: [0.1, -0.1] },
		{ class: 'Dense', name: 'dense_1', units: 1, activation: 'linear', kernel_T: [[0.3, -0.2]], bias: null }
	]
};

describe('kerasToNetworkFile', () => {
	it('reads the snippet output: weights as kernel.T, biases, activations', () => {
		const file = kerasToNetworkFile(SNIPPET_OUTPUT);
		const net = validateNetwork(file);
		expect(net.input.size).toBe(2);
		expect(net.layers.map((l) => l.activation.name)).toEqual(['sigmoid', 'linear']);
		expect(net.layers[0].weights).toEqual([[0.2, 0.5], [-0.4, 0.6]]);
		expect(net.layers[0].biases).toEqual([0.1, -0.1]);
		expect(net.layers[1].biases).toBeNull();
		expect(net.samples[0]).toMatchObject({ input: [0, 0], target: [0] });
	});

	it("maps Keras 3's leaky_relu (slope 0.2) and silu, and skips the InputLayer", () => {
		const file = kerasToNetworkFile({
			input: 2,
			layers: [{ class: 'InputLayer' }, { class: 'Dense', units: 1, activation: 'leaky_relu', kernel_T: [[1, 2]] }],
			samples: [{ input: [1, 1], target: [2] }]
		});
		expect(validateNetwork(file).layers[0].activation).toEqual({ name: 'leaky_relu', alpha: 0.2 });
	});

	it('refuses unsupported layers and activations, and wrong shapes, saying where', () => {
		const conv = { ...SNIPPET_OUTPUT, layers: [...SNIPPET_OUTPUT.layers, { class: 'Conv2D' }] };
		expect(() => kerasToNetworkFile(conv)).toThrow(/layers\[2\]\.class: "Conv2D" is not supported: only Dense layers/);
		const gelu = { ...SNIPPET_OUTPUT, layers: [{ ...SNIPPET_OUTPUT.layers[0], activation: 'gelu' }] };
		expect(() => kerasToNetworkFile(gelu)).toThrow(/layers\[0\]\.activation: "gelu" is not supported/);
		const short = { ...SNIPPET_OUTPUT, layers: [{ ...SNIPPET_OUTPUT.layers[0], kernel_T: [[0.2], [0.4]] }] };
		expect(() => kerasToNetworkFile(short)).toThrow(InputError);
	});

	it('garbage of any shape gives a valid file or an InputError, never another error', () => {
		const layer = fc.record(
			{
				class: fc.oneof(fc.constant('Dense'), fc.constant('InputLayer'), fc.string()),
				units: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.anything()),
				activation: fc.oneof(fc.constantFrom('relu', 'sigmoid', 'leaky_relu', 'silu', 'softmax'), fc.anything()),
				kernel_T: fc.oneof(fc.array(fc.array(fc.double(), { maxLength: 4 }), { maxLength: 4 }), fc.anything()),
				bias: fc.oneof(fc.constant(null), fc.array(fc.double(), { maxLength: 4 }), fc.anything())
			},
			{ requiredKeys: [] }
		);
		const model = fc.oneof(
			fc.record({ input: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.double(), fc.anything()), layers: fc.oneof(fc.array(layer, { maxLength: 4 }), fc.anything()), samples: fc.anything(), loss: fc.anything() }, { requiredKeys: [] }),
			fc.anything()
		);
		fc.assert(
			fc.property(model, (json) => {
				try {
					const file = kerasToNetworkFile(json);
					expect(validateNetwork(file).layers.length).toBeGreaterThan(0);
				} catch (e) {
					if (!(e instanceof InputError)) throw e;
				}
			}),
			{ numRuns: 500 }
		);
	});
});
