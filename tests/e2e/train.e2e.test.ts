// The training page in a real browser: XOR trained to a low loss (with the main thread's long tasks
// measured), the drill-in to the lab on the same weights and sample, a diverging run explained, the
// LR finder, a bad CSV refused, the settings kept in the URL, and screenshots in both languages.

import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cpuOfTasks } from './task-cpu';
import { launch, looksWrong } from './browser';

const base = inject('baseURL');
const SHOTS = '/tmp/shots-train';
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
	await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

async function openTrain(hash: string, options: { locale?: string; colorScheme?: 'light' | 'dark'; width?: number } = {}) {
	const context = await browser.newContext({
		locale: options.locale ?? 'en-US',
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1366, height: 900 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	// Every main-thread task over 50 ms, from the start.
	await page.addInitScript(() => {
		const w = window as unknown as { __long: number[] };
		w.__long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push(e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`${base}train/${hash}`);
	await page.waitForSelector('canvas.plane');
	return { context, page, errors };
}

/** The number after `label` in the status lines ("Training loss 0.123 · test loss 0.2"). */
async function metric(page: Page, pattern: RegExp): Promise<number> {
	const text = (await page.locator('.metrics').textContent()) ?? '';
	const m = pattern.exec(text);
	return m ? Number(m[1]) : NaN;
}

const XOR = '#data=xor&layers=8:tanh,4:tanh&optimizer=adam&lr=0.03&batch=10&seed=1';

describe('the training page', () => {
	it('trains XOR to a low loss, keeping the main thread free of long tasks', async () => {
		const { page, context, errors } = await openTrain(XOR);
		const longBefore = await page.evaluate(() => (window as unknown as { __long: number[] }).__long.length);
		const cpu = await cpuOfTasks(browser, page, async () => {
			await page.getByRole('button', { name: '▶ Train', exact: true }).click();
			await expect.poll(() => metric(page, /Training loss ([\d.e-]+)/), { timeout: 30_000, interval: 250 }).toBeLessThan(0.08);
		});
		const long = await page.evaluate((n) => (window as unknown as { __long: number[] }).__long.slice(n), longBefore);
		await page.getByRole('button', { name: '❚❚ Pause', exact: true }).click();
		const acc = await metric(page, /Training accuracy ([\d.]+)%/);
		expect(acc).toBeGreaterThan(95);
		console.log(`train e2e: training XOR: most CPU in a task ${Math.max(...cpu).toFixed(0)} ms (of ${cpu.length} tasks); wall-clock long tasks ${long.length}, max ${Math.max(0, ...long).toFixed(0)} ms`);
		// The page's own work (tests/e2e/task-cpu.ts): no task of 50 ms of CPU. The wall clock adds the
		// wait for a core, which a shared machine stretches: held only against gross stalls.
		expect(Math.max(...cpu)).toBeLessThanOrEqual(50);
		expect(Math.max(0, ...long)).toBeLessThan(200);
		// As fast as the worker goes: the page only draws a few times a second.
		const before = await page.evaluate(() => (window as unknown as { __long: number[] }).__long.length);
		await page.getByLabel('Speed').selectOption('fast');
		const fastCpu = await cpuOfTasks(browser, page, async () => {
			await page.getByRole('button', { name: '▶ Train', exact: true }).click();
			await page.waitForTimeout(3000);
		});
		await page.getByRole('button', { name: '❚❚ Pause', exact: true }).click();
		const fast = await page.evaluate((n) => (window as unknown as { __long: number[] }).__long.slice(n), before);
		const epochs = Number(/epoch (\d+)/.exec((await page.locator('.status').textContent()) ?? '')?.[1]);
		console.log(`train e2e: fast mode, 3 s: ${epochs} epochs in all; most CPU in a task ${Math.max(...fastCpu).toFixed(0)} ms; wall-clock long tasks ${fast.length}, max ${Math.max(0, ...fast).toFixed(0)} ms`);
		expect(Math.max(...fastCpu)).toBeLessThanOrEqual(50);
		expect(Math.max(0, ...fast)).toBeLessThan(200);
		// The URL holds the settings.
		expect(new URL(page.url()).hash).toContain('layers=8%3Atanh%2C4%3Atanh');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('opens the paused step in the lab with the same weights and sample', async () => {
		const { page, context, errors } = await openTrain(XOR);
		await page.getByRole('button', { name: 'One epoch' }).click();
		await page.getByRole('button', { name: 'One epoch' }).click();
		await expect.poll(async () => page.locator('.status').textContent()).toContain('epoch 2');
		await page.getByLabel('Training point').fill('3');
		await page.getByLabel('Training point').press('Enter');
		const picked = (await page.locator('.picked').textContent()) ?? '';
		const output = Number(/outputs (-?\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(picked)?.[1]);
		const x1 = Number(/x₁ = (-?[\d.e-]+)/.exec(picked)?.[1]);
		expect(Number.isFinite(output)).toBe(true);
		// The lab opens in a new tab; this one keeps the run.
		const link = page.getByRole('link', { name: 'Open this step in the lab' });
		await link.waitFor();
		const [lab] = await Promise.all([context.waitForEvent('page'), link.click()]);
		await lab.waitForSelector('.diagram-svg [data-key="n1-1"]');
		expect(lab.url()).toContain('#state=');
		expect(await page.locator('.status').textContent()).toContain('epoch 2');
		// The lab's input x₁ and, at the end of the forward pass, the output ŷ agree with the page.
		const input = (await lab.locator('[data-key="n0-1"]').getAttribute('aria-label')) ?? '';
		expect(Number(/= (-?[\d.]+)/.exec(input)?.[1])).toBeCloseTo(x1, 2);
		await lab.locator('.diagram-svg').click();
		await lab.keyboard.press('End');
		const out = (await lab.locator('[data-key="n3-1"]').getAttribute('aria-label')) ?? '';
		const labOutput = Number(/= (-?[\d.]+)/.exec(out)?.[1]);
		console.log(`train e2e: drill-in output page ${output}, lab ${labOutput} (${out})`);
		expect(labOutput).toBeCloseTo(output, 3);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('changes the learning rate of a run in place: the run goes on from the step it reached', async () => {
		const { page, context, errors } = await openTrain(XOR);
		await page.getByRole('button', { name: 'One epoch' }).click();
		await expect.poll(async () => page.locator('.status').textContent()).toContain('epoch 1');
		const stepBefore = Number(/Step (\d+)/.exec((await page.locator('.status').textContent()) ?? '')?.[1]);
		await page.locator('input.lr').fill('0.01');
		await page.locator('input.lr').press('Enter');
		await page.getByRole('button', { name: 'Use this rate now' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Learning rate 0.01 in use' }).textContent()).resolves.toContain(`after step ${stepBefore}`);
		await page.getByRole('button', { name: 'One epoch' }).click();
		await expect.poll(async () => page.locator('.status').textContent()).toContain('epoch 2');
		const stepAfter = Number(/Step (\d+)/.exec((await page.locator('.status').textContent()) ?? '')?.[1]);
		expect(stepAfter).toBe(2 * stepBefore);
		expect(await page.getByRole('button', { name: 'Use this rate now' }).count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('explains a diverging run in plain words with the step and layer', async () => {
		const { page, context } = await openTrain('#data=plane&output=linear&loss=mse&layers=8:relu,8:relu&optimizer=sgd&lr=50&batch=10');
		await page.getByRole('button', { name: '▶ Train', exact: true }).click();
		const alert = page.locator('.nan');
		await alert.waitFor({ timeout: 20_000 });
		const text = (await alert.textContent()) ?? '';
		expect(text).toContain('Training stopped: the numbers blew up');
		expect(text).toMatch(/At step \d+/);
		expect(text).toContain('learning rate that is too large');
		await page.screenshot({ path: `${SHOTS}/diverged-en.png`, fullPage: true });
		await context.close();
	});

	it('runs the LR finder and applies its suggestion', async () => {
		const { page, context } = await openTrain(XOR);
		const before = await page.evaluate(() => (window as unknown as { __long: number[] }).__long.length);
		await page.getByRole('button', { name: 'Find a learning rate' }).click();
		const apply = page.locator('.lr-finder button.primary');
		await apply.waitFor({ timeout: 20_000 });
		const long = await page.evaluate((n) => (window as unknown as { __long: number[] }).__long.slice(n), before);
		console.log(`train e2e: LR finder (main thread, a few steps a task): long tasks ${long.length}, max ${Math.max(0, ...long).toFixed(0)} ms`);
		// The search itself runs 8 ms a task; the chart's first drawing when it ends (cold code) has
		// taken up to 90 ms in CI. All 100 steps in one task took 82 to 110 ms.
		expect(Math.max(0, ...long)).toBeLessThan(100);
		const suggested = Number(/Apply ([\d.e-]+)/.exec((await apply.textContent()) ?? '')?.[1]);
		expect(suggested).toBeGreaterThan(1e-5);
		await apply.click();
		await expect.poll(() => page.locator('input.lr').inputValue()).toBe(String(suggested));
		expect(new URL(page.url()).hash).toContain(`lr=${suggested}`);
		await context.close();
	});

	it('says when the LR finder sees no clear descent, and suggests nothing', async () => {
		// Two small tanh layers on the spiral: the loss stays near ln 2 at every rate the finder tries.
		const { page, context } = await openTrain('#data=spiral&features=x1,x2&layers=8:tanh,8:tanh&optimizer=adam&batch=10&seed=1');
		await page.getByRole('button', { name: 'Find a learning rate' }).click();
		await expect.poll(() => page.locator('.lr-finder').textContent(), { timeout: 20_000 }).toContain('No clear descent');
		expect(await page.locator('.lr-finder button.primary').count()).toBe(0);
		await context.close();
	});

	it('refuses a bad CSV file with a message naming the line and column', async () => {
		const { page, context } = await openTrain('#data=csv');
		await page.locator('.drop input[type=file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('x1,x2,label\n1,2,0\n3,abc,1\n') });
		await expect.poll(() => page.locator('.panel .error').textContent()).toContain('bad.csv:3:2: "abc" is not a number');
		await page.locator('.drop input[type=file]').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from('x1,x2,label\n1,2,0\n3,1,1\n-1,-2,2\n0,1,2\n2,2,1\n-3,0,0\n') });
		await expect.poll(() => page.locator('.train-page').textContent()).toContain('good.csv: 3 classes need a softmax output');
		await page.getByLabel('Output').selectOption('softmax');
		await expect.poll(() => page.locator('.error').count()).toBe(0);
		await expect.poll(() => page.locator('.panel').first().textContent()).toContain('3 classes');
		await context.close();
	});

	it('exports the trained network and loads it back with its weights and settings', async () => {
		const { page, context } = await openTrain(XOR);
		await page.getByRole('button', { name: 'One epoch' }).click();
		await expect.poll(async () => page.locator('.status').textContent()).toContain('epoch 1');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the trained network' }).click()]);
		const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
		const file = JSON.parse(text) as { layers: { size: number; weights?: number[][] }[] };
		expect(file.layers.map((l) => l.size)).toEqual([2, 8, 4, 1]);
		// Load it into a page with other settings: the layers and weights come back.
		const other = await openTrain('#layers=3:relu', {});
		await other.page.locator('input[type=file][accept^=".json"]').setInputFiles({ name: 'trained.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await expect.poll(() => other.page.locator('.train-page').textContent()).toContain('Loaded weights from trained.json');
		expect(new URL(other.page.url()).hash).toContain('layers=8%3Atanh%2C4%3Atanh');
		await other.page.locator('.drill input').fill('1');
		await other.page.locator('.drill input').press('Enter');
		const here = (await other.page.locator('.picked').textContent()) ?? '';
		await page.locator('.drill input').fill('1');
		await page.locator('.drill input').press('Enter');
		expect(here).toBe(await page.locator('.picked').textContent());
		await other.context.close();
		await context.close();
	});

	for (const [locale, lang] of [['en-US', 'en'], ['zh-TW', 'zh-TW']] as const) {
		for (const scheme of ['light', 'dark'] as const) {
			for (const width of [1366, 820]) {
				it(`looks right in ${lang}, ${scheme}, ${width} px wide`, async () => {
					const { page, context, errors } = await openTrain('#data=spiral&features=x1,x2,sinx1,sinx2&layers=8:tanh,6:tanh&optimizer=adam&lr=0.03&noise=0.1', { locale, colorScheme: scheme, width });
					await page.locator('.controls button').nth(2).click(); // one epoch
					await page.locator('.controls button').nth(2).click();
					await page.locator('input[type=number]').last().fill('5');
					await page.locator('input[type=number]').last().press('Enter');
					await page.waitForTimeout(300);
					await page.screenshot({ path: `${SHOTS}/${lang}-${scheme}-${width}.png`, fullPage: true });
					if (lang === 'zh-TW') await expect(page.locator('h1').first().textContent()).resolves.toContain('訓練');
					expect(await looksWrong(page, lang)).toEqual([]);
					expect(errors).toEqual([]);
					await context.close();
				});
			}
		}
	}
});
