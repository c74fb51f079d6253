// The confusion matrix: counts by (true, predicted), totals, recall, and the list of mistakes.

import { describe, expect, it } from 'vitest';
import { confusionMatrix, countAt, mistakes, recalls, rowTotals } from '../../src/lib/fast/confusion';

const labels = [0, 0, 1, 1, 1, 2, 2, 2, 2];
const preds = [0, 1, 1, 1, 2, 2, 0, 2, 2];

describe('confusionMatrix', () => {
	it('counts each (true, predicted) pair, the diagonal being the correct ones', () => {
		const c = confusionMatrix(labels, preds, 3);
		expect(Array.from(c.counts)).toEqual([1, 1, 0, 0, 2, 1, 1, 0, 3]);
		expect(countAt(c, 2, 0)).toBe(1);
		expect(c.total).toBe(9);
		expect(c.correct).toBe(6);
		expect(c.counts.reduce((a, b) => a + b, 0)).toBe(9);
	});

	it('has row sums equal to the number of samples of each class, and recall = diagonal / row sum', () => {
		const c = confusionMatrix(labels, preds, 3);
		expect(rowTotals(c)).toEqual([2, 3, 4]);
		expect(recalls(c)).toEqual([1 / 2, 2 / 3, 3 / 4]);
		expect(recalls(confusionMatrix([0], [0], 2))).toEqual([1, null]);
	});

	it('rejects mismatched lengths and classes out of range', () => {
		expect(() => confusionMatrix([0, 1], [0], 2)).toThrow(/2 labels but 1 predictions/);
		expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(/sample 1/);
	});
});

describe('mistakes', () => {
	it('lists misclassified samples in order, up to a limit', () => {
		expect(mistakes(labels, preds, 10)).toEqual([
			{ index: 1, truth: 0, predicted: 1 },
			{ index: 4, truth: 1, predicted: 2 },
			{ index: 6, truth: 2, predicted: 0 }
		]);
		expect(mistakes(labels, preds, 2).map((m) => m.index)).toEqual([1, 4]);
	});

	it('keeps only one cell’s mistakes when asked', () => {
		expect(mistakes(labels, preds, 10, { truth: 2, predicted: 0 })).toEqual([{ index: 6, truth: 2, predicted: 0 }]);
	});
});
