// Printing the lab: the whole worked solution (every step in symbols, with numbers and its value,
// a heading per phase) below the diagram, in the reader's language; solve's excerpt past its limit;
// nothing of it in the page until the browser prints.

import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatTex } from '../../src/lib/engine/format/number';
import { selectSteps } from '../../src/lib/engine/format/select';
import { encodeState } from '../../src/lib/engine/spec/url';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { buildTrace } from '../../src/lib/engine/trace/build';
import course from '../../static/examples/course-2-2-2.json';
import { launch, open } from './browser';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Lays the page out for paper and fires beforeprint, as the browser does when asked to print. */
async function printing(page: Page): Promise<void> {
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
}

/** Each printed step: its id, its phase section, and the TeX behind it (KaTeX keeps it in a MathML annotation). */
function printedSteps(page: Page) {
	return page.locator('.print-solution .step').evaluateAll((lis) =>
		lis.map((li) => ({
			id: li.getAttribute('data-step-id'),
			phase: li.closest('[data-phase]')?.getAttribute('data-phase'),
			tex: li.querySelector('annotation')?.textContent ?? ''
		}))
	);
}

/** Pages in a PDF as Chromium writes it (one `/Type /Page` object a page). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

const trace = buildTrace(validateNetwork(course));
const heads = {
	en: ['1. Forward pass', '2. Loss', '3. Backward pass', '4. Update'],
	'zh-TW': ['1. 正向傳導', '2. 損失函數', '3. 反向傳導', '4. 更新權重']
};

describe('printing the lab', () => {
	for (const lang of ['en', 'zh-TW'] as const) {
		it(`prints every step of the course example, grouped by phase under the diagram (${lang})`, async () => {
			// As wide as an A4 page inside its margins, so the screenshot is laid out as the paper is.
			const { page, context, errors } = await open(browser, base, { locale: lang === 'en' ? 'en-US' : 'zh-TW', width: 718 });
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
			// Nothing of it until the page prints: not at load, not on a step.
			await expect(page.locator('.print-solution').count()).resolves.toBe(0);
			await page.keyboard.press('End');
			await expect(page.locator('.print-solution').count()).resolves.toBe(0);
			await printing(page);
			await expect(page.locator('.print-solution h2').textContent()).resolves.toBe(lang === 'en' ? 'Worked solution' : '完整解題過程');
			await expect(page.locator('.print-solution h3').allTextContents()).resolves.toEqual(heads[lang]);
			const steps = await printedSteps(page);
			expect(steps.map((s) => s.id)).toEqual(trace.steps.map((s) => s.id));
			trace.steps.forEach((step, i) => {
				expect(steps[i].phase, step.id).toBe(step.phase);
				// The formula in symbols, then with numbers, then the value.
				const parts = steps[i].tex.split('=');
				expect(parts.length, step.id).toBeGreaterThanOrEqual(3);
				const last = steps[i].tex.replace(/\\end\{aligned\}\s*$/, '').trim();
				expect(last.endsWith(`= ${formatTex(step.value, trace.network.rounding)}`), steps[i].tex).toBe(true);
			});
			await expect(page.locator('.print-solution .excerpt').count()).resolves.toBe(0);
			await expect(page.locator('.print-solution').isVisible()).resolves.toBe(true);
			await expect(page.locator('#diagram').isVisible()).resolves.toBe(true);
			await expect(page.locator('#diagram [data-key="n1-1"]').isVisible()).resolves.toBe(true);
			await expect(page.locator('#derivation').isVisible()).resolves.toBe(false);
			await expect(page.locator('nav.steps').isVisible()).resolves.toBe(false);
			// The diagram comes first, the solution after it.
			const top = (sel: string) => page.locator(sel).evaluate((el) => el.getBoundingClientRect().top);
			expect(await top('#diagram')).toBeLessThan(await top('.print-solution'));

			await page.screenshot({ path: `/tmp/print-${lang}.png`, fullPage: true });
			const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } });
			await writeFile(`/tmp/print-${lang}.pdf`, pdf);
			expect(pageCount(pdf)).toBeGreaterThan(1);
			expect(pdf.length).toBeGreaterThan(50_000);

			await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
			await expect.poll(() => page.locator('.print-solution').count()).toBe(0);
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	it('is in the document while Chromium prints to PDF, and gone after', async () => {
		const { page, context, errors } = await open(browser, base);
		// Listening after the page's own listener: what the page holds, typeset, when beforeprint returns.
		await page.evaluate(() => {
			const w = window as unknown as { printedSteps: number[] };
			w.printedSteps = [];
			window.addEventListener('beforeprint', () => w.printedSteps.push(document.querySelectorAll('.print-solution .step .katex').length));
		});
		const pdf = await page.pdf({ format: 'A4' });
		expect(pageCount(pdf)).toBeGreaterThan(1);
		await expect(page.evaluate(() => (window as unknown as { printedSteps: number[] }).printedSteps)).resolves.toEqual([23]);
		await expect.poll(() => page.locator('.print-solution').count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('prints solve’s excerpt of a network past its step limit, and says how to get every step', async () => {
		const n = 16;
		const wave = (k: number) => Array.from({ length: n }, (_, i) => ((i + k) % 10) / 10);
		const network = {
			layers: [{ size: n }, ...[1, 2, 3].map(() => ({ size: n, activation: 'tanh' }))],
			init: 'glorot_uniform',
			seed: 1,
			loss: 'mse',
			samples: Array.from({ length: 100 }, (_, k) => ({ input: wave(k), target: wave(k + 5).map((x) => x / 2) })),
			optimizer: { type: 'sgd', learningRate: 0.1 }
		};
		const full = buildTrace(validateNetwork({ ...network, rounding: null }));
		const excerpt = selectSteps(full, 'auto');
		expect(excerpt.excerpt).toBe(true);
		const link = await encodeState({ v: 1, network, step: 0, rounding: false, lang: 'en' });
		const { page, context, errors } = await open(browser, `${base}#state=${link}`);
		await printing(page);
		const sentence = await page.locator('.print-solution .excerpt').textContent();
		expect(sentence).toBe(
			`This is an excerpt: ${excerpt.trace.steps.length.toLocaleString('en')} of the ${full.steps.length.toLocaleString('en')} steps (the first sample’s passes, the loss, and the first neuron’s parameters in each layer); Download Markdown or Download LaTeX writes every step.`
		);
		expect((await printedSteps(page)).map((s) => s.id)).toEqual(excerpt.trace.steps.map((s) => s.id));
		await expect(page.locator('.print-solution h4').first().textContent()).resolves.toBe('Sample 1');
		expect(errors).toEqual([]);
		await context.close();
	});
});
