// The step-through lab in a real browser: stepping, editing on the diagram, share links, language,
// the LaTeX download and hostile links.

import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeState } from '../../src/lib/engine/spec/url';
import course from '../../static/examples/course-2-2-2.json';
import { launch, open, stepTo, valueTex } from './browser';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the lab', () => {
	it('works the course example in the course’s lines, and switches to the textbook’s steps and back', async () => {
		const { page, context, errors } = await open(browser, base);
		await expect(page.locator('.controls .position').textContent()).resolves.toBe('Step 1 of 23');
		await expect(page.getByRole('radio', { name: 'Course lines' }).getAttribute('aria-checked')).resolves.toBe('true');
		await stepTo(page, 'dE/dw[2][2][2]');
		expect(await valueTex(page)).toBe('\\delta{w_8} = 0.07');
		await expect(page.locator('.derivation .sheet').getAttribute('data-verdict')).resolves.toBe('agrees');
		await stepTo(page, 'dE/dw[1][1][1]');
		// The course sheet beside the working: it adds the weight gradients on this line.
		await expect(page.locator('.derivation .sheet').getAttribute('data-verdict')).resolves.toBe('differs');
		await expect(page.locator('.derivation .sheet').textContent()).resolves.toMatch(/writes dE\/dw_1 = 0\.01: this differs\..*adding the weight gradients \(δw_5 \+ δw_6\)/s);
		await page.getByRole('radio', { name: 'Textbook steps' }).click();
		await expect(page.locator('.controls .position').textContent()).resolves.toMatch(/^Step \d+ of 33$/);
		await page.getByRole('tab', { name: 'Backward pass' }).click();
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await stepTo(page, 'dE/dw[2][2][2]');
		expect(await valueTex(page)).toBe('\\frac{\\partial E}{\\partial w_8} = 0.08');
		await page.getByRole('radio', { name: 'Course lines' }).click();
		await expect(page.locator('.controls .position').textContent()).resolves.toMatch(/^Step \d+ of 23$/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('steps through the course example and shows H_1 = 0.56 at its step', async () => {
		const { page, context, errors } = await open(browser, base);
		await expect(page.locator('.controls .position').textContent()).resolves.toMatch(/^Step 1 of \d+$/);
		await stepTo(page, 'a[1][1]');
		expect(await valueTex(page)).toBe('H_1 = 0.56');
		await expect(page.locator('[data-key="n1-1"]').getAttribute('aria-label')).resolves.toBe('H1 = 0.56');
		await expect(page.locator('[data-key="n1-1"]').getAttribute('class')).resolves.toContain('current');
		// The loss is not known before its step, and is after it.
		await expect(page.locator('[data-key="E"]').getAttribute('aria-label')).resolves.toBe('loss E, not computed yet');
		await page.keyboard.press('End');
		await expect(page.locator('[data-key="E"]').getAttribute('aria-label')).resolves.toBe('loss E = 0.21');
		// Phase tabs jump to the first step of the phase.
		await page.getByRole('tab', { name: 'Backward pass' }).click();
		await expect.poll(() => page.locator('.derivation .phase').textContent()).toBe('Backward pass');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('plays with Space at the chosen speed and pauses with Space', async () => {
		const { page, context } = await open(browser, base);
		await page.locator('.speed select').selectOption('5');
		await page.locator('h1.title').click(); // focus off the select, so Space reaches the page
		await page.keyboard.press(' ');
		await page.waitForTimeout(1200);
		await page.keyboard.press(' ');
		const position = (await page.locator('.controls .position').textContent()) ?? '';
		const n = Number(/Step (\d+)/.exec(position)?.[1]);
		expect(n).toBeGreaterThanOrEqual(4);
		await page.waitForTimeout(500);
		await expect(page.locator('.controls .position').textContent()).resolves.toBe(position);
		await context.close();
	});

	it('recomputes the loss when a weight is edited on the diagram, and refuses a non-number inline', async () => {
		const { page, context } = await open(browser, base);
		await page.keyboard.press('End');
		await page.locator('.edge-label[data-key="e2-1-1"]').click();
		const input = page.getByRole('textbox', { name: 'New value for w5' });
		await input.fill('abc');
		await input.press('Enter');
		await expect(page.locator('.overlay .error').textContent()).resolves.toBe('not a number');
		await input.fill('0.9');
		await input.press('Enter');
		await expect(page.locator('[data-key="E"]').getAttribute('aria-label')).resolves.not.toBe('loss E = 0.21');
		await expect(page.locator('.edge-label[data-key="e2-1-1"]').getAttribute('aria-label')).resolves.toMatch(/^weight w5 = 0\.90/);
		await context.close();
	});

	it('refuses an invalid learning rate with the engine\'s reason and keeps the network', async () => {
		const { page, context } = await open(browser, base);
		const field = page.getByRole('textbox', { name: /Learning rate/ });
		await field.fill('-1');
		await field.press('Enter');
		await expect(page.locator('.training .error').first().textContent()).resolves.toMatch(/optimizer\.learningRate/);
		await expect(field.inputValue()).resolves.toBe('-1'); // the draft stays for the user to correct
		await field.blur();
		await page.keyboard.press('End');
		await expect(page.locator('[data-key="E"]').getAttribute('aria-label')).resolves.toBe('loss E = 0.21');
		await context.close();
	});

	it('round-trips a share link: network, step, rounding and language', async () => {
		const a = await open(browser, base);
		await a.page.locator('.edge-label[data-key="e1-1-1"]').click();
		const input = a.page.getByRole('textbox', { name: 'New value for w1' });
		await input.fill('0.7');
		await input.press('Enter');
		await a.page.getByRole('radio', { name: 'Full precision' }).click();
		for (let k = 0; k < 7; k++) await a.page.keyboard.press('ArrowRight');
		await a.page.getByRole('button', { name: '繁體中文' }).click();
		await a.page.waitForFunction(() => location.hash.startsWith('#state='));
		await a.page.waitForTimeout(300);
		const url = a.page.url();
		const expected = await a.page.locator('.derivation .value annotation').first().textContent();
		await a.context.close();

		const b = await open(browser, url, { locale: 'en-US' });
		await expect(b.page.locator('html').getAttribute('lang')).resolves.toBe('zh-TW');
		await expect(b.page.locator('.controls .position').textContent()).resolves.toMatch(/^第 8 步/);
		await expect(b.page.getByRole('radio', { name: '完整精度' }).getAttribute('aria-checked')).resolves.toBe('true');
		await expect(b.page.locator('.edge-label[data-key="e1-1-1"]').getAttribute('aria-label')).resolves.toMatch(/= 0\.7\b/);
		expect(await valueTex(b.page)).toBe(expected);
		await b.context.close();
	});

	it('switches language, and remembers the choice', async () => {
		const { page, context } = await open(browser, base);
		await page.getByRole('button', { name: '繁體中文' }).click();
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-TW');
		await expect(page.getByRole('tab', { name: '正向傳導' }).count()).resolves.toBe(1);
		await expect(page.locator('.act span').first().textContent()).resolves.toBe('激勵函數');
		await page.goto(base);
		await page.waitForSelector('.diagram-svg [data-key="n1-1"]');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-TW');
		await context.close();
	});

	it('takes the first language from the browser', async () => {
		const { page, context } = await open(browser, base, { locale: 'zh-TW' });
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-TW');
		await context.close();
	});

	it('downloads the worked solution as LaTeX', async () => {
		const { page, context } = await open(browser, base);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download LaTeX' }).click()]);
		expect(download.suggestedFilename()).toBe('course-example-2-2-2-sigmoid-network.tex');
		const tex = await readFile((await download.path())!, 'utf8');
		expect(tex).toContain('\\documentclass');
		expect(tex).toContain('H_1 &= \\sigma(w_1\\,x_1 + w_3\\,x_2) = \\sigma(0.2 \\cdot 0.5 + 0.5 \\cdot 0.3) = 0.56');
		expect(tex).toContain('\\end{document}');
		await context.close();
	});

	for (const hash of ['#state=<garbage>', '#state=%E0%A4%A', '#%%%&&&==='])
		it(`shows a clear message and the default example for a garbled link (${hash}), with no uncaught error`, async () => {
			const { page, context, errors } = await open(browser, `${base}${hash}`);
			if (hash.startsWith('#state=')) await expect(page.locator('.message').textContent()).resolves.toMatch(/could not be read.*the link is damaged/s);
			await expect(page.locator('h1.title').textContent()).resolves.toBe(course.title.en);
			expect(errors).toEqual([]);
			await context.close();
		});

	it('never injects markup from a hostile link', async () => {
		const hostileLabel = structuredClone(course) as Record<string, unknown> & typeof course;
		hostileLabel.layers[1].names = ['<img src=x onerror=alert(1)>', 'H_2'];
		const a = await open(browser, `${base}#state=${await encodeState({ v: 1, network: hostileLabel, step: 0, rounding: true, lang: 'en' })}`);
		await expect(a.page.locator('.message').textContent()).resolves.toMatch(/layers\[1\]\.names\[0\]/);
		await expect(a.page.locator('img').count()).resolves.toBe(0);
		expect(a.dialogs).toEqual([]);
		await a.context.close();

		// A title is free text: it is shown, as text.
		const hostileTitle = { ...course, title: '<img src=x onerror=alert(1)><script>alert(2)</script>' };
		const b = await open(browser, `${base}#state=${await encodeState({ v: 1, network: hostileTitle, step: 2, rounding: true, lang: 'en' })}`);
		await expect(b.page.locator('h1.title').textContent()).resolves.toBe(hostileTitle.title);
		await expect(b.page.locator('main img, main script').count()).resolves.toBe(0);
		await b.page.waitForTimeout(200);
		expect(b.dialogs).toEqual([]);
		expect(b.errors).toEqual([]);
		await b.context.close();
	});

	it('draws a wide layer in part: the first four and last two neurons, the current step\'s neuron, and an ellipsis that draws the rest', async () => {
		const n = 20;
		const network = {
			title: 'Wide',
			layers: [{ size: 2 }, { size: n, activation: 'tanh' }, { size: 1, activation: 'sigmoid' }],
			init: 'glorot_uniform',
			seed: 2,
			loss: 'mse',
			samples: [{ input: [0.5, -0.5], target: [1] }],
			optimizer: { type: 'sgd', learningRate: 0.1 }
		};
		const link = await encodeState({ v: 1, network, step: 0, rounding: false, lang: 'en' });
		const { page, context, errors } = await open(browser, `${base}#state=${link}`);
		const layer1 = () => page.locator('.diagram-svg g.node[data-key^="n1-"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')));
		// Step 1 is z of neuron 1; stepping to neuron 10 draws neuron 10 too.
		expect(await layer1()).toEqual(['n1-1', 'n1-2', 'n1-3', 'n1-4', 'n1-19', 'n1-20']);
		expect(await page.locator('.diagram-svg g.edge').count()).toBe(2 * 6 + 6);
		await stepTo(page, 'z[1][10]');
		await expect.poll(layer1).toEqual(['n1-1', 'n1-2', 'n1-3', 'n1-4', 'n1-10', 'n1-19', 'n1-20']);
		await expect.poll(() => page.locator('.diagram-svg g.node.current').getAttribute('data-key')).toBe('n1-10');
		const gap = page.getByRole('button', { name: 'Show the 5 neurons of layer 1 not drawn' });
		await gap.press('Enter');
		await expect.poll(async () => (await layer1()).length).toBe(n);
		expect(await page.locator('.diagram-svg g.gap').count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('greys the neurons a sample drops out, and steps through batch normalisation to the moving statistics (#17)', async () => {
		const example = async (name: string) => JSON.parse(await readFile(new URL(`../../static/examples/${name}`, import.meta.url), 'utf8'));
		const dropout = await encodeState({ v: 1, network: await example('dropout-2-4-1.json'), step: 0, rounding: true, lang: 'en' });
		const { page, context, errors } = await open(browser, `${base}#state=${dropout}`);
		await stepTo(page, 'delta[1][2]@1');
		expect(await valueTex(page)).toBe('{\\delta_{H_2}}^{(1)} = 0.0000');
		await expect(page.locator('[data-key="n1-2"]').getAttribute('class')).resolves.toContain('dropped');
		await expect(page.locator('[data-key="n1-2"]').getAttribute('aria-label')).resolves.toMatch(/dropped out for this sample$/);
		await expect(page.locator('[data-key="n1-1"]').getAttribute('class')).resolves.not.toContain('dropped');
		await expect(page.locator('.legend').first().textContent()).resolves.toContain('dropped out (this sample)');
		await expect(page.locator('.derivation').textContent()).resolves.toContain('Dropped out (rate 0.5)');
		const bn = await encodeState({ v: 1, network: await example('batch-norm-2-3-1.json'), step: 0, rounding: true, lang: 'zh-TW' });
		await page.goto(`${base}#state=${bn}`);
		await stepTo(page, 'mu[1][1]');
		expect(await valueTex(page)).toBe('\\mu_{H_1} = -0.1900');
		await expect(page.locator('[data-key="n1-1"]').getAttribute('class')).resolves.toContain('current');
		await page.keyboard.press('End');
		await expect.poll(() => page.locator('.derivation').textContent()).toContain('移動統計量');
		expect(errors).toEqual([]);
		await context.close();
	});
});
