// The lab's stepping by keyboard and on a phone: the step list keeps the current step in view, the
// phase tabs are a tablist (← → Home End), skip links reach the diagram and the derivation, and at
// 390 px the diagram and the derivation are on one screen with the docked controls covering nothing.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { caughtUp, launch, open } from './browser';

let browser: Browser;
const base = inject('baseURL');

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Is the current step's row wholly inside the list's visible box? */
async function currentInView(page: Page): Promise<{ id: string | null; inside: boolean }> {
	return page.evaluate(() => {
		const list = document.querySelector('.steps ol');
		const row = document.querySelector<HTMLElement>('.steps button[aria-current="step"]');
		if (!list || !row) return { id: null, inside: false };
		const a = list.getBoundingClientRect();
		const b = row.getBoundingClientRect();
		return { id: row.dataset.stepId ?? null, inside: b.top >= a.top - 1 && b.bottom <= a.bottom + 1 };
	});
}

const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('the lab by keyboard', () => {
	it('the step list shows the current step at the end and after stepping back', async () => {
		const { page, context } = await open(browser, base);
		await page.locator('.diagram-svg').click();
		await page.keyboard.press('End');
		await caughtUp(page);
		await settle(page);
		const last = await currentInView(page);
		expect(last.id).toBe(await page.locator('.steps button[data-step-id]').last().getAttribute('data-step-id'));
		expect(last.inside).toBe(true);
		for (const back of [1, 5, 12]) {
			for (let k = 0; k < back; k++) await page.keyboard.press('ArrowLeft');
			await settle(page);
			expect((await currentInView(page)).inside, `after ${back} back`).toBe(true);
		}
		await context.close();
	});

	it('the step list typesets its rows after a jump and keeps them up with the rounding', async () => {
		const { page, context } = await open(browser, base);
		await page.keyboard.press('End');
		await caughtUp(page);
		/** Each row's value as typeset and as its text for assistive tech says (the digits after the last "="). */
		const values = () =>
			page.locator('.steps button[data-step-id]').evaluateAll((rows) =>
				rows.map((row) => {
					const digits = (text: string | null | undefined) => (text ?? '').split('=').at(-1)!.replace(/\D/g, '');
					return { typeset: digits(row.querySelector('.katex')?.textContent), said: digits(row.querySelector('.sr-only')?.textContent) };
				})
			);
		await expect.poll(async () => (await values()).filter((v) => v.typeset !== v.said)).toEqual([]);
		const before = await values();
		expect(before.length).toBeGreaterThan(5);
		await page.getByRole('radio', { name: 'Full precision' }).click();
		await expect.poll(async () => (await values()).filter((v) => v.typeset !== v.said)).toEqual([]);
		// Full precision writes four decimals where the course writes two: every row was typeset anew.
		expect((await values()).every((v, i) => v.typeset !== before[i].typeset)).toBe(true);
		await context.close();
	});

	it('the phase tabs are a tablist: arrows, Home and End move between them and open the phase', async () => {
		const { page, context } = await open(browser, base);
		const tabs = page.locator('[role="tablist"] [role="tab"]');
		const names = await tabs.evaluateAll((els) => els.map((e) => e.id));
		expect(names).toEqual(['tab-forward', 'tab-loss', 'tab-backward', 'tab-update']);
		const selected = () => page.evaluate(() => ({ focused: document.activeElement?.id, selected: document.querySelector('[role="tab"][aria-selected="true"]')?.id, panel: document.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby'), phase: document.querySelector('.derivation .phase')?.className }));
		expect(await tabs.evaluateAll((els) => els.map((e) => e.getAttribute('tabindex')))).toEqual(['0', '-1', '-1', '-1']);
		await page.locator('#tab-forward').focus();
		await page.keyboard.press('ArrowRight');
		expect(await selected()).toMatchObject({ focused: 'tab-loss', selected: 'tab-loss', panel: 'tab-loss' });
		await caughtUp(page);
		await expect.poll(async () => (await selected()).phase).toContain('phase-loss');
		await page.keyboard.press('End');
		expect(await selected()).toMatchObject({ focused: 'tab-update', selected: 'tab-update' });
		await page.keyboard.press('ArrowRight');
		expect(await selected()).toMatchObject({ focused: 'tab-forward', selected: 'tab-forward' });
		await page.keyboard.press('ArrowLeft');
		expect(await selected()).toMatchObject({ focused: 'tab-update', selected: 'tab-update' });
		await page.keyboard.press('Home');
		expect(await selected()).toMatchObject({ focused: 'tab-forward', selected: 'tab-forward' });
		await caughtUp(page);
		await expect.poll(async () => (await selected()).phase).toContain('phase-forward');
		await context.close();
	});

	it('reads out a step taken, not each step while they play', async () => {
		const { page, context } = await open(browser, base);
		const live = () => page.evaluate(() => [document.querySelector('.derivation')?.getAttribute('aria-live'), document.querySelector('.position')?.getAttribute('aria-live')]);
		expect(await live()).toEqual(['polite', 'polite']);
		await page.locator('button.play').click();
		await expect.poll(live).toEqual(['off', 'off']);
		await page.locator('button.play').click();
		await expect.poll(live).toEqual(['polite', 'polite']);
		await context.close();
	});

	it('the first Tabs are skip links past the header, to the diagram and to the derivation', async () => {
		for (const [presses, target] of [[1, 'main'], [2, 'diagram'], [3, 'derivation']] as const) {
			const { page, context } = await open(browser, base);
			for (let k = 0; k < presses; k++) await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#${target}`);
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe(target);
			await context.close();
		}
	});
});

describe('the lab on a phone (390 × 844)', () => {
	it('shows the diagram and the derivation together, and the docked controls cover nothing', async () => {
		const { page, context } = await open(browser, base, { width: 390, height: 844 });
		await page.locator('#diagram').evaluate((e) => e.scrollIntoView({ block: 'start' }));
		const boxes = await page.evaluate(() => {
			const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
			return { diagram: box('#diagram'), value: box('.derivation .value'), dock: box('.controls-dock') };
		});
		expect(boxes.dock.bottom).toBeCloseTo(844, 0);
		expect(boxes.diagram.top).toBeGreaterThanOrEqual(-1);
		expect(boxes.value.top).toBeGreaterThan(boxes.diagram.bottom - 1);
		// the derivation's value line is on the same screen as the diagram, above the controls
		expect(boxes.value.bottom).toBeLessThanOrEqual(boxes.dock.top);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		const end = await page.evaluate(() => {
			const lab = document.querySelector('.lab')!;
			const last = lab.lastElementChild!.getBoundingClientRect();
			return { last: last.bottom, dock: document.querySelector('.controls-dock')!.getBoundingClientRect().top };
		});
		expect(end.last).toBeLessThanOrEqual(end.dock + 1);
		// An element brought into view from below the fold, as the least scroll does it (browsers do
		// so for Tab; Chromium centres it instead), stops above the controls, not under them.
		for (const target of ['.steps button[data-step-id]', '.legend']) {
			await page.evaluate(() => window.scrollTo(0, 0));
			const seen = await page.evaluate((selector) => {
				const all = document.querySelectorAll<HTMLElement>(selector);
				const el = all[all.length - 1];
				el.scrollIntoView({ block: 'nearest' });
				const box = el.getBoundingClientRect();
				return { bottom: Math.min(box.bottom, box.top + 40), dock: document.querySelector('.controls-dock')!.getBoundingClientRect().top, scrolled: scrollY };
			}, target);
			expect(seen.scrolled, target).toBeGreaterThan(0);
			expect(seen.bottom, target).toBeLessThanOrEqual(seen.dock + 1);
		}
		await context.close();
	});
});
