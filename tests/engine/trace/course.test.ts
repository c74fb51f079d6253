import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { courseJson } from '../../fixtures/course';


const exact = () => buildTrace(validateNetwork({ ...courseJson, rounding: undefined }));
const rounded = () => buildTrace(validateNetwork(courseJson));

describe('buildTrace(course example) with 2-decimal hand rounding', () => {
	const t = rounded();

	it('gives the course sheet forward values', () => {
		expect(t.values['a[1][1]']).toBe(0.56);
		expect(t.values['a[1][2]']).toBe(0.5);
		expect(t.values['a[2][1]']).toBe(0.48);
		expect(t.values['a[2][2]']).toBe(0.53);
		expect(t.values['E']).toBe(0.21);
		expect(t.loss).toBe(0.21);
	});

	it('rounds every named quantity as it is computed and uses the rounded value downstream', () => {
		// z_O1 = 0.1·0.56 + (−0.3)·0.50 = −0.094 → −0.09
		expect(t.values['z[2][1]']).toBe(-0.09);
		// δ_O2 = 0.60 · 0.53 · 0.47 = 0.14946 → 0.15; ∂E/∂w_8 = 0.15 · 0.50 = 0.075 → 0.08 (half away from zero)
		expect(t.values['delta[2][2]']).toBe(0.15);
		expect(t.gradients['w[2][2][2]']).toBe(0.08);
	});

	it('works the backward pass out correctly (where the course sheet adds weight gradients instead)', () => {
		expect(t.values['dE/da[2][1]']).toBe(0.25);
		expect(t.values['dE/da[2][2]']).toBe(0.6);
		expect(t.values['delta[2][1]']).toBe(0.06); // 0.25 · 0.48 · 0.52 = 0.0624
		expect(t.gradients['w[2][1][1]']).toBe(0.03); // w_5: 0.06 · 0.56
		expect(t.gradients['w[2][1][2]']).toBe(0.03); // w_7: 0.06 · 0.50
		expect(t.gradients['w[2][2][1]']).toBe(0.08); // w_6: 0.15 · 0.56 = 0.084
		// ∂E/∂H_1 = δ_O1·w_5 + δ_O2·w_6 = 0.006 − 0.075 = −0.069 → −0.07
		expect(t.values['dE/da[1][1]']).toBe(-0.07);
		// ∂E/∂H_2 = δ_O1·w_7 + δ_O2·w_8 = −0.018 + 0.12 = 0.102 → 0.10
		expect(t.values['dE/da[1][2]']).toBe(0.1);
		expect(t.values['delta[1][1]']).toBe(-0.02); // −0.07 · 0.56 · 0.44 = −0.0172
		expect(t.values['delta[1][2]']).toBe(0.03); // 0.10 · 0.25 = 0.025 → 0.03
		expect(t.gradients['w[1][1][1]']).toBe(-0.01); // w_1: −0.02 · 0.5
		expect(t.gradients['w[1][1][2]']).toBe(-0.01); // w_3: −0.02 · 0.3 = −0.006
		expect(t.gradients['w[1][2][1]']).toBe(0.02); // w_2: 0.03 · 0.5 = 0.015
		expect(t.gradients['w[1][2][2]']).toBe(0.01); // w_4: 0.03 · 0.3 = 0.009
	});

	it('updates each weight with learning rate 0.5', () => {
		expect(t.updated['w[2][1][1]']).toBe(0.09); // 0.1 − 0.5 · 0.03 = 0.085 → 0.09
		expect(t.updated['w[2][2][2]']).toBe(0.76); // 0.8 − 0.5 · 0.08
		expect(t.updated['w[1][2][1]']).toBe(-0.41); // −0.4 − 0.5 · 0.02
	});

	it('writes each step with its formula in the file labels and its numbers', () => {
		const h1 = t.steps.find((s) => s.id === 'a[1][1]')!;
		expect(h1.formula).toBe('H_1 = \\sigma(z_{H_1})');
		expect(h1.substituted).toBe('\\sigma(0.25)');
		expect(h1.dependsOn).toEqual(['z[1][1]']);
		const w5 = t.steps.find((s) => s.id === 'dE/dw[2][1][1]')!;
		expect(w5.formula).toContain(
			'\\frac{\\partial E}{\\partial O_1} \\cdot \\frac{\\partial O_1}{\\partial z_{O_1}} \\cdot \\frac{\\partial z_{O_1}}{\\partial w_5}'
		);
		expect(w5.substituted).toBe('0.06 \\cdot 0.56');
		const h1back = t.steps.find((s) => s.id === 'dE/da[1][1]')!;
		expect(h1back.formula).toContain('\\delta_{O_1}\\,w_5 + \\delta_{O_2}\\,w_6');
		expect(h1back.substituted).toBe('0.06 \\cdot 0.1 + 0.15 \\cdot (-0.5)');
	});

	it('orders steps as a person computes them: forward, loss, backward, update', () => {
		const phases = t.steps.map((s) => s.phase);
		const firstOf = (p: string) => phases.indexOf(p as never);
		const lastOf = (p: string) => phases.lastIndexOf(p as never);
		expect(lastOf('forward')).toBeLessThan(firstOf('loss'));
		expect(lastOf('loss')).toBeLessThan(firstOf('backward'));
		expect(lastOf('backward')).toBeLessThan(firstOf('update'));
		const order = t.steps.map((s) => s.id);
		expect(order.slice(0, 4)).toEqual(['z[1][1]', 'a[1][1]', 'z[1][2]', 'a[1][2]']);
		expect(order.indexOf('delta[2][1]')).toBeLessThan(order.indexOf('dE/dw[2][1][1]'));
		expect(order.indexOf('dE/dw[2][2][2]')).toBeLessThan(order.indexOf('dE/da[1][1]'));
		// every step reads only what is already known
		const known = new Set(Object.keys(t.leaves));
		for (const s of t.steps) {
			for (const d of s.dependsOn) expect(known.has(d), `${s.id} reads ${d}`).toBe(true);
			known.add(s.id);
		}
	});
});

describe('buildTrace(course example) in full precision', () => {
	const t = exact();

	it('matches the numbers of docs/cli.md', () => {
		expect(t.values['z[1][1]']).toBeCloseTo(0.25, 12);
		expect(t.values['a[1][1]']).toBeCloseTo(0.5622, 4);
		expect(t.loss).toBeCloseTo(0.2097, 4);
		expect(t.values['delta[2][1]']).toBeCloseTo(0.0616, 4);
		expect(t.values['dE/da[1][1]']).toBeCloseTo(-0.0684, 4);
		expect(t.gradients['w[2][1][1]']).toBeCloseTo(0.0346, 4);
		expect(t.updated['w[2][1][1]']).toBeCloseTo(0.0827, 4);
	});

	it('re-evaluates every step from its dependencies to the same value', () => {
		const all = { ...t.leaves, ...t.values };
		for (const s of t.steps) expect(s.evaluate(s.dependsOn.map((d) => all[d]))).toBe(s.unrounded);
	});
});
