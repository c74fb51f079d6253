// The TeX faces of the losses, in symbols and with numbers.

import { describe, expect, it } from 'vitest';
import { lossOp, sparseValueTex } from '../../../../src/lib/engine/ops';

describe('loss TeX', () => {
	it('half_sse writes the course’s terms and its gradient, a negative target in parentheses', () => {
		const t = lossOp('half_sse').tex;
		expect(t.value(['O_1', 'O_2'], ['y_1', 'y_2'])).toBe('\\tfrac{1}{2}(y_1 - O_1)^2 + \\tfrac{1}{2}(y_2 - O_2)^2');
		expect(t.value(['0.48', '0.53'], ['0.23', '-0.07'])).toBe('\\tfrac{1}{2}(0.23 - 0.48)^2 + \\tfrac{1}{2}(-0.07 - 0.53)^2');
		expect(t.grad('O_1', 'y_1', 2, 0.48, 0.23)).toBe('O_1 - y_1');
		expect(t.grad('0.48', '0.23', 2, 0.48, 0.23)).toBe('0.48 - 0.23');
		expect(t.grad('0.53', '-0.07', 2, 0.53, -0.07)).toBe('0.53 - (-0.07)');
	});
	it('sse, mse and mae show their factors and n', () => {
		expect(lossOp('sse').tex.grad('O_1', 'y_1', 2, 0, 0)).toBe('2(O_1 - y_1)');
		expect(lossOp('mse').tex.value(['O_1', 'O_2'], ['y_1', 'y_2'])).toBe('\\tfrac{1}{2}\\left[(y_1 - O_1)^2 + (y_2 - O_2)^2\\right]');
		expect(lossOp('mse').tex.grad('O_1', 'y_1', 2, 0, 0)).toBe('\\tfrac{2}{2}(O_1 - y_1)');
		expect(lossOp('mae').tex.grad('0.4', '-0.1', 3, 0.4, -0.1)).toBe('\\tfrac{1}{3}\\operatorname{sign}(0.4 - (-0.1))');
	});
	it('cross-entropies write logs and fractions, and 0 where the clip is flat', () => {
		expect(lossOp('binary_crossentropy').tex.value(['O_1'], ['y_1'])).toBe('-\\tfrac{1}{1}\\left[y_1 \\ln(O_1) + (1 - y_1) \\ln(1 - O_1)\\right]');
		expect(lossOp('binary_crossentropy').tex.grad('0.8', '1', 1, 0.8, 1)).toBe('\\tfrac{1}{1}\\left(-\\frac{1}{0.8} + \\frac{1 - 1}{1 - 0.8}\\right)');
		expect(lossOp('binary_crossentropy').tex.grad('1', '0', 1, 1, 0)).toBe('0');
		expect(lossOp('categorical_crossentropy').tex.value(['0.2', '0.8'], ['0', '1'])).toBe('-\\left(0 \\cdot \\ln(0.2) + 1 \\cdot \\ln(0.8)\\right)');
		expect(lossOp('categorical_crossentropy').tex.grad('O_2', 'y_2', 2, 0.8, 1)).toBe('-\\frac{y_2}{O_2}');
	});
	it('sparse cross-entropy with a one-hot target in numbers reads −ln a_c', () => {
		expect(lossOp('sparse_categorical_crossentropy').tex.value(['0.2', '0.8'], ['0', '1'])).toBe('-\\ln(0.8)');
		expect(lossOp('sparse_categorical_crossentropy').tex.value(['O_1', 'O_2'], ['y_1', 'y_2'])).toBe('-\\left(y_1 \\ln(O_1) + y_2 \\ln(O_2)\\right)');
		expect(sparseValueTex('O_2')).toBe('-\\ln(O_2)');
	});
	it('hinge writes the margin and its gradient by the margin’s sign', () => {
		expect(lossOp('hinge').tex.value(['O_1'], ['-1'])).toBe('\\tfrac{1}{1}\\left[\\max(0, 1 - (-1) \\cdot O_1)\\right]');
		expect(lossOp('hinge').tex.grad('0.5', '-1', 2, 0.5, -1)).toBe('-\\tfrac{1}{2} \\cdot (-1)');
		expect(lossOp('hinge').tex.grad('2', '1', 2, 2, 1)).toBe('0');
	});
});
