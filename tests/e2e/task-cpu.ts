// The CPU time of the page's main-thread tasks, from a Chromium trace. A PerformanceObserver's long
// tasks are wall-clock: they add the time the main thread waits for a core (on two cores shared with
// the training worker, and on a shared machine with others). What the page itself does in a task is
// its CPU time, which the training pages hold under 50 ms; the wall clock is logged beside it.

import type { Browser, Page } from 'playwright-core';

/** The CPU milliseconds of every main-thread task of the page in a Chromium trace. */
function taskCpu(trace: Buffer): number[] {
	const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } }[] }).traceEvents;
	const main = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	return events
		.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.some((m) => m.pid === e.pid && m.tid === e.tid))
		.map((e) => (e.tdur ?? 0) / 1000);
}

/** Runs `during` with the page traced; returns the CPU milliseconds of each main-thread task in that time. */
export async function cpuOfTasks(browser: Browser, page: Page, during: () => Promise<void>): Promise<number[]> {
	await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
	try {
		await during();
	} catch (e) {
		await browser.stopTracing();
		throw e;
	}
	return taskCpu(await browser.stopTracing());
}
