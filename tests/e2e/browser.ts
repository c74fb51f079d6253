// Debian's Chromium driven by playwright-core, with the flags the CI needs (no sandbox in a
// container, no GPU, no background traffic).

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface PageOptions {
	locale?: string;
	colorScheme?: 'light' | 'dark';
	width?: number;
	height?: number;
}

export interface Opened {
	context: BrowserContext;
	page: Page;
	/** Uncaught errors and dialogs (alert, confirm) the page raised. */
	errors: string[];
	dialogs: string[];
}

export async function open(browser: Browser, url: string, options: PageOptions = {}): Promise<Opened> {
	const context = await browser.newContext({
		locale: options.locale ?? 'en-US',
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	const errors: string[] = [];
	const dialogs: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.goto(url);
	await page.waitForSelector('.diagram-svg [data-key="n1-1"]');
	return { context, page, errors, dialogs };
}

/** The TeX behind the KaTeX of the derivation's value line (KaTeX keeps it in a MathML annotation). */
export async function valueTex(page: Page): Promise<string> {
	return (await page.locator('.derivation .value annotation').first().textContent()) ?? '';
}

/** Presses → until the current step has this id (at most `limit` times). */
export async function stepTo(page: Page, id: string, limit = 200): Promise<void> {
	for (let k = 0; k < limit; k++) {
		const current = await page.locator('.steps button[aria-current="step"]').getAttribute('data-step-id');
		if (current === id) return;
		await page.keyboard.press('ArrowRight');
	}
	throw new Error(`never reached step ${id}`);
}
