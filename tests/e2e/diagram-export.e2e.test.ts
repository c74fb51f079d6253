// The diagram saved as an image from the lab's file menu: an SVG that stands alone (styles written
// onto the elements, nothing the page hides, no page classes) with the same visible text as the
// page's drawing, and a PNG at twice the drawing's size. Screenshots of the saved SVG drawn on its
// own go to /tmp/shots-export/.

import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, stepTo } from './browser';

let browser: Browser;
let page: Page;
const base = inject('baseURL');
const SHOTS = '/tmp/shots-export';

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	browser = await launch();
	const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
	page = await context.newPage();
	await page.goto(base);
	await page.waitForSelector('.diagram-svg [data-key="n1-1"]');
	await page.locator('.diagram-svg').click();
	await stepTo(page, 'dE/dw[2][2][2]');
});
afterAll(async () => {
	await browser?.close();
});

async function save(name: RegExp): Promise<{ file: string; path: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
	return { file: download.suggestedFilename(), path: (await download.path())! };
}

/** The text a reader sees in the page's drawing, in document order. */
function visibleTexts(p: Page): Promise<string[]> {
	return p.evaluate(() =>
		[...document.querySelectorAll<SVGTextElement>('svg.diagram-svg text, svg:not(.diagram-svg) text')]
			.filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).visibility !== 'hidden')
			.map((t) => t.textContent ?? '')
	);
}

describe('the diagram saved as an image', () => {
	it('as an SVG that looks as the page draws it', async () => {
		const { file, path } = await save(/Diagram as SVG/);
		expect(file).toBe('course-example-2-2-2-sigmoid-network.svg');
		const text = readFileSync(path, 'utf8');
		expect(text.startsWith('<?xml')).toBe(true);
		expect(text).not.toMatch(/ class="|tabindex|svelte-/);
		const viewBox = await page.locator('svg.diagram-svg').getAttribute('viewBox');
		expect(text).toContain(`viewBox="${viewBox}"`);
		expect(text).toMatch(/fill:rgb\(/);

		const shown = await visibleTexts(page);
		const alone = await browser.newPage({ viewport: { width: 1100, height: 700 } });
		await alone.setContent(text.replace(/^<\?xml[^>]*>\n/, ''));
		expect(await visibleTexts(alone)).toEqual(shown);
		await alone.screenshot({ path: `${SHOTS}/saved-svg.png` });
		await alone.close();
	});

	it("as a PNG twice the drawing's size", async () => {
		const { file, path } = await save(/Diagram as PNG/);
		expect(file).toBe('course-example-2-2-2-sigmoid-network.png');
		const png = readFileSync(path);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		const [, , w, h] = (await page.locator('svg.diagram-svg').getAttribute('viewBox'))!.split(' ').map(Number);
		expect(png.readUInt32BE(16)).toBe(Math.round(w * 2));
		expect(png.readUInt32BE(20)).toBe(Math.round(h * 2));
		expect(png.length).toBeGreaterThan(5_000); // drawn, not blank
	});
});
