// A start request carrying its network as a file is expanded to the validated network (the
// weights the file's init and seed draw), and every other message passes unchanged.

import { describe, expect, it } from 'vitest';
import { compactNetwork, expandStart } from '../../src/lib/fast/compact-start';
import { validateNetwork } from '../../src/lib/engine/spec/validate';

const file = {
	layers: [{ size: 4 }, { size: 3, activation: 'relu' }, { size: 2, activation: 'softmax' }],
	loss: 'sparse_categorical_crossentropy',
	optimizer: { type: 'sgd', learningRate: 0.1 },
	init: 'glorot_uniform',
	seed: 5
};

describe('expandStart', () => {
	it('replaces a compact network with the one validateNetwork draws, surviving a structured clone', () => {
		const message = structuredClone({ type: 'start', id: 3, network: compactNetwork(file), options: { epochs: 1 } });
		const out = expandStart(message) as { id: number; network: unknown; options: unknown };
		expect(out.network).toEqual(validateNetwork(file, { engine: 'fast' }));
		expect(out.id).toBe(3);
		expect(out.options).toEqual({ epochs: 1 });
	});

	it('leaves other messages, and starts with a full network, as they are', () => {
		const pause = { type: 'pause', id: 1 };
		expect(expandStart(pause)).toBe(pause);
		const start = { type: 'start', id: 2, network: { layers: [] } };
		expect(expandStart(start)).toBe(start);
		expect(expandStart(null)).toBeNull();
	});

	it('throws the input error of an invalid file', () => {
		expect(() => expandStart({ type: 'start', id: 1, network: compactNetwork({ ...file, loss: 'nope' }) })).toThrow(/loss/);
	});
});
