// paramLookup reads a parameter id (`dE/dw[2][1][3]`, `b[1]'`) by its layer's index: any string, the
// engine's own ids cut and spliced, and layer numbers far out of range give a finite number or
// undefined, never a throw; every real id gives its own parameter's number.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/lib/engine/trace/context';
import { paramLookup, paramValues } from '../../../src/lib/engine/trace/params';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import course from '../../../static/examples/course-2-2-2.json';

function filledContext() {
	const ctx = createContext(validateNetwork(course));
	const pv = paramValues(ctx);
	pv.all.forEach((p, k) => {
		pv.grad[k] = k + 0.5;
		pv.updated[k] = -k - 0.25;
	});
	pv.hasGrad = pv.hasUpdated = true;
	return { ctx, ids: pv.all.map((p) => p.id) };
}

describe('paramLookup', () => {
	const { ctx, ids } = filledContext();

	it('finds every parameter’s gradient and update by its own id', () => {
		ids.forEach((id, k) => {
			expect(paramLookup(ctx, `dE/d${id}`)).toBe(k + 0.5);
			expect(paramLookup(ctx, `${id}'`)).toBe(-k - 0.25);
		});
	});

	it('gives a finite number or undefined for any id, never a throw', () => {
		const spliced = fc.tuple(fc.constantFrom(...ids), fc.string(), fc.nat(40)).map(([id, junk, at]) => id.slice(0, at) + junk + id.slice(at));
		const layers = fc.tuple(fc.constantFrom('w', 'b', 'gamma', 'alpha', 'x'), fc.oneof(fc.integer(), fc.constantFrom(-0, 1e308, Number.MAX_SAFE_INTEGER + 2)), fc.string()).map(([k, l, rest]) => `${k}[${l}]${rest}`);
		const id = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), spliced, layers);
		fc.assert(
			fc.property(id, fc.constantFrom('dE/d', ''), fc.constantFrom("'", ''), (body, pre, post) => {
				const v = paramLookup(ctx, pre + body + post);
				expect(v === undefined || Number.isFinite(v)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});
