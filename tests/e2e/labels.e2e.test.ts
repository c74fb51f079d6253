// No two text labels of the diagram overlap, at any step checked, on the course example and on
// 2-3-3-2, 8-8-8-8 and 12 × 64 networks, at desktop and phone width: each label's box is measured
// in Chromium (a tag's whole box, else the text's own).

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { labelBoxes, overlaps } from './label-boxes';
import { labLink, seededNetwork } from './networks';
import type { NetworkJson } from '../../src/lib/state/network-json';
import course from '../../static/examples/course-2-2-2.json';

let browser: Browser;
const base = inject('baseURL');

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const NETWORKS: [string, NetworkJson, string][] = [
	['2-2-2 (the course)', course as unknown as NetworkJson, 'Course example'],
	['2-3-3-2', seededNetwork([2, 3, 3, 2]), '2-3-3-2'],
	['8-8-8-8', seededNetwork([8, 8, 8, 8]), '8-8-8-8'],
	['12 × 64', seededNetwork(Array(12).fill(64)), '64-64']
];

/** Moves the slider to `step` and waits until the lab, and its diagram, are there (the slider moves it in a task of its own). */
async function goTo(page: Page, step: number): Promise<void> {
	const slider = page.locator('.controls input[type=range]');
	await slider.evaluate((el: HTMLInputElement, v) => {
		el.value = String(v);
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}, step);
	const shown = `Step ${new Intl.NumberFormat('en').format(step + 1)} of`;
	await page.waitForFunction(([el, text]) => (el as HTMLInputElement).getAttribute('aria-valuetext')?.startsWith(text as string), [await slider.elementHandle(), shown] as const);
	// A jump on a wide network writes most of its values in the frames after (aria-busy meanwhile).
	await page.waitForSelector('.diagram-svg:not([aria-busy])');
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe('the diagram’s labels never overlap', () => {
	for (const width of [1366, 390]) {
		for (const [name, network, title] of NETWORKS) {
			it(`${name} at ${width} px`, async () => {
				const context = await browser.newContext({ viewport: { width, height: 900 } });
				const page = await context.newPage();
				await page.goto(`${base}${await labLink(network)}`);
				await page.waitForFunction((t) => document.querySelector('h1.title')?.textContent?.startsWith(t), title, { timeout: 60_000 });
				const total = Number(await page.locator('.controls input[type=range]').getAttribute('max')) + 1;
				// Every step of a small trace; 30 spread over a large one (every phase, the last step).
				const steps = total <= 100 ? [...Array(total).keys()] : Array.from({ length: 30 }, (_, k) => Math.round((k * (total - 1)) / 29));
				const found: string[] = [];
				for (const step of steps) {
					await goTo(page, step);
					const pairs = overlaps(await labelBoxes(page));
					if (pairs.length) found.push(`step ${step + 1}: ${pairs.map(([a, b]) => `${a.owner} × ${b.owner}`).join(', ')}`);
				}
				expect(found).toEqual([]);
				await context.close();
			}, 120_000);
		}
	}
});
