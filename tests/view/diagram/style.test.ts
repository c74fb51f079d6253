import { describe, expect, it } from 'vitest';
import { edgeStyle, MAX_WIDTH, maxMagnitude, MIN_WIDTH } from '../../../src/lib/view/diagram/style';

describe('edgeStyle', () => {
	it('draws the largest weight thickest and thins the rest in proportion', () => {
		expect(edgeStyle(0.8, 0.8).width).toBe(MAX_WIDTH);
		expect(edgeStyle(0.4, 0.8).width).toBe((MIN_WIDTH + MAX_WIDTH) / 2);
		expect(edgeStyle(0, 0.8).width).toBe(MIN_WIDTH);
	});

	it('is symmetric in the sign for thickness', () => {
		expect(edgeStyle(-0.5, 0.8).width).toBe(edgeStyle(0.5, 0.8).width);
	});

	it('marks negative weights by colour class and by dashes, so not by colour alone', () => {
		expect(edgeStyle(-0.3, 0.8)).toMatchObject({ sign: 'neg', dash: '7 4' });
		expect(edgeStyle(0.3, 0.8)).toMatchObject({ sign: 'pos', dash: null });
		expect(edgeStyle(0, 0.8)).toMatchObject({ sign: 'zero' });
	});

	it('copes with all-zero and non-finite weights', () => {
		expect(edgeStyle(0, 0).width).toBe(MIN_WIDTH);
		expect(maxMagnitude([0.1, -0.9, NaN, Infinity])).toBe(0.9);
	});
});
