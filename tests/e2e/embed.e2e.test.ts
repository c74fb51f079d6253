// The embed view in an iframe of another page, as docs/embedding.md shows it: the network of the
// share link, its diagram, derivation and step controls, and none of the site's chrome.

import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeState } from '../../src/lib/engine/spec/url';
import course from '../../static/examples/course-2-2-2.json';
import { launch } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function embedded(lang: 'en' | 'zh-TW', step: number): Promise<{ frame: Frame; close: () => Promise<void> }> {
	const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
	const page = await context.newPage();
	const src = `${baseURL}embed#state=${await encodeState({ v: 1, network: course, step, rounding: true, lang })}`;
	await page.setContent(`<!doctype html><h1>Course notes</h1><iframe title="Backstep" src="${src}" width="860" height="700" style="border:0"></iframe>`);
	const handle = await page.waitForSelector('iframe');
	const frame = (await handle.contentFrame()) as Frame;
	await frame.waitForSelector('.derivation');
	return { frame, close: () => context.close() };
}

describe('/embed in an iframe', () => {
	it("shows the link's network and step: diagram, derivation, controls, no header or navigation", async () => {
		const { frame, close } = await embedded('en', 2);
		// no site header, navigation, file menu or editor: the only link opens the full lab
		expect(await frame.locator('a').count()).toBe(1);
		expect(await frame.locator('.file-menu, textarea, select[aria-label]').count()).toBe(0);
		expect(await frame.locator('svg .node').count()).toBeGreaterThanOrEqual(6);
		await expect.poll(() => frame.locator('h1').textContent()).toBe('Course example: 2-2-2 sigmoid network');
		expect(await frame.locator('.derivation').textContent()).toMatch(/H_2|H_{2}/);
		const before = await frame.locator('.derivation').textContent();
		await frame.locator('.derivation').click();
		await frame.press('body', 'ArrowRight');
		await expect.poll(() => frame.locator('.derivation').textContent()).not.toBe(before);
		expect(await frame.locator('a.open').getAttribute('href')).toMatch(/#state=/);
		await close();
	}, 60_000);

	it('speaks the language the link carries', async () => {
		const { frame, close } = await embedded('zh-TW', 0);
		await expect.poll(() => frame.locator('h1').textContent()).toBe('課程範例：2-2-2 sigmoid 網路');
		expect(await frame.locator('a.open').textContent()).toContain('在 Backstep 開啟');
		await close();
	}, 60_000);
});
