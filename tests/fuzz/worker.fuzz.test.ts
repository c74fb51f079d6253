// The training worker reads the page's requests: a snapshot's grid (which square of the plane, how
// many cells, which features), fed garbage and extremes, ends in a snapshot whose pictures are all
// finite numbers, or an error reply with a one-line message; never a throw, a hang or a huge grid.
// A run's progress options (how often, with or without the gradient norms), fed the same, give
// progress whose figures are finite and whose norms are finite numbers or null. Asked (or not) for
// the test rows' classes, a run sends them only when asked with true, each a class of the network;
// the page takes them only as bytes of the right length, each a class.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_GRID_N, type Reply, type Request } from '../../src/lib/worker/protocol';
import { asPredictions, confusionMatrix } from '../../src/lib/fast/confusion';
import { threeClassData, threeClassNetwork, xorData, xorNetwork } from '../worker/fixtures';
import { fuzz, judged } from './harness';
import { ErrorReply, recordingHandler } from './worker-handler';

/** A handler with a paused run three steps in (a snapshot needs a run). */
function running() {
	const handler = recordingHandler();
	const { h } = handler;
	h.handle({ type: 'start', id: 1, source: { network: xorNetwork() }, data: xorData(), validation: null, options: { epochs: 5, batchSize: 2, precision: 'f64', seed: 1, paused: true } });
	h.handle({ type: 'step', id: 2, steps: 3 });
	return handler;
}

const extreme = fc.oneof(
	fc.double(),
	fc.constantFrom(0, -0, 1, -1, 40, 200, 201, 1e6, -1e6, 1e7, 1e308, -1e308, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity),
	fc.integer({ min: -10, max: 10_000 })
);
const feature = fc.oneof(fc.constantFrom('x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'), fc.string({ maxLength: 6 }), fc.anything());
const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];
/** Close to the page's own: two real features, a grid size and a square at or past the limits. */
const nearValid = fc.record({
	features: fc.tuple(fc.constantFrom(...FEATURES), fc.constantFrom(...FEATURES)),
	n: fc.integer({ min: -2, max: MAX_GRID_N + 5 }),
	min: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), extreme),
	max: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), extreme)
});
const grid = fc.oneof(
	nearValid,
	fc.record({ features: fc.oneof(fc.array(feature, { maxLength: 4 }), fc.anything()), n: extreme, min: extreme, max: extreme }, { requiredKeys: [] }),
	fc.anything()
);

describe('the worker reading a snapshot’s grid', () => {
	it('answers a snapshot with finite pictures of at most the largest grid, or an error reply', async () => {
		await fuzz(grid, (g) =>
			judged(
				'worker snapshot grid',
				() => {
					const reply = running().answer({ type: 'snapshot', id: 9, grid: g });
					expect(reply.type).toBe('snapshot');
					const s = (reply as Extract<Reply, { type: 'snapshot' }>).snapshot;
					if (s.grid) expect(s.grid.n).toBeLessThanOrEqual(MAX_GRID_N);
					return s.grid ?? null;
				},
				(e) => e instanceof ErrorReply
			)
		, 300);
	});

	it('draws the page’s own request', () => {
		const { h, out } = running();
		h.handle({ type: 'snapshot', id: 9, grid: { features: ['x1', 'x2'], n: 40, min: -6, max: 6 } });
		const s = (out.at(-1) as Extract<Reply, { type: 'snapshot' }>).snapshot;
		expect(s.grid?.neurons.at(-1)?.[0]).toHaveLength(1600);
	});
});

/** The progress replies a handler sent, unpacked from its slices' report messages. */
function progressOf(out: Reply[]): Extract<Reply, { type: 'progress' }>[] {
	return out.flatMap((r) => (r.type === 'reports' ? r.replies : [r])).filter((r): r is Extract<Reply, { type: 'progress' }> => r.type === 'progress');
}

