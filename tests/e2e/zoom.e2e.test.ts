// Zoom and pan of the lab's diagram in a real browser: the buttons zoom about the current step,
// the view follows the step while zoomed in, and "Whole network" shows it all again.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, open } from './browser';
import { labLink, seededNetwork } from './networks';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Where the current neuron's centre is, as a fraction of the diagram's box (0–1 inside it). */
async function currentInView(page: Page): Promise<{ x: number; y: number } | null> {
	return page.evaluate(() => {
		const svg = document.querySelector('.diagram-svg')!.getBoundingClientRect();
		const node = document.querySelector('.diagram-svg g.node.current circle');
		if (!node) return null;
		const r = node.getBoundingClientRect();
		return { x: (r.x + r.width / 2 - svg.x) / svg.width, y: (r.y + r.height / 2 - svg.y) / svg.height };
	});
}

const scale = (page: Page) =>
	page.locator('.diagram-svg g.viewport').evaluate((g) => Number(Number((g.getAttribute('transform') ?? '').match(/scale\(([\d.]+)\)/)?.[1] ?? '1').toFixed(2)));

describe('zooming the diagram', () => {
	it('zooms about the current neuron on a phone, keeps it in view while stepping, and shows the whole network again', async () => {
		const { page, context, errors } = await open(browser, `${base}${await labLink(seededNetwork([12, 64, 64, 12]), 0)}`, { width: 390, height: 844 });
		await page.locator('.diagram-svg g.node.current').waitFor();
		// Step to a neuron far from the middle: the 40th of the first hidden layer.
		for (let n = 0; n < 78; n++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.locator('.steps button[aria-current="step"]').getAttribute('data-step-id')).toBe('z[1][40]');
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(() => scale(page)).toBe(2.56);
		const at = await currentInView(page);
		expect(at!.x).toBeGreaterThan(0.1);
		expect(at!.x).toBeLessThan(0.9);
		expect(at!.y).toBeGreaterThan(0.1);
		expect(at!.y).toBeLessThan(0.9);
		// Down the layer, past the bottom of the zoomed view: the view follows.
		for (let n = 0; n < 40; n++) await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(400);
		const later = await currentInView(page);
		expect(later!.y).toBeGreaterThan(0);
		expect(later!.y).toBeLessThan(1);
		await page.getByRole('button', { name: 'Whole network' }).click();
		await expect.poll(() => scale(page)).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});
});
