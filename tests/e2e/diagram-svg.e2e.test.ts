// The diagram as drawn: the SVG that D3 puts on the page for the course example, at its first
// step, a backward step and its last step, compared with the committed drawings (coordinates
// rounded to a tenth of a pixel). A change in what is drawn shows up here as a diff of the SVG.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, stepTo } from './browser';

let browser: Browser;
let page: Page;
const base = inject('baseURL');

beforeAll(async () => {
	browser = await launch();
	const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
	page = await context.newPage();
	await page.goto(base);
	await page.waitForSelector('.diagram-svg [data-key="n1-1"]');
});
afterAll(async () => {
	await browser?.close();
});

const GEOMETRY = / (d|x|y|cx|cy|r|x1|x2|y1|y2|width|height|transform|stroke-width|viewBox)="([^"]*)"/g;

/** The drawing's markup, one element per line, coordinates rounded to 0.1, Svelte's style hash left out. */
async function drawing(): Promise<string> {
	const svg = await page.locator('.diagram-svg').evaluate((el) => el.outerHTML);
	return svg
		.replace(GEOMETRY, (_, name: string, value: string) => ` ${name}="${value.replace(/-?\d+\.\d+/g, (x) => String(Math.round(Number(x) * 10) / 10))}"`)
		.replace(/ ?svelte-[a-z0-9]+/g, '')
		.replace(/></g, '>\n<');
}

describe('the course diagram as drawn', () => {
	it('at the first step', async () => {
		await expect(await drawing()).toMatchFileSnapshot('./__snapshots__/course-diagram-first.svg');
	});

	it('at ∂E/∂w_8, which reads O_2, H_2 and the output error', async () => {
		await page.locator('.diagram-svg').click();
		await stepTo(page, 'dE/dw[2][2][2]');
		await expect(await drawing()).toMatchFileSnapshot('./__snapshots__/course-diagram-dw8.svg');
	});

	it('at the last step, every weight updated', async () => {
		await page.keyboard.press('End');
		await expect(await drawing()).toMatchFileSnapshot('./__snapshots__/course-diagram-last.svg');
	});
});
