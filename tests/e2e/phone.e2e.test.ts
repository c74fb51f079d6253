// No page scrolls sideways on a phone (390 × 844): every route, the lab at its first and last
// step, and /check with every answer of the sheet filled (wrong answers open the widest rows).

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { ROUTES } from './routes';

let browser: Browser;
const base = inject('baseURL');

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function phone(path: string, lang: string): Promise<Page> {
	const context = await browser.newContext({ locale: lang, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto(base + path);
	await page.waitForSelector('h1');
	await page.waitForTimeout(300);
	return page;
}

async function overflow(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const width = document.documentElement.scrollWidth;
		if (width <= innerWidth) return null;
		const wide = [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
			.slice(-3)
			.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
		return `${width} px wide in a ${innerWidth} px window (${wide.join(', ')})`;
	});
}

describe('no sideways scroll at 390 px', () => {
	for (const lang of ['en', 'zh-TW']) {
		for (const path of ROUTES) {
			it(`/${path} in ${lang}`, async () => {
				const page = await phone(path, lang);
				const problems: string[] = [];
				const at = async (where: string) => {
					const wide = await overflow(page);
					if (wide) problems.push(`${where}: ${wide}`);
				};
				await at('opened');
				if (path === '') {
					await page.locator('.diagram-svg').click();
					await page.keyboard.press('End');
					await page.waitForTimeout(300);
					await at('last step');
					await page.keyboard.press('Home');
					await page.waitForTimeout(300);
					await at('first step');
				}
				if (path === 'check') {
					await page.waitForSelector('.worksheet input');
					const inputs = page.locator('.worksheet input');
					const n = await inputs.count();
					expect(n).toBeGreaterThan(5);
					for (let i = 0; i < n; i++) await inputs.nth(i).fill(i % 2 === 0 ? '12345.678' : '0.1');
					await page.waitForTimeout(300);
					expect(await page.locator('.worksheet [data-verdict="wrong"]').count()).toBeGreaterThan(0);
					await at('sheet filled');
				}
				await page.context().close();
				expect(problems).toEqual([]);
			});
		}
	}
});
