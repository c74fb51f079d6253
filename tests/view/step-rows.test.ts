import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PHASES, type Phase } from '$lib/engine/trace/types';
import { phaseRuns, rowAt, rowCount, rowOfStep, scrollToShow, visibleRows, type Row } from '$lib/view/step-rows';

/** The rows written out one by one, as the list drew them before it was virtualised. */
function naiveRows(phases: Phase[], last: number): Row[] {
	const rows: Row[] = [];
	for (let i = 0; i <= last; i++) {
		if (i === 0 || phases[i - 1] !== phases[i]) rows.push({ kind: 'head', phase: phases[i] });
		rows.push({ kind: 'step', index: i });
	}
	return rows;
}

const phasesArb = fc.array(fc.constantFrom(...PHASES), { minLength: 1, maxLength: 60 });

describe('step rows', () => {
	it('phaseRuns(steps) starts a run where the phase changes', () => {
		const runs = phaseRuns(['forward', 'forward', 'loss', 'backward', 'backward', 'forward'].map((phase) => ({ phase: phase as Phase })));
		expect(runs.starts).toEqual([0, 2, 3, 5]);
		expect(runs.phases).toEqual(['forward', 'loss', 'backward', 'forward']);
	});

	it('rowAt, rowOfStep and rowCount agree with the rows written out, for any phases and any last step', () => {
		fc.assert(
			fc.property(phasesArb, fc.nat(), (phases, k) => {
				const last = k % phases.length;
				const runs = phaseRuns(phases.map((phase) => ({ phase })));
				const rows = naiveRows(phases, last);
				expect(rowCount(runs, last)).toBe(rows.length);
				rows.forEach((row, r) => {
					expect(rowAt(runs, r)).toEqual(row);
					if (row.kind === 'step') expect(rowOfStep(runs, row.index)).toBe(r);
				});
			})
		);
	});

	it('rowCount is 0 before any step', () => {
		expect(rowCount(phaseRuns([{ phase: 'forward' }]), -1)).toBe(0);
	});

	it('visibleRows covers the window and a margin, within the list', () => {
		expect(visibleRows(1000, 280, 140, 28, 2)).toEqual({ from: 8, to: 17 });
		expect(visibleRows(10, 0, 500, 28, 2)).toEqual({ from: 0, to: 10 });
		expect(visibleRows(0, 0, 500, 28)).toEqual({ from: 0, to: 0 });
	});

	it('scrollToShow moves only as far as it must', () => {
		expect(scrollToShow(5, 0, 280, 28)).toBe(0);
		expect(scrollToShow(20, 0, 280, 28)).toBe(21 * 28 - 280);
		expect(scrollToShow(2, 280, 280, 28)).toBe(56);
	});
});
