// The /teach flow in a real browser, as a teacher uses it: draw a class set from the course's
// network, look at the worksheets and print them to PDF, drop a class CSV and read the gradebook
// (sorted, with the chart of mistakes), in both languages and at 1366 and 390 px; and a student's
// variant link opened on /check marks as `backstep grade` does. Screenshots and PDFs go to
// /tmp/shots-teach/.

import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateExercises } from '../../src/lib/engine/exercise/generate';
import { gradeClass } from '../../src/lib/engine/grade/grade';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import course from '../../static/examples/course-2-2-2.json';
import { launch } from './browser';

const base = inject('baseURL');
const SHOTS = '/tmp/shots-teach';
let browser: Browser;

// The page draws the same set from the same template and seed.
const set = generateExercises(validateNetwork(course), 6, 7);
const keys = set.variants[0].answers.map((a) => a.key);
const cellsOf = (k: number, change: (key: string, written: string) => string = (_, w) => w) =>
	set.variants[k].answers.map((a) => change(a.key, a.written));
const CSV = [
	['student', 'variant', ...keys].join(','),
	['"Chen, Mei"', 'variant-001', ...cellsOf(0)].join(','),
	['Lin Wei', '2', ...cellsOf(1, (key, w) => (key === 'H_1' ? (Number(w) + 0.2).toFixed(2) : key === 'Error' ? '' : w))].join(','),
	['Wang', '3', ...cellsOf(2, (key, w) => (key === 'O_1' ? 'abc' : w))].join(','),
	['Lee', 'variant-042', ...cellsOf(0)].join(',')
].join('\r\n');
const expected = gradeClass(CSV, new Map(set.variants.map((v) => [v.name, { exact: v.exact, hand: v.hand }])), 'full');

beforeAll(async () => {
	browser = await launch();
	await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

async function openTeach(lang: 'en' | 'zh-TW', width: number): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
	const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-TW', viewport: { width, height: 900 }, acceptDownloads: true });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${base}teach`);
	await page.locator('.current').waitFor();
	return { page, errors, close: () => context.close() };
}

async function drawSet(page: Page): Promise<void> {
	await page.locator('input[type=number]').nth(0).fill('6');
	await page.locator('input[type=number]').nth(1).fill('7');
	await page.locator('button.primary').first().click();
	await page.locator('.variants tbody tr').nth(5).waitFor();
	await page.locator('iframe.preview').waitFor();
}

describe('/teach', () => {
	for (const lang of ['en', 'zh-TW'] as const) {
		it(`draws a set, prints it to PDF and marks a dropped class (${lang})`, async () => {
			const { page, errors, close } = await openTeach(lang, 1366);
			await drawSet(page);
			expect(await page.locator('.variants tbody tr').count()).toBe(6);
			expect(await page.locator('.variants tbody tr td.name').allTextContents()).toEqual(set.variants.map((v) => v.name));
			await page.screenshot({ path: `${SHOTS}/set-${lang}-1366.png`, fullPage: true });

			// Print: the worksheets the frame shows, as Chromium prints them.
			for (const doc of ['worksheets', 'key']) {
				if (doc === 'key') await page.getByRole('button', { name: lang === 'en' ? 'Answer key' : '解答', exact: true }).click();
				const html = (await page.locator('iframe.preview').getAttribute('srcdoc')) ?? '';
				expect(html.match(/<section class="page">/g)).toHaveLength(6);
				const printer = await browser.newPage();
				await printer.setContent(html);
				const pdf = await printer.pdf({ format: 'A4' });
				await writeFile(`${SHOTS}/${doc}-${lang}.pdf`, pdf);
				const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
				expect(pages).toBeGreaterThanOrEqual(6);
				if (doc === 'worksheets') expect(pages).toBe(6);
				await printer.close();
			}

			// The class file arrives through the file picker of the drop zone.
			await page.locator('.drop input[type=file]').setInputFiles({ name: 'class.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
			await page.locator('.gradebook tbody tr').nth(2).waitFor();
			const rows = await page.locator('.gradebook tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
			expect(rows).toEqual(
				expected.students.map((s) => [s.student, s.variant, `${s.score}/${s.total}`, ...[s.correct, s.carried, s.wrong, s.imprecise, s.unknown, s.unanswered].map(String)])
			);
			expect(await page.locator('.problems li').count()).toBe(expected.problems.length);
			// Sorting by score puts the best first.
			await page.locator('.gradebook th button').nth(2).click();
			const scores = await page.locator('.gradebook tbody tr td:nth-child(3)').allTextContents();
			expect(scores[0]).toBe(`${keys.length}/${keys.length}`);
			expect(await page.locator('svg.chart g').count()).toBe(keys.length);
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: lang === 'en' ? 'Download gradebook (.csv)' : '下載成績表（.csv）' }).click();
			expect((await download).suggestedFilename()).toBe('gradebook.csv');
			await page.screenshot({ path: `${SHOTS}/gradebook-${lang}-1366.png`, fullPage: true });
			expect(errors).toEqual([]);
			await close();
		});
	}

	it('fits a phone (390 px) in both languages', async () => {
		for (const lang of ['en', 'zh-TW'] as const) {
			const { page, errors, close } = await openTeach(lang, 390);
			await drawSet(page);
			await page.locator('.drop input[type=file]').setInputFiles({ name: 'class.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
			await page.locator('.gradebook tbody tr').first().waitFor();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.screenshot({ path: `${SHOTS}/teach-${lang}-390.png`, fullPage: true });
			expect(errors).toEqual([]);
			await close();
		}
	});

	it('opens a variant\'s link on /check, where the answers are marked as backstep grade marks them', async () => {
		const { page, close } = await openTeach('en', 1366);
		await drawSet(page);
		const href = await page.locator('.variants tbody tr').nth(1).locator('a').getAttribute('href');
		expect(href).toMatch(/\/check#state=/);
		await close();
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-TW' });
		const phone = await context.newPage();
		await phone.goto(href!);
		await phone.locator('.worksheet li[data-id="a[1][1]"] input').waitFor();
		const lin = expected.students.find((s) => s.student === 'Lin Wei')!;
		const v = set.variants[1];
		const row = CSV.split('\r\n')[2].split(',').slice(2);
		for (const [k, a] of v.answers.entries()) {
			if (row[k] !== '') await phone.locator(`.worksheet li[data-id="${a.id}"] input`).fill(row[k]);
		}
		for (const [k, a] of v.answers.entries()) {
			const verdict = await phone.locator(`.worksheet li[data-id="${a.id}"]`).getAttribute('data-verdict');
			const mark = lin.marks[k].mark;
			expect([a.key, verdict]).toEqual([a.key, mark === 'unanswered' ? verdict : mark]);
		}
		// The phone's page does not scroll sideways.
		expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		await phone.screenshot({ path: `${SHOTS}/check-from-link-390.png`, fullPage: true });
		await context.close();
	});
});
