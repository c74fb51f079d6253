// The concept pages in a real browser: activations, losses and the model summary each visited,
// interacted with once, and checked against a number the engine gives.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeState } from '../../src/lib/engine/spec/url';
import { launch } from './browser';

const base = inject('baseURL').replace(/\/$/, '');
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
	await page.goto(base + path);
	await page.waitForSelector('h1');
	return { page, errors, close: () => context.close() };
}

describe('the activations page', () => {
	it("shows σ′(0) = 0.25 for sigmoid, and ELU's α in the table and the lab link", async () => {
		const { page, errors, close } = await visit('/activations');
		await expect(page.getByTestId('probe-values').textContent()).resolves.toBe('f(0) = 0.5, f′(0) = 0.25');
		await expect(page.locator('.substituted annotation').nth(1).textContent()).resolves.toBe("f'(0) = 0.5 \\cdot (1 - 0.5) = 0.25");
		await page.getByRole('button', { name: 'Softmax', exact: true }).first().click();
		await expect(page.locator('.substituted annotation').nth(1).textContent()).resolves.toMatch(/^\\frac\{\\partial a_1\}\{\\partial z_1\} = .* = 0\.25$/);
		await page.getByRole('button', { name: 'ELU', exact: true }).first().click();
		await page.locator('.param input[type="range"]').fill('0.5');
		await expect(page.locator('tr[data-activation="elu"] .range annotation').textContent()).resolves.toBe('(-0.5, \\infty)');
		await expect(page.getByTestId('probe-values').textContent()).resolves.toBe('f(0) = 0, f′(0) = 0.5');
		const href = (await page.getByRole('link', { name: 'Open a network with this activation in the lab' }).first().getAttribute('href')) ?? '';
		expect(href).toMatch(/\/#state=/);
		const state = (await decodeState(href.slice(href.indexOf('#state=') + 7))) as { network: unknown };
		expect(JSON.stringify(state.network)).toContain('{"name":"elu","alpha":0.5}');
		// The lab opens the link: the ELU example with this α, at its first step.
		await page.getByRole('link', { name: 'Open a network with this activation in the lab' }).first().click();
		await page.waitForSelector('.diagram-svg [data-key="n1-1"]');
		await expect(page.locator('h1.title').textContent()).resolves.toContain('ELU');
		await expect(page.locator('.controls .position').textContent()).resolves.toMatch(/^Step 1 of \d+$/);
		expect(errors).toEqual([]);
		await close();
	});

	it('differentiates a typed expression and shows a refused one inline', async () => {
		const { page, errors, close } = await visit('/activations?name=rrelu');
		await expect(page.locator('.side h2').textContent()).resolves.toBe('RReLU');
		await expect(page.locator('.side .note').textContent()).resolves.toContain('(l + u)/2 = 0.2292');
		const field = page.getByRole('textbox').last();
		await field.fill('x^3');
		await expect(page.locator('.custom .tex annotation').nth(1).textContent()).resolves.toContain('3');
		await field.fill('y + 1');
		await expect(page.locator('.custom .error').textContent()).resolves.toContain('Cannot use this expression');
		expect(errors).toEqual([]);
		await close();
	});
});

describe('the losses page', () => {
	it('computes the course cross-entropy table: −ln 0.21 = 1.5606, with the note on 0.156', async () => {
		const { page, errors, close } = await visit('/losses');
		await expect(page.getByTestId('ce-value').textContent()).resolves.toBe('CE = −ln 0.21 = 1.5606');
		await expect(page.locator('.note').last().textContent()).resolves.toContain('0.156 is neither');
		await page.getByRole('button', { name: 'Hinge' }).click();
		await expect(page.locator('[data-testid="worked"] annotation').first().textContent()).resolves.toContain('= 0.2');
		expect(errors).toEqual([]);
		await close();
	});

	it('opens the loss a link names, and shows the note in Traditional Chinese too', async () => {
		const { page, close } = await visit('/losses?name=hinge', 'zh-TW');
		await expect(page.locator('.picker [aria-pressed="true"]').textContent()).resolves.toBe('合頁損失（Hinge）');
		await expect(page.locator('h1').textContent()).resolves.toBe('損失函數');
		await expect(page.locator('.note').last().textContent()).resolves.toContain('講義上的數字不正確');
		await close();
	});
});

describe('the summary page', () => {
	it('totals the course MLP at 316,810 and the perceptron at 7,850', async () => {
		const { page, errors, close } = await visit('/summary');
		await expect(page.getByTestId('total').textContent()).resolves.toBe('Total params: 316,810');
		await expect(page.locator('.summary tr[data-layer="dense"] .formula').textContent()).resolves.toBe('(784 + 1) * 300 = 235500');
		await page.getByRole('button', { name: 'Course perceptron 784 → 10' }).click();
		await expect(page.getByTestId('total').textContent()).resolves.toBe('Total params: 7,850');
		await page.getByRole('checkbox', { name: 'use_bias' }).uncheck();
		await expect(page.getByTestId('total').textContent()).resolves.toBe('Total params: 7,840');
		await expect(page.locator('.code pre').first().textContent()).resolves.toContain("Dense(units=10, activation='softmax', use_bias=False)");
		expect(errors).toEqual([]);
		await close();
	});

	it("counts the course's functional model (1,286,789) and its model.build((None, 3)) model (906), in both languages", async () => {
		const { page, errors, close } = await visit('/summary');
		const graph = page.locator('.graph');
		await expect(graph.getByTestId('graph-total').textContent()).resolves.toBe('Total params: 1,286,789');
		await expect(graph.locator('tr[data-layer="concatenate"]').textContent()).resolves.toMatch(/joins 10000 \+ 10000 \+ 100 = 20100\s*title\[0\]\[0\]text_body\[0\]\[0\]tags\[0\]\[0\]/);
		await expect(graph.textContent()).resolves.toContain('1286464 + 65 + 260 = 1286789');
		await graph.getByRole('button', { name: 'Course: model.build((None, 3))' }).click();
		await expect(graph.getByTestId('graph-total').textContent()).resolves.toBe('Total params: 906');
		await expect(graph.locator('.code pre').first().textContent()).resolves.toContain('model.build((None, 3))');
		// a mistake is named where it is, and the last model read stays on screen
		const editor = graph.getByRole('textbox', { name: 'The model, described in JSON' });
		await editor.fill((await editor.inputValue()).replace('"units":64', '"units":0'));
		await expect(graph.locator('.error').textContent()).resolves.toMatch(/layers\[0\]\.units: expected a whole number from 1/);
		await expect(graph.getByTestId('graph-total').textContent()).resolves.toBe('Total params: 906');
		await page.getByRole('button', { name: '繁體中文' }).click();
		await expect(graph.getByTestId('graph-total').textContent()).resolves.toBe('參數總數（Total params）：906');
		expect(errors).toEqual([]);
		await close();
	});
});
