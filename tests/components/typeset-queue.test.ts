// typesetSoon: typesetting runs at once while the task has spent under its budget (5 ms) on it, the rest in
// tasks after the following frames, a budget's worth each and in the order asked; withdrawn, a job
// never runs.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { typesetSoon } from '../../src/lib/components/typeset-queue';
import { nextFrame, stubFrames } from '../view/fake-frames';

let clock = 0;
/** A job that takes `ms` of the clock and says it ran. */
const job = (log: number[], id: number, ms = 3) => () => {
	clock += ms;
	log.push(id);
};
/** Ends the task: a frame is drawn, and the tasks it asked for run. */
function frameAndTasks(): void {
	vi.runOnlyPendingTimers();
	nextFrame();
	vi.runOnlyPendingTimers();
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	vi.spyOn(performance, 'now').mockImplementation(() => clock);
	stubFrames();
});
afterEach(() => {
	// Leave nothing waiting for the next test.
	for (let k = 0; k < 20; k++) frameAndTasks();
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('typesetSoon', () => {
	it('runs a lone job at once', () => {
		const log: number[] = [];
		typesetSoon(job(log, 1));
		expect(log).toEqual([1]);
	});

	it('runs jobs at once within the budget (5 ms), then the rest a budget a task, in order', () => {
		const log: number[] = [];
		for (let id = 1; id <= 10; id++) typesetSoon(job(log, id));
		// 0 and 3 ms spent when the first two start; the third would start at 6.
		expect(log).toEqual([1, 2]);
		for (let task = 2; task <= 5; task++) {
			frameAndTasks();
			expect(log).toEqual(Array.from({ length: 2 * task }, (_, k) => k + 1));
		}
	});

	it('queues a job behind those waiting even in a task with budget left', () => {
		const log: number[] = [];
		for (let id = 1; id <= 3; id++) typesetSoon(job(log, id));
		vi.runOnlyPendingTimers();
		typesetSoon(job(log, 4, 0));
		expect(log).toEqual([1, 2]);
		frameAndTasks();
		expect(log).toEqual([1, 2, 3, 4]);
	});

	it('never runs a withdrawn job', () => {
		const log: number[] = [];
		const withdraw = [1, 2, 3, 4, 5].map((id) => typesetSoon(job(log, id)));
		withdraw[2]();
		withdraw[4]();
		for (let k = 0; k < 3; k++) frameAndTasks();
		expect(log).toEqual([1, 2, 4]);
	});
});
