// The optimizer race and the perceptron pages in a real browser: a few steps of the race read back
// from the state table against the engine, and the perceptron stepped to convergence (and XOR to
// its epoch limit), with the link into the lab.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPlain } from '../../src/lib/engine/format/number';
import { runPerceptron } from '../../src/lib/engine/concepts/perceptron-run';
import { startRace, stepRace } from '../../src/lib/engine/concepts/race';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { ravine } from '../../src/lib/engine/concepts/surfaces';
import course from '../../static/examples/course-perceptron-4-samples.json';
import { launch } from './browser';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function visit(path: string, locale = 'en-US'): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
	const context = await browser.newContext({ locale, viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${base}${path}`);
	return { page, errors, close: () => context.close() };
}

describe('the optimizer race', () => {
	it("after 3 steps on the ravine, Adam's m for x in the state table is the engine's", async () => {
		const { page, errors, close } = await visit('optimizers');
		await page.waitForSelector('.contour svg path.band');
		const step = page.getByRole('button', { name: 'Step', exact: true });
		for (let k = 0; k < 3; k++) await step.click();
		await expect(page.locator('.position').textContent()).resolves.toBe('Step 3');
		let race = startRace(ravine);
		for (let k = 0; k < 3; k++) race = stepRace(race, ravine);
		const adam = race.runners.find((r) => r.id === 'adam');
		const m = formatPlain(adam?.state[0].m ?? NaN, null);
		await expect(page.locator('tr[data-runner="adam"] [data-state="m"] [data-coord="x"]').textContent()).resolves.toBe(m);
		// the rule with the numbers of step 3 shows Adam's m_t line for x
		const annotations = await page.locator('.coord[data-coord="x"] annotation').allTextContents();
		expect(annotations.some((a) => a.startsWith('m_t = '))).toBe(true);
		// a runner's path is drawn with 4 points (start and 3 steps)
		const d = (await page.locator('path.path[data-runner="adam"]').getAttribute('d')) ?? '';
		expect(d.split('L')).toHaveLength(4);
		expect(errors).toEqual([]);
		await close();
	});

	it('changing a learning rate re-runs that runner to the current step', async () => {
		const { page, close } = await visit('optimizers');
		await page.getByRole('button', { name: 'Step', exact: true }).click();
		const field = page.getByRole('textbox', { name: 'Learning rate of SGD' });
		await field.fill('0.1');
		await field.press('Enter');
		let race = startRace(ravine, { sgd: 0.1 });
		race = stepRace(race, ravine);
		const sgd = race.runners.find((r) => r.id === 'sgd');
		const pos = `(${formatPlain(sgd?.position[0] ?? NaN, null)}, ${formatPlain(sgd?.position[1] ?? NaN, null)})`;
		await expect(page.locator('tr[data-runner="sgd"] td').nth(1).textContent()).resolves.toBe(pos);
		await close();
	});


	it('reads the surface from the link and writes the chosen one back', async () => {
		const { page, close } = await visit('optimizers?surface=beale');
		await page.waitForSelector('.contour svg path.band');
		await expect(page.locator('.toolbar select').first().inputValue()).resolves.toBe('beale');
		await page.locator('.toolbar select').first().selectOption('saddle');
		await page.waitForFunction(() => location.search === '?surface=saddle');
		await close();
	});
});

describe('the perceptron', () => {
	it('steps the course example to convergence and shows the final weights', async () => {
		const { page, errors, close } = await visit('perceptron');
		await page.waitForSelector('.pplot svg');
		const run = runPerceptron(validateNetwork(course), 100);
		const next = page.getByRole('button', { name: 'Next update' });
		for (let k = 0; k < run.epochs.length; k++) await next.click();
		await expect(next.isDisabled()).resolves.toBe(true);
		await expect(page.locator('.status').getAttribute('data-outcome')).resolves.toBe('converged');
		const shown = await page.locator('.weights tbody td.now').allTextContents();
		expect(shown).toEqual(run.final.map((w) => formatPlain(w, null)));
		expect(shown).toEqual(['-0.215', '0.25', '-0.145']);
		await expect(page.locator('.status').textContent()).resolves.toContain('Converged after 18 updates');
		expect(errors).toEqual([]);
		await close();
	});

	it('shows the rule with the numbers of the first update, and opens those weights in the lab', async () => {
		const { page, close } = await visit('perceptron');
		await page.waitForSelector('.pplot svg');
		const first = (await page.locator('.rule[data-step="w[1][1][2]\'"] annotation').nth(1).textContent()) ?? '';
		expect(first).toContain('-0.96 + 0.11');
		expect(first.endsWith('= -0.575')).toBe(true);
		await page.getByRole('button', { name: 'Next update' }).click();
		const link = page.locator('a[data-lab-link]');
		await expect(link.getAttribute('href')).resolves.toContain('#state=');
		await link.click();
		await page.waitForSelector('.diagram-svg');
		await expect(page.locator('h1.title').textContent()).resolves.toContain('Course perceptron');
		await expect(page.locator('.edge-label[data-key="e1-1-2"]').getAttribute('aria-label')).resolves.toContain('-0.575');
		await close();
	});

	it('says XOR cannot be separated once the epoch limit is reached, in Chinese too', async () => {
		const { page, close } = await visit('perceptron', 'zh-TW');
		await page.waitForSelector('.pplot svg');
		await expect(page.locator('h1').first().textContent()).resolves.toBe('感知器');
		await page.locator('.setup select').selectOption('xor');
		await page.getByRole('button', { name: '最後' }).click();
		await expect(page.locator('.status').getAttribute('data-outcome')).resolves.toBe('limit');
		await expect(page.locator('.status').textContent()).resolves.toContain('不是線性可分');
		await close();
	});
});
