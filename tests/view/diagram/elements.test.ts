import { describe, expect, it } from 'vitest';
import { elementOf } from '../../../src/lib/view/diagram/elements';

describe('elementOf', () => {
	it.each([
		['a[1][1]', 'n1-1', 'node', null],
		['z[2][2]', 'n2-2', 'node', null],
		['delta[2][1]', 'n2-1', 'node', null],
		['dE/da[1][2]', 'n1-2', 'node', null],
		['alpha[1][2]', 'n1-2', 'node', null],
		['a[0][2]@3', 'n0-2', 'node', 3],
		['w[2][1][1]', 'e2-1-1', 'edge', null],
		['dE/dw[2][1][2]', 'e2-1-2', 'edge', null],
		["w[2][1][1]'", 'e2-1-1', 'edge', null],
		['dE/dw[1][2][1]@2', 'e1-2-1', 'edge', 2],
		['b[1][2]', 'b1-2', 'bias', null],
		['b[3]', 'b3', 'bias', null],
		["b[1][1]'", 'b1-1', 'bias', null],
		['dE/db[1][1]', 'b1-1', 'bias', null],
		['y[2]', 'y2', 'target', null],
		['y[1]@4', 'y1', 'target', 4],
		['E', 'E', 'loss', null],
		['E@2', 'E', 'loss', 2]
	])('%s is drawn at %s', (id, key, kind, sample) => {
		expect(elementOf(id)).toEqual({ key, kind, sample });
	});

	it('returns null for quantities the diagram does not draw', () => {
		expect(elementOf('m')).toBeNull();
		expect(elementOf('Emphasis')).toBeNull();
		expect(elementOf('')).toBeNull();
	});
});

describe('batch normalisation quantities', () => {
	it('live on their neuron', () => {
		for (const id of ['mu[1][2]', 'var[1][2]', 'zhat[1][2]@3', 'dE/dztilde[1][2]@1', 'gamma[1][2]', "beta[1][2]'", "movingMean[1][2]'", 'dE/dvar[1][2]'])
			expect(elementOf(id)?.key, id).toBe('n1-2');
	});
});
