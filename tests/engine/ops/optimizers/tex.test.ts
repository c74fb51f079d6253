// The optimizers' TeX: the formula in symbols, the same with numbers, line for line.

import { describe, expect, it } from 'vitest';
import { numericSymbols, optimizerOp } from '../../../../src/lib/engine/ops';
import { splitLine } from '../../../../src/lib/engine/ops/tex';
import { configurations, fmt, optimizer } from '../helpers';

describe('optimizer TeX', () => {
	it('adam writes Keras’s rule in symbols and with numbers', () => {
		const opt = optimizer('adam');
		const op = optimizerOp('adam');
		const before = op.init(opt);
		const step = op.update(0.5, -0.03, before, 1, opt);
		expect(op.tex(op.symbols(opt), opt, 1)).toEqual([
			'm_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g',
			'v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g^{2}',
			'\\hat{\\eta}_t = \\eta \\frac{\\sqrt{1 - \\beta_2^{t}}}{1 - \\beta_1^{t}}',
			"\\theta' = \\theta - \\hat{\\eta}_t \\frac{m_t}{\\sqrt{v_t} + \\epsilon}"
		]);
		expect(op.tex(numericSymbols(op, opt, 1, 0.5, -0.03, before, step, fmt), opt, 1)).toEqual([
			'-0.003 = 0.9 \\cdot 0 + (1 - 0.9) \\cdot (-0.03)',
			'0 = 0.999 \\cdot 0 + (1 - 0.999) \\cdot (-0.03)^{2}',
			'0.0003 = 0.001 \\cdot \\frac{\\sqrt{1 - 0.999^{1}}}{1 - 0.9^{1}}',
			'0.501 = 0.5 - 0.0003 \\cdot \\frac{-0.003}{\\sqrt{0} + 0}'
		]);
	});
	it('sgd shows the plain rule, momentum, and nesterov', () => {
		const op = optimizerOp('sgd');
		const plain = optimizer('sgd');
		expect(op.tex(op.symbols(plain), plain, 1)).toEqual(["\\theta' = \\theta - \\eta g"]);
		const nest = optimizer('sgd', { momentum: 0.9, nesterov: true });
		expect(op.tex(op.symbols(nest), nest, 1)).toEqual([
			'v_t = \\gamma v_{t-1} - \\eta g',
			"\\theta' = \\theta + \\gamma v_t - \\eta g"
		]);
	});
	it('weight decay adds the line θ̃ = θ − λ η θ and the step reads θ̃', () => {
		const opt = optimizer('adamw');
		const lines = optimizerOp('adamw').tex(optimizerOp('adamw').symbols(opt), opt, 1);
		expect(lines[0]).toBe('\\tilde{\\theta} = \\theta - \\lambda \\eta \\theta');
		expect(lines.at(-1)).toBe("\\theta' = \\tilde{\\theta} - \\hat{\\eta}_t \\frac{m_t}{\\sqrt{v_t} + \\epsilon}");
	});
	it('every optimizer and option: each symbol is defined, numbers line up with symbols, every line is lhs = rhs', () => {
		for (const opt of configurations()) {
			const op = optimizerOp(opt.type);
			const before = op.init(opt);
			const step = op.update(0.5, -0.03, before, 2, opt);
			const symbolic = op.tex(op.symbols(opt), opt, 2);
			const numeric = op.tex(numericSymbols(op, opt, 2, 0.5, -0.03, before, step, fmt), opt, 2);
			expect(symbolic.length).toBe(numeric.length);
			for (const line of [...symbolic, ...numeric]) {
				expect(line, `${opt.type}: ${line}`).not.toMatch(/undefined|NaN/);
				expect(() => splitLine(line)).not.toThrow();
			}
			// the last line's left side is θ' and, with numbers, the value the update returned
			expect(splitLine(symbolic.at(-1)!)[0]).toBe("\\theta'");
			expect(splitLine(numeric.at(-1)!)[0]).toBe(fmt(step.theta));
		}
	});
	it('ftrl writes Keras’s rule, with the regularisers’ terms only when they are on', () => {
		const op = optimizerOp('ftrl');
		const plain = optimizer('ftrl');
		expect(op.tex(op.symbols(plain), plain, 1)).toEqual([
			'n_t = n_{t-1} + g^{2}',
			'\\sigma_t = \\frac{n_t^{-p} - n_{t-1}^{-p}}{\\eta}',
			'z_t = z_{t-1} + g - \\sigma_t \\theta',
			'q_t = \\frac{n_t^{-p}}{\\eta}',
			"\\theta' = \\frac{-z_t}{q_t}"
		]);
		const all = optimizer('ftrl', { l1RegularizationStrength: 0.1, l2RegularizationStrength: 0.2, l2ShrinkageRegularizationStrength: 0.05, beta: 0.3 });
		const lines = op.tex(op.symbols(all), all, 1);
		expect(lines[2]).toBe('z_t = z_{t-1} + g + 2 \\cdot \\lambda_s \\theta - \\sigma_t \\theta');
		expect(lines[3]).toBe('q_t = \\frac{n_t^{-p}}{\\eta} + 2 \\cdot \\lambda_2 + \\frac{\\beta}{\\eta}');
		expect(lines[4]).toBe("\\theta' = \\frac{\\mathrm{clip}(z_t, -\\lambda_1, \\lambda_1) - z_t}{q_t}");
	});
	it('adafactor over a matrix writes the row and column accumulators, every number defined', () => {
		const op = optimizerOp('adafactor');
		const opt = optimizer('adafactor', { learningRate: 0.5 });
		const theta = [1, 2, 3, 4];
		const g = [1, 6, 7, 2];
		const before = op.init(opt);
		const step = op.update(2, 6, before, 1, opt, { theta, g, index: 1, rows: 2, cols: 2 });
		const symbolic = op.tex(op.symbols(opt), opt, 1, true);
		const numeric = op.tex(numericSymbols(op, opt, 1, 2, 6, before, step, fmt), opt, 1, true);
		expect(symbolic).toContain('\\hat{v}_t = \\frac{R_t C_t}{\\overline{R}_t}');
		expect(numeric.length).toBe(symbolic.length);
		for (const line of numeric) expect(line).not.toMatch(/undefined|NaN/);
		expect(splitLine(numeric.at(-1)!)[0]).toBe(fmt(step.theta));
	});
});
