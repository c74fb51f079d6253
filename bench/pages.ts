// The pages at the exact engine's limits (issue 19): how long a link to the largest network the lab
// takes (12 layers of 64, 256 samples: 812,673 steps) keeps the tab busy, and /check with a 64 × 64
// layer. Figures: time until the page shows the link's network, and the longest task (Chromium's
// long-task entries) while it opens, when the reader jumps to the last step and while they drag the
// step slider (issue 14's limit: 50 ms).

import type { Browser, Locator, Page } from 'playwright-core';
import { encodeShare, hashFromLink } from '../src/lib/state/share';
import type { NetworkJson } from '../src/lib/state/network-json';

export interface PageFigure {
	name: string;
	shownMs: number;
	longestTaskMs: number;
	/** The longest task after the End key (the lab only). */
	longestAtEndMs: number | null;
	/** The longest task while the step slider is dragged end to end in 20 moves (the lab only). */
	longestScrubMs: number | null;
}

/** Weights drawn by an initialiser, not written out: a link holds 65,536 characters, 49,000 weights do not fit. */
function network(layers: number, n: number, samples: number): NetworkJson {
	const wave = (k: number) => Array.from({ length: n }, (_, i) => ((i + k) % 10) / 10);
	return {
		title: 'At the limits',
		layers: [{ size: n }, ...Array.from({ length: layers }, () => ({ size: n, activation: 'tanh' }))],
		init: 'glorot_uniform',
		seed: 1,
		loss: 'mse',
		samples: Array.from({ length: samples }, (_, k) => ({ input: wave(k), target: wave(k + 5).map((x) => x / 2) })),
		optimizer: { type: 'sgd', learningRate: 0.1 }
	} as unknown as NetworkJson;
}

async function measure(browser: Browser, url: string, name: string, shown: (page: Page) => Locator, end: boolean): Promise<PageFigure> {
	const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
	await page.addInitScript(() => {
		const w = window as unknown as { longTasks: number[] };
		w.longTasks = [];
		new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
	});
	const start = Date.now();
	await page.goto(url);
	await shown(page).first().waitFor({ timeout: 180_000 });
	const shownMs = Date.now() - start;
	await page.waitForTimeout(1500);
	const longest = () => page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
	const longestTaskMs = await longest();
	const restart = () => page.evaluate(() => void ((window as unknown as { longTasks: number[] }).longTasks = []));
	let longestAtEndMs: number | null = null;
	let longestScrubMs: number | null = null;
	if (end) {
		await page.locator('.diagram-svg').click({ position: { x: 2, y: 2 } });
		await restart();
		await page.keyboard.press('End');
		await page.waitForTimeout(1500);
		longestAtEndMs = await longest();
		await page.keyboard.press('Home');
		await page.waitForTimeout(1500);
		await restart();
		const box = (await page.locator('.controls input[type=range]').boundingBox())!;
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + 2, y);
		await page.mouse.down();
		for (let k = 1; k <= 20; k++) {
			await page.mouse.move(box.x + (box.width * k) / 20, y);
			await page.waitForTimeout(50);
		}
		await page.mouse.up();
		await page.waitForTimeout(1500);
		longestScrubMs = await longest();
	}
	await page.close();
	return { name, shownMs, longestTaskMs, longestAtEndMs, longestScrubMs };
}

export async function pageFigures(browser: Browser, base: string): Promise<PageFigure[]> {
	const lab = hashFromLink(await encodeShare({ network: network(11, 64, 256), step: 0, rounding: false, lang: 'en' }));
	const check = hashFromLink(await encodeShare({ network: network(1, 64, 1), step: 0, rounding: false, lang: 'en' }));
	return [
		await measure(browser, `${base}/${lab}`, 'lab, link at the limits (12 × 64, 256 samples)', (p) => p.getByText('of 812,673'), true),
		await measure(browser, `${base}/check${check}`, '/check, one 64 × 64 layer', (p) => p.locator('.worksheet'), false)
	];
}
