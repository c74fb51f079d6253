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
	/** What shows the page is ready: the lab's diagram unless said. */
	ready?: string;
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
	await page.waitForSelector(options.ready ?? '.diagram-svg [data-key="n1-1"]');
	return { context, page, errors, dialogs };
}

/** The derivation's maths still waiting in the typesetting queue (Tex.svelte). */
const TYPESETTING = '.derivation [aria-busy="true"]';

/**
 * The TeX behind the KaTeX of the derivation's value line (KaTeX keeps it in a MathML annotation),
 * once the derivation's maths is typeset (aria-busy until then).
 */
export async function valueTex(page: Page): Promise<string> {
	await page.waitForFunction((busy) => document.querySelector(busy) === null, TYPESETTING);
	return (await page.locator('.derivation .value annotation').first().textContent()) ?? '';
}

/**
 * Waits until the step list marks the step the slider is at and the derivation's maths is typeset:
 * after a jump the derivation and the list catch up a few frames after the diagram (the list last),
 * and their maths is typeset a few ms a task (aria-busy until then).
 */
export async function caughtUp(page: Page): Promise<void> {
	await page.waitForFunction((busy) => {
		const slider = document.querySelector<HTMLInputElement>('.controls input[type=range]');
		const row = document.querySelector('.steps button[aria-current="step"] .n');
		return slider !== null && row !== null && document.querySelector(busy) === null && Number(slider.value) + 1 === Number(row.textContent);
	}, TYPESETTING);
}

/** Presses → until the current step has this id (at most `limit` times). */
export async function stepTo(page: Page, id: string, limit = 200): Promise<void> {
	for (let k = 0; k < limit; k++) {
		await caughtUp(page);
		const current = await page.locator('.steps button[aria-current="step"]').getAttribute('data-step-id');
		if (current === id) return;
		await page.keyboard.press('ArrowRight');
	}
	throw new Error(`never reached step ${id}`);
}

/**
 * What a "looks right" screenshot test checks besides taking the picture: the page is no wider
 * than its window, its heading is shown, the page's language is the one asked for, and no visible
 * text is a leaked message key (`ctl.epoch`), `undefined`, `NaN` or `[object Object]`.
 */
export async function looksWrong(page: Page, lang: 'en' | 'zh-TW'): Promise<string[]> {
	return page.evaluate((lang) => {
		const problems: string[] = [];
		const width = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth > width + 1) problems.push(`page ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
		if (document.documentElement.lang !== lang) problems.push(`html lang is ${document.documentElement.lang}, not ${lang}`);
		const h1 = document.querySelector('h1');
		if (!h1 || h1.getBoundingClientRect().height === 0 || !h1.textContent?.trim()) problems.push('no visible heading');
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim() ?? '';
			const parent = node.parentElement;
			if (!text || !parent || parent.closest('script,style,.katex,code,pre')) continue;
			if (/\b(undefined|NaN|\[object Object\])\b/.test(text) || /^[a-z]+(\.[a-zA-Z]+)+$/.test(text)) problems.push(`text "${text.slice(0, 60)}"`);
		}
		return problems;
	}, lang);
}
