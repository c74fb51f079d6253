import { describe, expect, it } from 'vitest';
import { checkAnswers, KeyResolver } from '../../../src/lib/engine/check';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { courseNetwork, twoSampleNetwork } from './fixtures';

describe('answer keys', () => {
	const keys = new KeyResolver(buildTrace(courseNetwork(null)));
	const id = (k: string) => keys.resolve(k).id;

	it('accepts ids as docs/quantity-ids.md writes them', () => {
		expect(id('a[1][1]')).toBe('a[1][1]');
		expect(id('dE/dw[2][1][1]')).toBe('dE/dw[2][1][1]');
		expect(id("w[2][1][1]'")).toBe("w[2][1][1]'");
		expect(id('w[2][1][1]+')).toBe("w[2][1][1]'");
		expect(id('delta[2][1]')).toBe('delta[2][1]');
		expect(id('E')).toBe('E');
	});

	it('accepts the file\'s labels and the forms built from them', () => {
		expect(id('H_1')).toBe('a[1][1]');
		expect(id('x_2')).toBe('a[0][2]');
		expect(id('w_7')).toBe('w[2][1][2]');
		expect(id('dE/dw_5')).toBe('dE/dw[2][1][1]');
		expect(id('∂E/∂w_5')).toBe('dE/dw[2][1][1]');
		expect(id('\\frac{\\partial E}{\\partial w_5}')).toBe('dE/dw[2][1][1]');
		expect(id('dE/dO_1')).toBe('dE/da[2][1]');
		expect(id('dE/dH_2')).toBe('dE/da[1][2]');
		expect(id("w_5'")).toBe("w[2][1][1]'");
		expect(id('w_5+')).toBe("w[2][1][1]'");
		expect(id('w_5′')).toBe("w[2][1][1]'");
		expect(id('z_H_1')).toBe('z[1][1]');
		expect(id('z_{O_2}')).toBe('z[2][2]');
		expect(id('Error')).toBe('E');
	});

	it('reads every δ form as the ids\' delta, ∂E/∂z', () => {
		for (const k of ['delta_O_1', 'δ_O_1', 'δO_1', '\\delta_{O_1}', '\\delta_O_1', 'dE/dz_O_1', 'dE/dz[2][1]']) {
			expect(id(k), k).toBe('delta[2][1]');
		}
	});

	it('ignores spaces and TeX braces', () => {
		expect(id(' H_{1} ')).toBe('a[1][1]');
		expect(id('dE / dw_{5}')).toBe('dE/dw[2][1][1]');
	});

	it('ignores underscores in labels, as the course sheet writes H1 and w5', () => {
		expect(id('H1')).toBe('a[1][1]');
		expect(id('dE/dw5')).toBe('dE/dw[2][1][1]');
		expect(id('δO1')).toBe('delta[2][1]');
		expect(id("w8'")).toBe("w[2][2][2]'");
		expect(id('x2')).toBe('a[0][2]');
	});

	it('leaves δ of a weight unknown, with a hint to write dE/dw', () => {
		const r = keys.resolve('δw_5');
		expect(r.id).toBeNull();
		expect(r.hint?.en).toBe('δ names ∂E/∂z of a neuron; for the gradient of w_5 write dE/dw_5');
	});

	it('reports unknown keys as unknown, never skipping them', () => {
		const report = checkAnswers(courseNetwork(null), [
			{ key: 'H_3', value: 0.5, written: '0.5' },
			{ key: 'H_1', value: 0.56, written: '0.56' },
			{ key: 'δw_5', value: 0.03, written: '0.03' },
			{ key: 'a[1][1]@2', value: 0.56, written: '0.56' }
		]);
		expect(report.results.map((r) => [r.key, r.verdict, r.id])).toEqual([
			['H_3', 'unknown', null],
			['H_1', 'correct', 'a[1][1]'],
			['δw_5', 'unknown', null],
			['a[1][1]@2', 'unknown', null]
		]);
		expect(report.summary).toEqual({ correct: 1, imprecise: 0, carried: 0, wrong: 0, unknown: 3 });
		expect(report.allAccepted).toBe(false);
		expect(report.results[0].note).toBe('unknown key: did you mean H_1 or H_2?');
		expect(report.results[0].expected).toBeNull();
		expect(report.results[3].note).toContain('there is no sample 2 of');
	});

	it('refuses two keys for the same quantity', () => {
		expect(() =>
			checkAnswers(courseNetwork(null), [
				{ key: 'H_1', value: 0.56 },
				{ key: 'a[1][1]', value: 0.56 }
			])
		).toThrow('["a[1][1]"]: answers the same quantity (a[1][1]) as "H_1"');
	});

	describe('with several samples', () => {
		const multi = new KeyResolver(buildTrace(twoSampleNetwork()));
			it('takes @k for per-sample quantities and none for gradients and updates', () => {
			expect(multi.resolve('H_1@2').id).toBe('a[1][1]@2');
			expect(multi.resolve('a[2][1]@1').id).toBe('a[2][1]@1');
			expect(multi.resolve('delta_O_1@2').id).toBe('delta[2][1]@2');
			expect(multi.resolve('dE/dO_2@1').id).toBe('dE/da[2][2]@1');
			expect(multi.resolve('E@2').id).toBe('E@2');
			expect(multi.resolve('E').id).toBe('E');
			expect(multi.resolve('dE/dw_5').id).toBe('dE/dw[2][1][1]');
			// The trace keeps only the mean gradient: a per-sample one is not a quantity of it.
			expect(multi.resolve('dE/dw_5@2').id).toBeNull();
			expect(multi.resolve("w_5'").id).toBe("w[2][1][1]'");
		});

		it('says to add @k where it is missing', () => {
			const r = multi.resolve('H_1');
			expect(r.id).toBeNull();
			expect(r.hint?.en).toBe('the network has 2 samples: write H_1@1 … H_1@2');
		});
	});
});
