// catchUp: a step to a neighbour is shown at once; after a jump the derivation follows a frame after
// the diagram and the step list two frames after that, each in a task of its own; dropped, what was
// on its way never comes; a step past the end of a shorter trace is never left shown.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catchUp, type Shown } from '../../src/lib/view/catch-up';
import { nextFrame, stubFrames } from './fake-frames';

/** Draws a frame: runs its callbacks, then the tasks they asked for. */
function frame(): void {
	nextFrame();
	vi.runOnlyPendingTimers();
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	stubFrames();
});
afterEach(() => vi.useRealTimers());

function follow(step: number, from: Shown, count = 1000) {
	const shown = { ...from };
	const stop = catchUp(step, shown, count, (next) => Object.assign(shown, next));
	return { shown, stop };
}

describe('catchUp', () => {
	it.each([4, 5, 6])('shows a neighbour or the same step at once (%i from 5)', (step) => {
		expect(follow(step, { derivation: 5, rows: 5 }).shown).toEqual({ derivation: step, rows: step });
	});

	it('after a jump, shows the derivation after the next frame and the rows two frames after that', () => {
		const { shown } = follow(999, { derivation: 0, rows: 0 });
		expect(shown).toEqual({ derivation: 0, rows: 0 });
		frame();
		expect(shown).toEqual({ derivation: 999, rows: 0 });
		frame();
		expect(shown).toEqual({ derivation: 999, rows: 0 });
		frame();
		expect(shown).toEqual({ derivation: 999, rows: 999 });
		for (let k = 0; k < 5; k++) frame();
		expect(shown).toEqual({ derivation: 999, rows: 999 });
	});

	it('drops what is on its way, before or after the derivation came', () => {
		const before = follow(500, { derivation: 0, rows: 0 });
		before.stop();
		const after = follow(500, { derivation: 0, rows: 0 });
		frame();
		after.stop();
		for (let k = 0; k < 5; k++) frame();
		expect(before.shown).toEqual({ derivation: 0, rows: 0 });
		expect(after.shown).toEqual({ derivation: 500, rows: 0 });
	});

	it('shows at once where a step shown is past the end of the trace', () => {
		expect(follow(3, { derivation: 900, rows: 900 }, 20).shown).toEqual({ derivation: 3, rows: 3 });
		expect(follow(3, { derivation: 10, rows: 900 }, 20).shown).toEqual({ derivation: 3, rows: 3 });
	});
});
