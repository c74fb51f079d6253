// /train's training charts drawn smoothed in a real browser: each curve a moving average over its
// raw values drawn faint, the strength shown beside its slider (0.60 at first), 0 giving the raw
// values alone, the hover readout giving both, in English and 繁體中文. Screenshots go to
// /tmp/shots-charts/.

import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser';

const base = inject('baseURL');
const SHOTS = '/tmp/shots-charts';
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
	await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

const XOR = '#data=xor&layers=8:tanh,4:tanh&optimizer=adam&lr=0.03&batch=10&seed=1';

describe('the training charts', () => {
	for (const [locale, width, name, train, pause, raw] of [
		['en-US', 1366, 'Smoothing', '▶ Train', '❚❚ Pause', '(raw '],
		['zh-TW', 390, '平滑程度', '▶ 訓練', '❚❚ 暫停', '（原始值 ']
	] as const) {
		it(`draw a moving average over the raw values, its strength set by a slider (${locale}, ${width} px)`, async () => {
			const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${base}train/${XOR}`);
			await page.waitForSelector('canvas.plane');
			await page.getByRole('button', { name: train, exact: true }).click();
			await page.waitForFunction(() => document.querySelectorAll('section.charts figure').length >= 3, undefined, { timeout: 30_000 });
			await page.waitForTimeout(2500);
			await page.getByRole('button', { name: pause, exact: true }).click();
			const charts = page.locator('section.charts');
			const slider = charts.getByRole('slider', { name });
			await expect(slider.inputValue()).resolves.toBe('0.6');
			await expect(charts.locator('output').textContent()).resolves.toBe('0.60');
			// Loss, accuracy and gradient norms: a strong line over a faint raw one for every series.
			const lines = () => charts.locator('figure').evaluateAll((fs) => fs.map((f) => [f.getAttribute('data-smoothing'), f.querySelectorAll('path.raw').length, f.querySelectorAll('path.line').length]));
			expect(await lines()).toEqual([['0.6', 2, 2], ['0.6', 2, 2], ['0.6', 3, 3]]);
			const loss = charts.locator('svg[role="img"]').first();
			await loss.scrollIntoViewIfNeeded();
			const box = (await loss.boundingBox())!;
			await loss.hover({ position: { x: box.width * 0.8, y: box.height / 2 } });
			await expect(charts.locator('.readout').first().textContent()).resolves.toContain(raw);
			await charts.screenshot({ path: `${SHOTS}/${locale}-${width}-060.png` });
			// Strength 0: the raw values alone; 0.95: smoother.
			await slider.fill('0');
			expect(await lines()).toEqual([['0', 0, 2], ['0', 0, 2], ['0', 0, 3]]);
			await slider.fill('0.95');
			await expect(charts.locator('output').textContent()).resolves.toBe('0.95');
			await charts.screenshot({ path: `${SHOTS}/${locale}-${width}-095.png` });
			expect(errors).toEqual([]);
			await context.close();
		}, 60_000);
	}
});
