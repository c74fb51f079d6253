// The site built for a sub-path (BASE_PATH=/backstep) on a plain static host: pages, links,
// examples and workers under the prefix; two threads with the isolation headers and a stated
// one-thread fallback without them; and offline after the first visit (the service worker).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';
import { staticHost } from './static-host';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = resolve(ROOT, 'build-base');
const BASE = '/backstep';

let browser: Browser;
const hosts: { url: string; close: () => void }[] = [];

beforeAll(async () => {
	if (!(process.env.E2E_SKIP_BUILD === '1' && existsSync(resolve(DIR, 'index.html')))) {
		const env = { ...process.env, NODE_ENV: 'production', BASE_PATH: BASE, BUILD_DIR: 'build-base' };
		const result = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore', env });
		expect(result.status, 'vite build with BASE_PATH').toBe(0);
	}
	hosts.push(await staticHost(DIR, BASE, true), await staticHost(DIR, BASE, false));
	browser = await launch();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	for (const h of hosts) h.close();
});

describe(`the site under ${BASE}`, () => {
	it('serves the lab, an example and another route under the prefix only, cross-origin isolated', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const outside: string[] = [];
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (u.origin === new URL(hosts[0].url).origin && !u.pathname.startsWith(`${BASE}/`)) outside.push(u.pathname);
		});
		await page.goto(hosts[0].url);
		await page.waitForSelector('.file-menu');
		expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
		const options = await page.locator('.examples select option').count();
		expect(options).toBeGreaterThan(2); // examples/index.json fetched under the prefix
		await page.locator('.examples select').selectOption({ index: 2 });
		await page.waitForTimeout(500);
		expect(await page.locator('.file-menu .error').count()).toBe(0);
		await page.locator(`a[href$="train"]`).first().click();
		// /train writes its settings into the hash as soon as it starts: match the path alone
		await page.waitForURL((url) => url.pathname === `${BASE}/train`);
		await page.waitForSelector('h1');
		expect(await page.locator('.one-thread').count()).toBe(0);
		expect(outside).toEqual([]);
		await context.close();
	}, 60_000);

	it('without the isolation headers, training says it runs on one thread', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${hosts[1].url}digits`);
		await page.waitForSelector('h1');
		expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
		await expect.poll(() => page.locator('.one-thread').textContent()).toMatch(/one thread/);
		await context.close();
	}, 60_000);

	it('works offline after the first visit: reload, other routes, the lab steps', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(hosts[0].url);
		await page.waitForSelector('.file-menu');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await page.reload(); // now controlled by the service worker
		await page.waitForSelector('.file-menu');
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		await context.setOffline(true);
		await page.reload();
		await page.waitForSelector('.file-menu');
		const before = await page.locator('.derivation, [class*=derivation]').first().textContent();
		await page.keyboard.press('ArrowRight');
		await page.waitForTimeout(300);
		const after = await page.locator('.derivation, [class*=derivation]').first().textContent();
		expect(after).not.toBe(before);
		for (const route of ['train', 'activations', 'check']) {
			await page.goto(`${hosts[0].url}${route}`);
			await page.waitForSelector('h1');
		}
		await page.goto(`${hosts[0].url}digits`);
		await page.waitForSelector('h1');
		const data = await page.evaluate(async (u) => (await fetch(u)).arrayBuffer().then((b) => b.byteLength), `${hosts[0].url}data/digits.bin`);
		expect(data).toBeGreaterThan(1_000_000);
		await context.close();
	}, 90_000);
});
