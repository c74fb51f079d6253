// The largest trace the engine accepts (12 layers × 64 neurons, 256 samples: 812,673 steps) in the
// lab: jumping to the end, dragging the slider across it and letting it go keep every task of the
// main thread under 50 ms (a PerformanceObserver for long tasks), and the page then shows the step
// it was taken to: the counter, the derivation, the step list and every weight on the diagram.
// Timing on a shared machine has outliers (a garbage collection, another process): each
// measurement is tried on up to three fresh pages, and the quietest counts.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open, valueTex } from './browser';
import { labLink, seededNetwork } from './networks';
import { texToText } from '../../src/lib/engine/format/tex-text';

let browser: Browser;
let url: string;
const base = inject('baseURL');
const LIMIT = 50;
const TRIES = 3;

beforeAll(async () => {
	browser = await launch();
	url = `${base}${await labLink(seededNetwork(Array(12).fill(64), 7, 256))}`;
});
afterAll(async () => {
	await browser?.close();
});

async function openLong(width = 1366): Promise<Page> {
	const { page } = await open(browser, url, { ready: '.controls .position', width, height: width < 700 ? 844 : 900 });
	await page.getByText('Step 1 of 812,673').waitFor({ timeout: 120_000 });
	// Opening the trace has long tasks of its own: watch only what follows.
	await page.waitForTimeout(3000);
	await page.evaluate(() => {
		const w = window as unknown as { long: { start: number; ms: number }[] };
		w.long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.long.push({ start: e.startTime, ms: Math.round(e.duration) });
		}).observe({ type: 'longtask' });
	});
	return page;
}

/** The long tasks seen since openLong (start and duration), once the diagram has written its last values. */
async function longTasks(page: Page): Promise<{ start: number; ms: number }[]> {
	await page.waitForSelector('.diagram-svg:not([aria-busy])');
	await page.waitForTimeout(500);
	return page.evaluate(() => (window as unknown as { long: { start: number; ms: number }[] }).long);
}

/** Runs `attempt` on fresh pages until one has no task over `limit` (at most TRIES); returns every attempt's long tasks' durations. */
async function quietest(name: string, limit: number, attempt: (page: Page) => Promise<void>, width?: number): Promise<number[][]> {
	const seen: number[][] = [];
	for (let k = 0; k < TRIES; k++) {
		const page = await openLong(width);
		await attempt(page);
		const tasks = await longTasks(page);
		seen.push(tasks.map((t) => t.ms));
		await page.context().close();
		if (Math.max(0, ...seen.at(-1)!) <= limit) break;
	}
	console.log(`long trace: ${name}: long tasks (ms) per attempt: ${seen.map((s) => s.join(' ') || 'none').join(' | ')}`);
	return seen;
}

const best = (seen: number[][]) => Math.min(...seen.map((s) => Math.max(0, ...s)));

/** The derivation shows the step the step list marks as current (the same line, label = value). */
async function derivationIsCurrent(page: Page): Promise<void> {
	const row = (await page.locator('.steps button[aria-current="step"] .sr-only').textContent()) ?? '';
	expect(row).toContain(' = ');
	await expect.poll(async () => texToText(await valueTex(page))).toBe(row);
}

describe('the lab on the largest trace', () => {
	it.each([1366, 390])('jumps to the end with no task over 50 ms, and shows the last step everywhere (%i px)', async (width) => {
		const seen = await quietest(`End at ${width} px`, LIMIT, async (page) => {
			const before = await page.locator('.diagram-svg g.edge title').allTextContents();
			await page.keyboard.press('End');
			await expect.poll(() => page.locator('.controls .position').textContent()).toBe('Step 812,673 of 812,673');
			await page.waitForSelector('.diagram-svg:not([aria-busy])');
			// Every weight drawn now says its new value: none is left as it was at step 1.
			const after = await page.locator('.diagram-svg g.edge title').allTextContents();
			expect(after.length).toBe(before.length);
			expect(after.filter((text, i) => text === before[i])).toEqual([]);
			await expect.poll(() => page.locator('.steps button[aria-current="step"] .n').textContent()).toBe('812673');
			await derivationIsCurrent(page);
		}, width);
		expect(best(seen)).toBeLessThanOrEqual(LIMIT);
	}, 600_000);

	it('follows a drag of the slider and settles where it was let go, with no task over 50 ms', async () => {
		const letGo = new WeakMap<Page, number>();
		const released: number[] = [];
		const seen = await quietest(
			'slider drag and let-go',
			LIMIT,
			async (page) => {
				const slider = page.locator('.controls input[type=range]');
				const box = (await slider.boundingBox())!;
				const y = box.y + box.height / 2;
				await page.mouse.move(box.x + 2, y);
				await page.mouse.down();
				for (let i = 1; i <= 20; i++) {
					await page.mouse.move(box.x + (box.width * i) / 40, y);
					await page.waitForTimeout(40);
				}
				letGo.set(page, await page.evaluate(() => performance.now()));
				await page.mouse.up();
				const value = Number(await slider.inputValue());
				expect(value).toBeGreaterThan(300_000);
				const n = new Intl.NumberFormat('en').format(value + 1);
				await expect.poll(() => page.locator('.controls .position').textContent()).toBe(`Step ${n} of 812,673`);
				// Let go, the step list and the derivation catch up with the diagram.
				await expect.poll(() => page.locator('.steps button[aria-current="step"] .n').textContent()).toBe(String(value + 1));
				await derivationIsCurrent(page);
				const after = (await longTasks(page)).filter((t) => t.start >= letGo.get(page)!);
				released.push(Math.max(0, ...after.map((t) => t.ms)));
			}
		);
		console.log(`long trace: letting go of the slider: longest task (ms) per attempt: ${released.join(' | ')}`);
		expect(best(seen)).toBeLessThanOrEqual(LIMIT);
	}, 600_000);
});
