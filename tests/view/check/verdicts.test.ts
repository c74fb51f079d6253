import { describe, expect, it } from 'vitest';
import type { CheckResult, Verdict } from '../../../src/lib/engine/check';
import { elementVerdicts, VERDICT_ICON, worse } from '../../../src/lib/view/check/verdicts';

const result = (id: string | null, verdict: Verdict): CheckResult =>
	({ key: id ?? 'x', id, verdict }) as unknown as CheckResult;

describe('verdicts on the diagram', () => {
	it('puts each answer on the element it is drawn at: neurons, weights (gradient and update), the loss', () => {
		const v = elementVerdicts([
			result('a[1][1]', 'correct'),
			result('dE/dw[2][1][1]', 'carried'),
			result("w[1][2][1]'", 'wrong'),
			result('E', 'correct'),
			result(null, 'unknown')
		]);
		expect(Object.fromEntries(v)).toEqual({ 'n1-1': 'correct', 'e2-1-1': 'carried', 'e1-2-1': 'wrong', E: 'correct' });
	});

	it('shows the worst verdict of a neuron\'s answers, whatever their order', () => {
		const answers = [result('z[2][1]', 'correct'), result('a[2][1]', 'wrong'), result('delta[2][1]', 'carried')];
		expect(elementVerdicts(answers).get('n2-1')).toBe('wrong');
		expect(elementVerdicts([...answers].reverse()).get('n2-1')).toBe('wrong');
		expect(elementVerdicts([result('z[2][1]', 'correct'), result('delta[2][1]', 'carried')]).get('n2-1')).toBe('carried');
	});

	it('orders verdicts correct < unknown < imprecise < carried < wrong, and gives each its own icon', () => {
		expect(worse('correct', 'carried')).toBe('carried');
		expect(worse('wrong', 'carried')).toBe('wrong');
		expect(worse('unknown', 'correct')).toBe('unknown');
		expect(worse('correct', 'imprecise')).toBe('imprecise');
		expect(worse('imprecise', 'carried')).toBe('carried');
		expect(new Set(Object.values(VERDICT_ICON)).size).toBe(5);
	});
});
