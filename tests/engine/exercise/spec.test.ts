import { describe, expect, it } from 'vitest';
import { networkToJson } from '../../../src/lib/engine/spec/encode';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { course } from './templates';

const withExercise = (exercise: unknown) => ({ ...networkToJson(course()), exercise });

describe('the network file\'s "exercise" object', () => {
	it('is read with its defaults filled in and written back the same', () => {
		const net = validateNetwork(withExercise({ ask: ['H_1', 'E'] }));
		expect(net.exercise).toEqual({ decimals: 1, weights: [-1, 1], biases: [-1, 1], inputs: [0, 1], targets: [0, 1], ask: ['H_1', 'E'] });
		expect(validateNetwork(networkToJson(net))).toEqual(net);
	});

	it.each([
		[{ decimal: 1 }, 'exercise.decimal: unknown key — did you mean "decimals"?'],
		[{ decimals: 4 }, 'exercise.decimals: expected an integer from 0 to 3, got 4'],
		[{ weights: [1, -1] }, 'exercise.weights: min must be below max, got [1, -1]'],
		[{ weights: [0, 0.1] }, 'exercise.weights: [0, 0.1] holds fewer than two non-zero numbers with 1 decimals'],
		[{ inputs: [0, 'a'] }, 'exercise.inputs[1]: expected a number in [-100, 100], got "a"'],
		[{ ask: [] }, 'exercise.ask: expected 1 to 64 keys, got 0'],
		[{ ask: ['H_1', 'H_1'] }, 'exercise.ask[1]: "H_1" is asked twice'],
		['all', 'exercise: expected an object {"decimals", "weights", "biases", "inputs", "targets", "ask"}, got "all"']
	])('refuses %j with a message naming the place', (exercise, message) => {
		expect(() => validateNetwork(withExercise(exercise))).toThrow(message);
	});
});

import fc from 'fast-check';
import { isInputError } from '../../../src/lib/engine/spec/errors';
import { readExercise } from '../../../src/lib/engine/spec/exercise';

describe('readExercise (property)', () => {
	it('reads any JSON value as an exercise or an InputError, never anything else', () => {
		const fields = fc.record(
			{ decimals: fc.jsonValue(), weights: fc.oneof(fc.tuple(fc.double(), fc.double()), fc.jsonValue()), inputs: fc.jsonValue(), ask: fc.oneof(fc.array(fc.string()), fc.jsonValue()) },
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(fc.oneof(fields, fc.jsonValue()), (v) => {
				try {
					const e = readExercise(v);
					if (e) for (const r of [e.weights, e.biases, e.inputs, e.targets]) expect(r.every(Number.isFinite) && r[0] < r[1]).toBe(true);
				} catch (err) {
					expect(isInputError(err)).toBe(true);
				}
			}),
			{ numRuns: 2000 }
		);
	});
});
