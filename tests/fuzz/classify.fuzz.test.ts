// The training worker classifies the rows it was sent (/digits' test digits) under a snapshot's
// parameters: in single precision on the WebAssembly kernels when the rows are float32, in double on
// the typed-array kernels otherwise. Fed parameters of wrong shapes, extreme or non-finite numbers,
// unknown activations and garbage, it answers with one class per row, each a class of the output,
// or an error reply with a one-line message of its own (not a TypeError's); never a throw or a hang.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTrainingHandler } from '../../src/lib/worker/handler';
import type { Reply, Request } from '../../src/lib/worker/protocol';
import { fuzz, judged } from './harness';

class ErrorReply extends Error {}

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
						const out: Reply[] = [];
						const h = createTrainingHandler({ post: (reply) => out.push(reply), schedule: () => undefined });
						const values = Array.from({ length: ROWS * INPUTS }, (_, i) => Math.sin(i) * 3);
						const inputs = precision === 'f32' ? Float32Array.from(values) : Float64Array.from(values);
						h.handle({ type: 'inputs', id: 1, inputs, inputSize: INPUTS, count: ROWS });
						h.handle({ type: 'classify', id: 2, activations: r.activations, params: r.params } as unknown as Request);
						const reply = out.at(-1)!;
						if (reply.type === 'error') throw new ErrorReply(reply.message);
						expect(reply.type).toBe('predictions');
						const predictions = Array.from((reply as Extract<Reply, { type: 'predictions' }>).predictions);
						expect(predictions).toHaveLength(ROWS);
						for (const p of predictions) expect(p).toBeLessThan(Math.max(1, r.classes ?? 1));
						return predictions;
					},
					// The project's own message, not a TypeError's from inside the forward pass.
					(e) => e instanceof ErrorReply && !/Cannot read|is not a function|undefined/.test(e.message)
				)
			, 200);
		});
	}
});
