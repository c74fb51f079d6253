// The training worker classifies the rows it was sent (/digits' test digits) under a snapshot's
// parameters: in single precision on the WebAssembly kernels when the rows are float32, in double on
// the typed-array kernels otherwise. Fed parameters of wrong shapes, extreme or non-finite numbers,
// unknown activations and garbage, it answers with one class per row, each a class of the output,
// or an error reply with a one-line message of its own (not a TypeError's); never a throw or a hang.
// The rows themselves (any typed array or garbage, sizes and counts at and past their limits) are
// kept or refused the same way, and rows kept are classified.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/lib/worker/protocol';
import { fuzz, judged } from './harness';
import { ErrorReply, recordingHandler } from './worker-handler';

const ROWS = 7;
const INPUTS = 3;
const number = fc.oneof(
	fc.double({ min: -10, max: 10, noNaN: true }),
	fc.constantFrom(0, -0, 1e38, -1e38, 3.5e38, 1e308, -1e308, NaN, Infinity, -Infinity)
);
const tensor = (n: number) => fc.oneof(fc.float32Array({ minLength: n, maxLength: n }), fc.array(number, { minLength: n, maxLength: n }).map((xs) => Float64Array.from(xs)));
const activation = fc.oneof({ arbitrary: fc.constantFrom('relu', 'tanh', 'sigmoid', 'softmax', 'linear', 'elu').map((name) => ({ name })), weight: 8 }, { arbitrary: fc.anything(), weight: 1 });
/** A 3-h-c network's tensors, its shapes right or off by one, and the activations of its two layers. */
const nearValid = fc
	.record({ hidden: fc.integer({ min: 1, max: 6 }), classes: fc.integer({ min: 1, max: 5 }), off: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.constantFrom(-1, 1), weight: 1 }) })
	.chain(({ hidden, classes, off }) =>
		fc.record({
			activations: fc.array(activation, { minLength: 2, maxLength: 2 }),
			params: fc.record({
				W: fc.tuple(tensor(hidden * INPUTS + off), tensor(classes * hidden)),
				b: fc.tuple(tensor(hidden), tensor(classes)),
				alpha: fc.constant([null, null])
			}),
			classes: fc.constant(classes)
		})
	);
const request = fc.oneof(nearValid, fc.record({ activations: fc.anything(), params: fc.anything(), classes: fc.constant(0) }, { requiredKeys: [] }));

describe('the worker classifying rows under a snapshot', () => {
	for (const precision of ['f32', 'f64'] as const) {
		it(`answers one class of the output per row, or an error reply (rows in ${precision === 'f32' ? 'single' : 'double'} precision)`, async () => {
			await fuzz(request, (r) =>
				judged(
					`worker classify ${precision}`,
					() => {
						const { h, answer } = recordingHandler();
						const values = Array.from({ length: ROWS * INPUTS }, (_, i) => Math.sin(i) * 3);
						const inputs = precision === 'f32' ? Float32Array.from(values) : Float64Array.from(values);
						h.handle({ type: 'inputs', id: 1, inputs, inputSize: INPUTS, count: ROWS });
						const reply = answer({ type: 'classify', id: 2, activations: r.activations, params: r.params });
						expect(reply.type).toBe('predictions');
						const predictions = Array.from((reply as Extract<Reply, { type: 'predictions' }>).predictions);
						expect(predictions).toHaveLength(ROWS);
						for (const p of predictions) expect(p).toBeLessThan(Math.max(1, r.classes ?? 1));
						return predictions;
					},
					// The project's own message, not a TypeError's from inside the forward pass.
					(e) => e instanceof ErrorReply && !/Cannot read properties|is not a function|is not iterable|Invalid typed array length/.test(e.message)
				)
			, 200);
		});
	}
});

describe('the worker reading the rows it is to classify', () => {
	const whole = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(0.5, 1e9, -1e9, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER), fc.anything());
	const rows = fc.oneof(
		{ arbitrary: fc.float32Array({ maxLength: 40 }), weight: 3 },
		{ arbitrary: fc.array(number, { maxLength: 40 }).map((xs) => Float64Array.from(xs)), weight: 3 },
		fc.constantFrom(new Int32Array(6), new Uint8Array(6), new Float32Array(0)),
		fc.array(number, { maxLength: 12 }),
		fc.anything()
	);
	// The network's own width, 3, and counts that fit, often: those rows are classified, the others refused.
	const message = fc.record({ inputs: rows, inputSize: fc.oneof({ arbitrary: fc.constant(3), weight: 3 }, { arbitrary: whole, weight: 2 }), count: fc.oneof({ arbitrary: fc.nat(13), weight: 3 }, { arbitrary: whole, weight: 2 }) }, { requiredKeys: ['inputs'] });
	// A 2-layer network over 3 inputs: rows of another width are refused by the classify request.
	const params = { W: [Float32Array.from({ length: 6 }, (_, i) => i / 6 - 0.4), Float32Array.of(1, -1, 0.5, 0.25)], b: [new Float32Array(2), new Float32Array(2)], alpha: [null, null] };
	const activations = [{ name: 'relu' }, { name: 'softmax' }];

	it('keeps rows that fit and classifies them, or refuses them with its own message', async () => {
		await fuzz(message, (m) =>
			judged(
				'worker inputs',
				() => {
					const { answer } = recordingHandler();
					answer({ type: 'inputs', id: 1, ...m });
					const reply = answer({ type: 'classify', id: 2, activations, params });
					const predictions = Array.from((reply as Extract<Reply, { type: 'predictions' }>).predictions);
					expect(predictions).toHaveLength(m.count as number);
					for (const p of predictions) expect(p).toBeLessThan(2);
					return predictions;
				},
				(e) => e instanceof ErrorReply && !/Cannot read properties|is not a function|is not iterable|Invalid typed array length/.test(e.message)
			)
		, 300);
	});
});
