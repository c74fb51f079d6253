// The registries: one op per name of docs/maths.md, named as their key.

import { describe, expect, it } from 'vitest';
import {
	ACTIVATION_NAMES,
	activationOp,
	HIDDEN_ACTIVATION_NAMES,
	LOSS_NAMES,
	lossOp,
	OPTIMIZER_NAMES,
	optimizerOp
} from '../../../src/lib/engine/ops';
import type { ActivationName } from '../../../src/lib/engine/spec/types';

describe('ops registries', () => {
	it('activationOp, lossOp and optimizerOp return the op of that name for every name', () => {
		for (const n of ACTIVATION_NAMES) expect(activationOp(n).name).toBe(n);
		for (const n of LOSS_NAMES) expect(lossOp(n).name).toBe(n);
		for (const n of OPTIMIZER_NAMES) expect(optimizerOp(n).name).toBe(n);
	});
	it('lists 14 activations, 8 losses, 11 optimizers, and keeps softmax out of hidden layers', () => {
		expect([ACTIVATION_NAMES.length, LOSS_NAMES.length, OPTIMIZER_NAMES.length]).toEqual([14, 8, 11]);
		expect(HIDDEN_ACTIVATION_NAMES).not.toContain('softmax');
		expect(HIDDEN_ACTIVATION_NAMES.length).toBe(13);
	});
	it('an unknown name is a bug and throws', () => {
		expect(() => activationOp('sigmod' as ActivationName)).toThrow('no activation named "sigmod"');
		expect(() => activationOp('toString' as ActivationName)).toThrow('no activation named "toString"');
	});
});
