// The /check page in a real browser: the course sheet typed into the worksheet and marked live,
// errors carried forward, answers restored after a reload, a corrupt saved entry, a lab link in and
// out, the Markdown download, both languages; screenshots to /tmp/shots-check/.

import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KeyResolver, parseAnswers } from '../../src/lib/engine/check';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { encodeState } from '../../src/lib/engine/spec/url';
import { buildTrace } from '../../src/lib/engine/trace/build';
import course from '../../static/examples/course-2-2-2.json';
import { launch, looksWrong, open } from './browser';

const base = inject('baseURL');
const url = `${base}check`;
const SHOTS = '/tmp/shots-check';
let browser: Browser;

const exact = buildTrace({ ...validateNetwork(course), rounding: null });
const resolver = new KeyResolver(exact);

beforeAll(async () => {
	browser = await launch();
	await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

const row = (page: Page, id: string) => page.locator(`.worksheet li[data-id="${id}"]`);
const verdictOf = (page: Page, id: string) => row(page, id).getAttribute('data-verdict');

async function type(page: Page, id: string, text: string): Promise<void> {
	await row(page, id).locator('input').fill(text);
}

/** Types the course sheet's answers (static/examples/answers/course-sheet.json) as written there. */
async function typeCourseSheet(page: Page): Promise<void> {
	const text = await readFile(new URL('../../static/examples/answers/course-sheet.json', import.meta.url), 'utf8');
	for (const a of parseAnswers(text)) {
		const id = resolver.resolve(a.key).id;
		if (id === null) throw new Error(`course sheet key ${a.key} names nothing`);
		await type(page, id, a.written!);
	}
}

describe('the check page', () => {
	it('marks the course sheet as it is typed: ∂E/∂w_1 and ∂E/∂w_3 wrong (weight gradients added), H_1 correct', async () => {
		const { page, context, errors } = await open(browser, url);
		await expect(page.locator('h1').textContent()).resolves.toBe('Check answers');
		await typeCourseSheet(page);
		await expect.poll(() => verdictOf(page, 'a[1][1]')).toBe('correct');
		await expect.poll(() => verdictOf(page, 'dE/dw[1][1][1]')).toBe('wrong');
		expect(await verdictOf(page, 'dE/dw[1][1][2]')).toBe('wrong');
		expect(await verdictOf(page, 'dE/dw[1][2][1]')).toBe('correct');
		// The course's lines: no separate net inputs or deltas to fill in.
		expect(await page.locator('li[data-id="delta[1][1]"]').count()).toBe(0);
		// The verdict is shown as icon and word, not colour alone.
		await expect(row(page, 'dE/dw[1][1][1]').locator('.badge').innerText()).resolves.toMatch(/✗\s*wrong/);
		await expect(row(page, 'a[1][1]').locator('.badge').innerText()).resolves.toMatch(/✓\s*correct/);
		// The wrong step opens its correct working in KaTeX, and the diagnosis.
		const w1 = row(page, 'dE/dw[1][1][1]');
		await expect(w1.locator('.working annotation').first().textContent()).resolves.toContain('\\frac{\\partial \\text{Error}}{\\partial w_1}');
		await expect(w1.locator('.mistakes li[data-kind="weight-gradients-summed"]').textContent()).resolves.toMatch(/adding the weight gradients/);
		await expect(row(page, 'dE/dw[1][1][2]').locator('.mistakes li[data-kind="weight-gradients-summed"]').count()).resolves.toBe(1);
		// Enter moves on to the next answer.
		await row(page, 'a[1][1]').locator('input').focus();
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id'))).resolves.toBe('a[1][2]');
		await expect(page.locator('.summary').textContent()).resolves.toMatch(/^13 correct, 0 imprecise, 0 carried, 2 wrong, 0 unknown, \d+ not answered$/);
		// The diagram shows the verdicts where the answers live.
		await expect(page.locator('.edge-label[data-key="e1-1-1"]').getAttribute('data-verdict')).resolves.toBe('wrong');
		await expect(page.locator('.node[data-key="n1-1"]').getAttribute('data-verdict')).resolves.toBe('correct');
		await expect(page.locator('.node[data-key="n1-1"] .verdict-badge text').textContent()).resolves.toBe('✓');
		await expect(page.locator('.edge-label[data-key="e1-1-1"]').getAttribute('aria-label')).resolves.toMatch(/\(wrong\)$/);
		await page.screenshot({ path: `${SHOTS}/en-light-laptop.png`, fullPage: true });

		// H_1 = 0.57 is still within 0.01 of the exact 0.5622: correct, so nothing after it changes.
		await type(page, 'a[1][1]', '0.57');
		await expect.poll(() => verdictOf(page, 'a[1][1]')).toBe('correct');
		// H_1 = 0.80 is wrong; O_2 = σ(−0.5·0.80 + 0.8·0.50) = 0.50 and E = 0.19 follow from it: carried.
		await type(page, 'a[1][1]', '0.80');
		await type(page, 'a[2][2]', '0.50');
		await type(page, 'E', '0.19');
		await expect.poll(() => verdictOf(page, 'a[1][1]')).toBe('wrong');
		await expect.poll(() => verdictOf(page, 'a[2][2]')).toBe('carried');
		expect(await verdictOf(page, 'E')).toBe('carried');
		expect(await verdictOf(page, 'a[2][1]')).toBe('correct');
		await expect(row(page, 'E').locator('.badge').innerText()).resolves.toMatch(/↪\s*carried/);
		await expect(row(page, 'E').locator('.culprit annotation').textContent()).resolves.toBe('H_1');
		await expect(row(page, 'E').locator('.working .note').textContent()).resolves.toMatch(/your earlier answer H_1 = 0\.80/);
		await expect(page.locator('.node[data-key="n2-2"]').getAttribute('data-verdict')).resolves.toBe('carried');
		await page.screenshot({ path: `${SHOTS}/en-light-laptop-carried.png`, fullPage: true });

		// Reload: the same network comes back with the answers as typed.
		await page.reload();
		await page.waitForSelector('.worksheet li[data-id="a[1][1]"]');
		await expect.poll(() => row(page, 'a[1][1]').locator('input').inputValue()).toBe('0.80');
		await expect(row(page, 'a[2][1]').locator('input').inputValue()).resolves.toBe('0.48');
		await expect(row(page, 'dE/dw[1][1][1]').locator('input').inputValue()).resolves.toBe('0.01');
		expect(await verdictOf(page, 'E')).toBe('carried');
		expect(await verdictOf(page, 'dE/dw[1][1][1]')).toBe('wrong');
		await expect(page.locator('.restored').textContent()).resolves.toMatch(/restored/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('downloads the marked sheet as Markdown', async () => {
		const { page, context } = await open(browser, url);
		await typeCourseSheet(page);
		await expect.poll(() => verdictOf(page, 'dE/dw[1][1][1]')).toBe('wrong');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download marked sheet (Markdown)' }).click()
		]);
		expect(download.suggestedFilename()).toBe('course-example-2-2-2-sigmoid-network-marked.md');
		const md = await readFile((await download.path())!, 'utf8');
		expect(md).toContain('| $H_1$ | 0.56 | ✓ correct |');
		expect(md).toMatch(/\| \$\\delta\{w_1\}\$ \| 0\.01 \| ✗ wrong \|.*weight gradients/);
		await context.close();
	});

	it('fills the sheet from a pasted answers file and marks an unknown key', async () => {
		const { page, context } = await open(browser, url);
		await page.locator('.paste summary').click();
		await page.locator('.paste textarea').fill('{"H_1": 0.560, "dE/dw_5": 0.03, "q_9": 1}');
		await page.getByRole('button', { name: 'Fill in' }).click();
		await expect.poll(() => row(page, 'a[1][1]').locator('input').inputValue()).toBe('0.560');
		expect(await verdictOf(page, 'dE/dw[2][1][1]')).toBe('correct');
		await expect(page.locator('.extra li[data-key="q_9"] .badge').getAttribute('data-verdict')).resolves.toBe('unknown');
		await page.locator('.paste textarea').fill('{"H_1": "0.56"}');
		await page.getByRole('button', { name: 'Fill in' }).click();
		await expect(page.locator('.paste .error').textContent()).resolves.toMatch(/expected a number/);
		await context.close();
	});

	it('never accepts an answer written more coarsely than the network asks (imprecise), and says which key was meant', async () => {
		for (const [locale, lang, word, meant] of [
			['en-US', 'en', 'imprecise', /did you mean/i],
			['zh-TW', 'zh-TW', '精度不足', /是不是/]
		] as const) {
			const { page, context } = await open(browser, url, { locale });
			await type(page, 'a[1][1]', '1');
			await type(page, 'a[2][1]', '0');
			await expect.poll(() => verdictOf(page, 'a[1][1]')).toBe('imprecise');
			expect(await verdictOf(page, 'a[2][1]')).toBe('imprecise');
			await expect(row(page, 'a[1][1]').locator('.badge').textContent()).resolves.toContain(word);
			await expect(row(page, 'a[1][1]').locator('.detail').textContent()).resolves.toMatch(/2/);
			await expect(page.locator('.summary').textContent()).resolves.toContain(lang === 'en' ? '2 imprecise' : '精度不足 2');
			await page.locator('.paste summary').click();
			await page.locator('.paste textarea').fill('{"o1": 0.48, "H_l": 0.56}');
			await page.locator('.paste button').first().click();
			await expect(page.locator('.paste [role="status"], .paste .error').first().textContent()).resolves.toMatch(/2/);
			await expect(page.locator('.extra li[data-key="o1"]').textContent()).resolves.toMatch(meant);
			await page.screenshot({ path: `${SHOTS}/imprecise-${lang}.png`, fullPage: true });
			await context.close();
		}
	});

	it('ignores a corrupt saved entry with a message and does not crash', async () => {
		const { page, context, errors } = await open(browser, url);
		await type(page, 'E', '0.21');
		await expect.poll(() => verdictOf(page, 'E')).toBe('correct');
		await page.evaluate(() => {
			for (const k of Object.keys(localStorage)) if (k.startsWith('backstep.check.')) localStorage.setItem(k, '{"v":1,"typed":');
		});
		await page.reload();
		await page.waitForSelector('.worksheet li[data-id="E"]');
		await expect(page.locator('.message[role="alert"] p').textContent()).resolves.toMatch(/could not be read and were ignored/);
		await expect(row(page, 'E').locator('input').inputValue()).resolves.toBe('');
		await type(page, 'E', '0.35');
		await expect.poll(() => verdictOf(page, 'E')).toBe('wrong');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('says at once when the browser\'s storage is full and offers the answers as a file that fills the sheet again', async () => {
		for (const [locale, said] of [
			['en-US', /not being saved: the browser’s storage for this site is full/],
			['zh-TW', /沒有被儲存：瀏覽器給這個網站的儲存空間已滿/]
		] as const) {
			const { page, context, errors } = await open(browser, url, { locale });
			await page.evaluate(() => {
				Storage.prototype.setItem = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			});
			await type(page, 'a[1][1]', '0.560');
			await type(page, 'E', '0.21');
			const alert = page.locator('.not-saved[role="alert"]');
			await expect(alert.locator('p').textContent()).resolves.toMatch(said);
			const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button').click()]);
			expect(download.suggestedFilename()).toBe('course-example-2-2-2-sigmoid-network-answers.json');
			const file = await readFile((await download.path())!, 'utf8');
			expect(parseAnswers(file).map((a) => [a.key, a.written])).toEqual([
				['H_1', '0.560'],
				['Error', '0.21']
			]);
			await page.screenshot({ path: `${SHOTS}/not-saved-${locale}.png` });
			// After a reload the answers are gone from the browser, but the file brings them back.
			await page.reload();
			await page.waitForSelector('.worksheet li[data-id="E"]');
			await page.locator('.paste summary').click();
			await page.locator('.paste textarea').fill(file);
			await page.locator('.paste button').first().click();
			await expect.poll(() => row(page, 'a[1][1]').locator('input').inputValue()).toBe('0.560');
			await expect.poll(() => verdictOf(page, 'E')).toBe('correct');
			expect(errors).toEqual([]);
			await context.close();
		}
	});

	it('opens a 64 × 64 layer (8,000 rows) without holding the page: the first rows of each phase, the rest on demand, answered rows always shown', async () => {
		const n = 64;
		const net = {
			title: 'Wide layer',
			layers: [{ size: n }, { size: n, activation: 'tanh' }],
			init: 'glorot_uniform',
			seed: 1,
			loss: 'mse',
			samples: [{ input: Array.from({ length: n }, (_, i) => (i % 10) / 10), target: Array.from({ length: n }, (_, i) => (i % 2) / 2) }],
			optimizer: { type: 'sgd', learningRate: 0.1 }
		};
		const link = await encodeState({ v: 1, network: net, step: 0, rounding: false, lang: 'en' });
		const { page, context, errors } = await open(browser, `${url}#state=${link}`);
		await page.waitForSelector('.worksheet li');
		const update = page.locator('.worksheet section.update');
		expect(await update.locator('li').count()).toBe(120);
		await expect(update.locator('.more span').textContent()).resolves.toBe(`${n * n + n - 120} more rows not shown (marked all the same)`);
		await page.locator('.paste summary').click();
		await page.locator('.paste textarea').fill(`{"w[1][64][64]'": 0.5}`);
		await page.locator('.paste button').first().click();
		await expect.poll(() => update.locator('li').count()).toBe(121);
		expect(await verdictOf(page, "w[1][64][64]'")).toBe('wrong');
		await update.getByRole('button', { name: `Show all ${n * n + n}` }).click();
		await expect.poll(() => update.locator('li').count()).toBe(n * n + n);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('checks the lab\'s network from a #state link and links back to the lab', async () => {
		const net: Record<string, unknown> = { ...structuredClone(course) };
		net.title = 'My lab network';
		const link = await encodeState({ v: 1, network: net, step: 3, rounding: true, lang: 'en' });
		const { page, context } = await open(browser, `${url}#state=${link}`);
		await expect(page.locator('.network-title').textContent()).resolves.toBe('Checking: My lab network');
		const href = (await page.locator('a.to-lab').getAttribute('href')) ?? '';
		expect(href).toMatch(/#state=/);
		await page.locator('a.to-lab').click();
		await page.waitForSelector('h1.title');
		await expect(page.locator('h1.title').textContent()).resolves.toBe('My lab network');
		await context.close();
	});

	it('opens a network file, refuses a broken one with the validator\'s reason, and offers the examples', async () => {
		const { page, context } = await open(browser, url);
		const net = { ...structuredClone(course), title: 'Uploaded net' };
		const picker = page.locator('.source input[type="file"]');
		await picker.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(net)) });
		await expect.poll(() => page.locator('.network-title').textContent()).toBe('Checking: Uploaded net');
		await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"layers": []}') });
		await expect.poll(() => page.locator('.source .error').textContent()).toMatch(/^Could not open bad\.json: /);
		await expect(page.locator('.network-title').textContent()).resolves.toBe('Checking: Uploaded net');
		// An example with several samples: per-sample rows (…@2) alongside the averaged gradients.
		await page.locator('.source select').selectOption('course-perceptron-4-samples.json');
		await expect.poll(() => page.locator('.worksheet li[data-id$="@2"]').count()).toBeGreaterThan(0);
		const first = page.locator('.worksheet li[data-id$="@2"]').first();
		const id = (await first.getAttribute('data-id'))!;
		await first.locator('input').fill('123');
		await expect.poll(() => verdictOf(page, id)).toBe('wrong');
		await page.screenshot({ path: `${SHOTS}/en-light-laptop-samples.png`, fullPage: true });
		await context.close();
	});

	it('refuses a damaged link with a message and shows the course example', async () => {
		const { page, context, errors } = await open(browser, `${url}#state=AAAA`);
		await expect(page.locator('.message[role="alert"] p').textContent()).resolves.toMatch(/could not be read/);
		await expect(page.locator('.worksheet li[data-id="a[1][1]"]').count()).resolves.toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('speaks Traditional Chinese, with the diagnosis in Chinese (screenshots: dark, tablet)', async () => {
		const { page, context } = await open(browser, url, { locale: 'zh-TW', colorScheme: 'dark', width: 820, height: 1180 });
		await expect(page.locator('h1').textContent()).resolves.toBe('批改答案');
		await expect(page.locator('.network-title').textContent()).resolves.toContain('課程範例：2-2-2 sigmoid 網路');
		await typeCourseSheet(page);
		await expect.poll(() => verdictOf(page, 'dE/dw[1][1][1]')).toBe('wrong');
		await expect(row(page, 'dE/dw[1][1][1]').locator('.badge').innerText()).resolves.toMatch(/✗\s*錯誤/);
		await expect(row(page, 'dE/dw[1][1][1]').locator('.mistakes li').first().textContent()).resolves.toMatch(/權重梯度/);
		await page.screenshot({ path: `${SHOTS}/zh-dark-tablet.png`, fullPage: true });
		await context.close();
	});

	it('looks right in English dark on a tablet and in Chinese light on a laptop (screenshots)', async () => {
		for (const [locale, colorScheme, width, height, name] of [
			['en-US', 'dark', 820, 1180, 'en-dark-tablet'],
			['zh-TW', 'light', 1366, 900, 'zh-light-laptop']
		] as const) {
			const { page, context } = await open(browser, url, { locale, colorScheme, width, height });
			await typeCourseSheet(page);
			await type(page, 'a[1][1]', '0.80');
			await type(page, 'a[2][2]', '0.50');
			await expect.poll(() => verdictOf(page, 'a[2][2]')).toBe('carried');
			await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
			expect(await looksWrong(page, locale === 'zh-TW' ? 'zh-TW' : 'en')).toEqual([]);
			await page.emulateMedia({ media: 'print' });
			await page.screenshot({ path: `${SHOTS}/${name}-print.png`, fullPage: true });
			await context.close();
		}
	});
});