describe('the worker reading a run’s progress options', () => {
	const options = fc.record({ progressEvery: fc.oneof(extreme, fc.anything()), gradientNorms: fc.oneof(fc.boolean(), fc.anything()) }, { requiredKeys: [] });

	it('reports progress with finite figures and norms that are finite or null, or an error reply', async () => {
		await fuzz(options, (o) =>
			judged(
				'worker progress options',
				() => {
					const { h, out } = recordingHandler();
					const start = { type: 'start', id: 1, source: { network: xorNetwork() }, data: xorData(), validation: null, options: { epochs: 2, batchSize: 1, precision: 'f64', seed: 1, paused: true, ...o } };
					h.handle(start as unknown as Request);
					h.handle({ type: 'step', id: 2, steps: 6 });
					const error = out.find((r) => r.type === 'error');
					if (error) throw new ErrorReply(error.message);
					const progress = progressOf(out);
					for (const p of progress) expect(p.gradNorms === null || (Array.isArray(p.gradNorms) && p.gradNorms.length === 2)).toBe(true);
					return progress.map((p) => ({ loss: p.loss, epochLoss: p.epochLoss, gradNorms: p.gradNorms ?? [] }));
				},
				(e) => e instanceof ErrorReply
			)
		, 200);
	});

	it('leaves the norms out only when asked with false', () => {
		for (const [gradientNorms, carried] of [[false, false], [true, true], [undefined, true]] as const) {
			const { h, out } = recordingHandler();
			h.handle({ type: 'start', id: 1, source: { network: xorNetwork() }, data: xorData(), validation: null, options: { epochs: 2, batchSize: 1, precision: 'f64', seed: 1, paused: true, progressEvery: 1, gradientNorms } });
			h.handle({ type: 'step', id: 2, steps: 3 });
			const progress = progressOf(out);
			expect(progress).toHaveLength(3);
			for (const p of progress) expect(p.gradNorms !== null).toBe(carried);
		}
	});
});

describe('the test digits’ classes of an epoch', () => {
	/** The classes each epoch's report carried (undefined where none). */
	const classesOf = (out: Reply[]) => out.flatMap((r) => (r.type === 'reports' ? r.replies : [r])).flatMap((r) => (r.type === 'epoch' ? [r.classes] : []));

	it('the worker sends them only when asked with true: as many as the validation rows, each a class of the network', async () => {
		await fuzz(fc.oneof(fc.boolean(), fc.anything()), (validationClasses) => {
			const { h, out } = recordingHandler();
			const start = { type: 'start', id: 1, source: { network: threeClassNetwork() }, data: threeClassData(), validation: threeClassData(), options: { epochs: 2, batchSize: 3, precision: 'f64', seed: 1, paused: true, validationClasses } };
			h.handle(start as unknown as Request);
			h.handle({ type: 'step', id: 2, steps: 2 });
			expect(out.find((r) => r.type === 'error')).toBeUndefined();
			const sent = classesOf(out);
			expect(sent).toHaveLength(2);
			for (const c of sent) {
				if (validationClasses !== true) expect(c).toBeUndefined();
				else expect(asPredictions(c, 3, 3)).toBe(c);
			}
		}, 200);
	});

	it('the page takes them for its matrix only as bytes of the right length, each a class; else it classifies the digits itself', async () => {
		const garbage = fc.oneof(
			fc.uint8Array({ minLength: 0, maxLength: 12 }),
			fc.array(fc.oneof(fc.integer({ min: -3, max: 300 }), fc.double()), { maxLength: 12 }),
			fc.anything()
		);
		await fuzz(garbage, (classes) => {
			const taken = asPredictions(classes, 10, 10);
			if (taken === null) return;
			expect(taken).toBe(classes);
			expect(confusionMatrix(Array.from({ length: 10 }, (_, i) => i), taken, 10).total).toBe(10);
		}, 500);
	});
});
