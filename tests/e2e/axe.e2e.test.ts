// Accessibility on every page: axe-core (injected from node_modules, nothing downloaded) finds no
// critical or serious violation on any route, in English and 繁體中文, in the light and the dark
// theme, at desktop and phone width; and on the lab at its last step, where every chain-rule
// factor, edge and node label is shown.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { ROUTES } from './routes';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
const base = inject('baseURL');

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Critical and serious violations on the page as it is now, and those of the rules `also`: "rule ×count: first element". */
async function violations(page: Page, also: string[] = []): Promise<string[]> {
	await page.addScriptTag({ content: AXE });
	return page.evaluate(async (also) => {
		const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations
			.filter((v) => v.impact === 'critical' || v.impact === 'serious' || also.includes(v.id))
			.map((v) => `${v.id} ×${v.nodes.length}: ${v.nodes[0].target.join(' ')}`);
	}, also);
}

// Every route in both languages, both themes and both widths, paired so that each of the two runs
// changes all three (the theme touches colours alone, the language and width the text and layout).
for (const [locale, colorScheme, width] of [
	['en-US', 'light', 1366],
	['zh-TW', 'dark', 390]
] as const) {
	describe(`axe, ${locale}, ${colorScheme}, ${width} px`, () => {
		for (const path of ROUTES) {
			it(`/${path} has no critical or serious violation`, async () => {
				const context = await browser.newContext({ locale, colorScheme, viewport: { width, height: 900 } });
				const page = await context.newPage();
				await page.goto(base + path);
				await page.waitForSelector('h1');
				await page.waitForTimeout(400);
				// The lab's derivation: its row headings in order under the page's (a moderate rule).
				const found = await violations(page, path === '' ? ['heading-order'] : []);
				if (path === '') {
					await page.locator('.diagram-svg').click();
					await page.keyboard.press('End');
					await page.waitForTimeout(400);
					found.push(...(await violations(page)).map((v) => `at the last step: ${v}`));
				}
				await context.close();
				expect(found).toEqual([]);
			});
		}
	});
}
