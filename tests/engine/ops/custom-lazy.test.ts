// The custom activations' compiler is loaded on demand: before, validating a file with a custom
// activation stops with CustomNotPreparedError (not a user's InputError); every other file
// validates and traces synchronously; prepareCustomActivations loads it only when a file needs it.

import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import course from '../../../static/examples/course-2-2-2.json';

const withCustom = {
	...course,
	sheet: undefined,
	layers: [course.layers[0], { ...course.layers[1], activation: { name: 'custom', expression: 'x / (1 + abs(x))' } }, course.layers[2]]
};

/** The engine in a fresh module graph: the compiler not loaded (the test setup loaded another copy). */
async function freshEngine() {
	vi.resetModules();
	const compiler = await import('../../../src/lib/engine/ops/activations/custom-compiler');
	const { validateNetwork } = await import('../../../src/lib/engine/spec/validate');
	const { buildTrace } = await import('../../../src/lib/engine/trace/build');
	const { InputError } = await import('../../../src/lib/engine/spec/errors');
	return { ...compiler, validateNetwork, buildTrace, InputError };
}

describe('custom activations, compiler loaded on demand', () => {
	it('before loading: other files work, a custom one says the compiler is not prepared', async () => {
		const e = await freshEngine();
		expect(e.customCompilerLoaded()).toBe(false);
		expect(e.buildTrace(e.validateNetwork(course)).loss).toBeGreaterThan(0);
		await e.prepareCustomActivations(course); // no custom: nothing loaded
		expect(e.customCompilerLoaded()).toBe(false);
		let thrown: unknown;
		try {
			e.validateNetwork(withCustom);
		} catch (err) {
			thrown = err;
		}
		expect(thrown).toBeInstanceOf(e.CustomNotPreparedError);
		expect(thrown).not.toBeInstanceOf(e.InputError);
		expect((thrown as Error).message).toMatch(/await prepareCustomActivations\(file\)/);
		expect(() => e.compileCustom('x^2')).toThrow(e.CustomNotPreparedError);
	});

	it('prepareCustomActivations loads it for a file, a text or a validated network that has one', async () => {
		const e = await freshEngine();
		await e.prepareCustomActivations(JSON.stringify(withCustom));
		expect(e.customCompilerLoaded()).toBe(true);
		const net = e.validateNetwork(withCustom);
		expect(net.layers[0].activation).toEqual({ name: 'custom', expression: 'x / (1 + abs(x))' });
		expect(e.buildTrace(net).values['a[1][1]']).toBeCloseTo(0.25 / 1.25, 12);
	});

	it('mentionsCustom finds "custom" at any depth, never looks into typed arrays, and ends on any value', () => {
		return freshEngine().then((e) => {
			expect(e.mentionsCustom(withCustom)).toBe(true);
			expect(e.mentionsCustom(course)).toBe(false);
			let deep: unknown = 'custom';
			for (let i = 0; i < 100_000; i++) deep = [deep];
			expect(e.mentionsCustom(deep)).toBe(true);
			expect(e.mentionsCustom({ data: new Float32Array(10) })).toBe(false);
			fc.assert(
				fc.property(fc.anything(), (v) => {
					expect(typeof e.mentionsCustom(v)).toBe('boolean');
					expect(e.mentionsCustom({ layers: [v, { activation: { name: 'custom' } }] })).toBe(true);
				})
			);
		});
	});
});
