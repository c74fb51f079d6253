// The vanishing-gradient lesson on /train in a real browser (#17): the Lesson menu builds six sigmoid
// layers with batch normalisation, the boxes and the link say so, and the network learns the circle.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, open } from './browser';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the vanishing-gradient lesson', () => {
	it('builds six batch-normalised sigmoid layers from the menu, keeps them in the link, and learns the circle', async () => {
		const { page, context, errors } = await open(browser, `${base}train/#data=circle`, { ready: 'canvas.plane' });
		await page.getByLabel('Lesson').selectOption('deepSigmoidBatchNorm');
		await expect.poll(() => page.getByRole('checkbox', { name: /^Batch norm, layer \d$/ }).count()).toBe(6);
		for (let n = 1; n <= 6; n++) await expect(page.getByRole('checkbox', { name: `Batch norm, layer ${n}` }).isChecked()).resolves.toBe(true);
		await expect.poll(() => page.evaluate(() => location.hash)).toContain('layers=6%3Asigmoid%3Abn%2C6%3Asigmoid%3Abn');
		await page.getByRole('button', { name: '▶ Train', exact: true }).click();
		const accuracy = async () => Number(/test accuracy ([\d.]+)%/.exec((await page.locator('.metrics').textContent()) ?? '')?.[1] ?? NaN);
		await expect.poll(accuracy, { timeout: 45_000, interval: 500 }).toBeGreaterThanOrEqual(90);
		await page.getByRole('button', { name: '❚❚ Pause', exact: true }).click();
		// Unticking a layer's box takes its batch normalisation out of the link.
		await page.getByRole('checkbox', { name: 'Batch norm, layer 1' }).uncheck();
		await expect.poll(() => page.evaluate(() => location.hash)).toContain('layers=6%3Asigmoid%2C6%3Asigmoid%3Abn');
		expect(errors).toEqual([]);
		await context.close();
	});
});
