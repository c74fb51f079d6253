import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/lib/engine/format/round';

describe('roundTo(computed values)', () => {
	it('ignores binary noise past the 15th digit, as a person writing the decimal would', () => {
		expect(0.285 - 0.2).toBe(0.08499999999999996);
		expect(roundTo(0.285 - 0.2, { decimals: 2 })).toBe(0.09);
		expect(roundTo(1.1 * 1.1, { decimals: 3 })).toBe(1.21);
		expect(roundTo(-(0.285 - 0.2), { decimals: 2 })).toBe(-0.09);
	});

	it('still rounds values that are genuinely below the half-way point down', () => {
		expect(roundTo(0.0849999, { decimals: 2 })).toBe(0.08);
		expect(roundTo(0.08499999999999, { decimals: 2 })).toBe(0.08);
	});
});
