// inFrame: a job runs in the nth frame from now, not before; afterFrame: in a task after that frame.
// Cancelled, neither runs.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrame, inFrame } from '../../src/lib/view/frames';
import { nextFrame, stubFrames } from './fake-frames';

beforeEach(stubFrames);

describe('inFrame', () => {
	it.each([1, 2, 4])('runs a job in frame %i and in no other', (n) => {
		const ran: number[] = [];
		let frame = 0;
		inFrame(n, () => ran.push(frame));
		for (frame = 1; frame <= 6; frame++) nextFrame();
		expect(ran).toEqual([n]);
	});

	it('counts 0 or less as the next frame', () => {
		let ran = 0;
		inFrame(0, () => ran++);
		nextFrame();
		expect(ran).toBe(1);
	});

	it('never runs a job cancelled in any frame before its own, and cancelling after it ran is harmless', () => {
		for (let at = 0; at < 3; at++) {
			let ran = 0;
			const cancel = inFrame(3, () => ran++);
			for (let k = 0; k < at; k++) nextFrame();
			cancel();
			for (let k = 0; k < 5; k++) nextFrame();
			expect(ran).toBe(0);
		}
		let ran = 0;
		const cancel = inFrame(1, () => ran++);
		nextFrame();
		cancel();
		expect(ran).toBe(1);
	});
});

describe('afterFrame', () => {
	it('runs a job in a task after frame n, not in the frame', () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			const ran: string[] = [];
			afterFrame(2, () => ran.push('job'));
			nextFrame();
			vi.runAllTimers();
			expect(ran).toEqual([]);
			nextFrame();
			expect(ran).toEqual([]);
			vi.runAllTimers();
			expect(ran).toEqual(['job']);
		} finally {
			vi.useRealTimers();
		}
	});

	it('never runs a job cancelled before its frame or between the frame and its task', () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		try {
			let ran = 0;
			afterFrame(1, () => ran++)();
			nextFrame();
			vi.runAllTimers();
			const cancel = afterFrame(1, () => ran++);
			nextFrame();
			cancel();
			vi.runAllTimers();
			expect(ran).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});
});
