// SliceWriter: a few hundred jobs all at once; more: the urgent ones at once and the rest a slice per frame
// from the sixth frame, busy meanwhile; a new run drops what the last one left.

import { beforeEach, describe, expect, it } from 'vitest';
import { AT_ONCE, PER_FRAME, SliceWriter } from '../../../src/lib/components/diagram/slices';
import { nextFrame, stubFrames, waitingFrames } from '../../view/fake-frames';

beforeEach(stubFrames);

const jobs = (n: number, log: number[], from = 0) => Array.from({ length: n }, (_, k) => () => log.push(from + k));

describe('SliceWriter', () => {
	it('writes everything at once where the jobs are few', () => {
		const busy: boolean[] = [];
		const log: number[] = [];
		new SliceWriter((b) => busy.push(b)).run(jobs(3, log), jobs(AT_ONCE - 3, log, 100));
		expect(log.length).toBe(AT_ONCE);
		expect(waitingFrames()).toBe(0);
		expect(busy).toEqual([]);
	});

	it('writes the urgent jobs at once and the rest a slice per frame from the sixth', () => {
		const busy: boolean[] = [];
		const log: number[] = [];
		new SliceWriter((b) => busy.push(b)).run(jobs(2, log), jobs(2 * PER_FRAME + 1, log, 100), PER_FRAME, 10);
		expect(log).toEqual([0, 1]);
		expect(busy).toEqual([true]);
		for (let k = 0; k < 5; k++) nextFrame();
		expect(log.length).toBe(2);
		nextFrame();
		expect(log.length).toBe(2 + PER_FRAME);
		nextFrame();
		nextFrame();
		expect(log.length).toBe(2 + 2 * PER_FRAME + 1);
		expect(log.slice(2)).toEqual(Array.from({ length: 2 * PER_FRAME + 1 }, (_, k) => 100 + k));
		expect(busy).toEqual([true, false]);
		nextFrame();
		expect(log.length).toBe(2 + 2 * PER_FRAME + 1);
	});

	it('drops what a run left when a new one starts', () => {
		const log: number[] = [];
		const writer = new SliceWriter(() => {});
		writer.run([], jobs(3 * PER_FRAME, log), PER_FRAME, 10);
		writer.run(jobs(1, log, 1000), []);
		for (let k = 0; k < 10; k++) nextFrame();
		expect(log).toEqual([1000]);
	});
});
