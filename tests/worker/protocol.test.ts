import { describe, expect, it } from 'vitest';
import { isRequest, transferables, type Reply, type Request } from '../../src/lib/worker/protocol';
import { xorData, xorNetwork } from './fixtures';

const requests: Request[] = [
	{ type: 'start', id: 1, source: { network: xorNetwork() }, data: xorData(), validation: null, options: { epochs: 2, batchSize: 2, precision: 'f64' } },
	{ type: 'start', id: 8, source: { file: { layers: [{ size: 2 }, { size: 1 }], init: 'glorot_uniform', seed: 3 } }, data: xorData(), validation: xorData(), options: { epochs: 1, batchSize: 'full', precision: 'f32' } },
	{ type: 'pause', id: 2 },
	{ type: 'resume', id: 3 },
	{ type: 'step', id: 4, steps: 5 },
	{ type: 'stop', id: 5 },
	{ type: 'snapshot', id: 6, network: true },
	{ type: 'snapshot', id: 11, grid: { features: ['x1', 'x2', 'sinx1'], n: 40, min: -6, max: 6 } },
	{ type: 'rate', id: 7, learningRate: 0.05 },
	{ type: 'inputs', id: 9, inputs: new Float32Array([0, 1, 1, 0]), inputSize: 2, count: 2 },
	{ type: 'classify', id: 10, activations: [{ name: 'softmax' }], params: { W: [new Float32Array(4)], b: [new Float32Array(2)], alpha: [null] } }
];

const record = { epoch: 1, loss: 0.25, accuracy: 0.5, valLoss: null, valAccuracy: null, seconds: 0.01 };
const replies: Reply[] = [
	{ type: 'ack', id: 1, request: 'start', kernels: 'typedarray-f64' },
	{ type: 'progress', id: 1, step: 10, epoch: 1, epochProgress: 0.5, loss: 0.2, accuracy: 0.75, epochLoss: 0.3, epochAccuracy: 0.7, learningRate: 0.1, gradNorms: [0.3, 0.1] },
	{ type: 'epoch', id: 1, record },
	{
		type: 'snapshot', id: 6,
		snapshot: { step: 3, epoch: 0, precision: 'f32', W: [new Float32Array([1, 2])], b: [new Float32Array([3])], alpha: [null], network: null }
	},
	{
		type: 'reports', id: 1,
		replies: [
			{ type: 'progress', id: 1, step: 11, epoch: 1, epochProgress: 0.75, loss: 0.2, accuracy: null, epochLoss: 0.3, epochAccuracy: null, learningRate: 0.1, gradNorms: [0.2] },
			{ type: 'epoch', id: 1, record }
		]
	},
	{
		type: 'snapshot', id: 11,
		snapshot: {
			step: 3, epoch: 0, precision: 'f64', W: [new Float64Array([1, 2])], b: [new Float64Array([3])], alpha: [null], network: null,
			grid: { n: 1, min: -1, max: 1, inputs: [new Float64Array([0]), new Float64Array([0])], neurons: [[new Float64Array([0.5])]] }
		}
	},
	{ type: 'nanStop', id: 1, step: 7, layer: 2, quantity: 'dE/dW', message: 'exploding gradients: dE/dW of layer 2 became NaN at step 7' },
	{ type: 'done', id: 1, reason: 'finished', history: [record] },
	{ type: 'predictions', id: 10, predictions: Uint8Array.of(0, 1) },
	{ type: 'error', id: 2, message: 'pause: no training run', where: 'pause' }
];

describe('worker protocol', () => {
	it('every request survives structured cloning unchanged and is recognised as a request', () => {
		for (const r of requests) {
			const copy = structuredClone(r);
			expect(copy).toEqual(r);
			expect(isRequest(copy)).toBe(true);
		}
	});

	it('every reply survives structured cloning unchanged, typed arrays included', () => {
		for (const r of replies) expect(structuredClone(r)).toEqual(r);
		const snap = structuredClone(replies[3]) as Extract<Reply, { type: 'snapshot' }>;
		expect(snap.snapshot.W[0]).toBeInstanceOf(Float32Array);
	});

	it('isRequest rejects values that are not requests', () => {
		for (const x of [null, 3, 'start', {}, { type: 'start' }, { type: 'jump', id: 1 }, { type: 'pause', id: '1' }]) {
			expect(isRequest(x)).toBe(false);
		}
	});

	it('transferables lists each snapshot buffer once and nothing for other messages', () => {
		const w = new Float32Array(4);
		const reply: Reply = {
			type: 'snapshot', id: 1,
			snapshot: { step: 0, epoch: 0, precision: 'f32', W: [w, w.subarray(2)], b: [new Float32Array(1)], alpha: [null], network: null }
		};
		expect(transferables(reply)).toHaveLength(2);
		expect(transferables(reply)[0]).toBe(w.buffer);
		expect(transferables(replies[1])).toEqual([]);
		const predictions = replies.find((r) => r.type === 'predictions') as Extract<Reply, { type: 'predictions' }>;
		expect(transferables(predictions)).toEqual([predictions.predictions.buffer]);
		expect(transferables(requests[0])).toEqual([]);
		// A snapshot's grid: every input's and neuron's picture, each buffer once.
		const withGrid = replies.find((r) => r.type === 'snapshot' && r.snapshot.grid) as Extract<Reply, { type: 'snapshot' }>;
		expect(transferables(withGrid)).toHaveLength(5);
		expect(transferables(replies.find((r) => r.type === 'reports')!)).toEqual([]);
	});
});
