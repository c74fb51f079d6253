// The hand-made trace of tests/engine/check/fixtures.ts is only useful if it is right: it must agree
// with the trace builder on the same network, and the checker must work on it alone.

import { describe, expect, it } from 'vitest';
import { markAnswers } from '../../../src/lib/engine/check';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { tinyTrace } from './fixtures';

describe('the hand-made 1-1-1 trace', () => {
	const hand = tinyTrace();
	const built = buildTrace(hand.network);

	it('has the quantities of the built trace, with the same values and dependencies', () => {
		const byId = new Map(built.steps.map((s) => [s.id, s]));
		for (const s of hand.steps) {
			const b = byId.get(s.id);
			expect(b, s.id).toBeDefined();
			expect(b!.value, s.id).toBeCloseTo(s.value, 14);
			expect(new Set(b!.dependsOn), s.id).toEqual(new Set(s.dependsOn));
		}
		expect(built.steps.length).toBe(hand.steps.length);
	});

	it('is enough for the checker: correct, carried and a diagnosed wrong answer', () => {
		const v = hand.values;
		const report = markAnswers(hand, [
			{ key: 'O', value: Number(v['a[2][1]'].toFixed(3)), written: v['a[2][1]'].toFixed(3) },
			{ key: 'dE/dO', value: 0.5, written: '0.500' },
			{ key: 'delta_O', value: Number((0.5 * v['a[2][1]'] * (1 - v['a[2][1]'])).toFixed(4)), written: (0.5 * v['a[2][1]'] * (1 - v['a[2][1]'])).toFixed(4) },
			{ key: "u'", value: 0.5, written: '0.5000' }
		]);
		expect(report.results.map((r) => r.verdict)).toEqual(['correct', 'wrong', 'carried', 'wrong']);
		expect(report.results[2].culprit?.key).toBe('dE/dO');
		expect(report.results[3].diagnoses.map((d) => d.kind)).toEqual(['old-weight']);
	});
});
