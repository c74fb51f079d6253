// Every page in 繁體中文 speaks Traditional Chinese: no English word is left in the visible text
// except the short list of names that stay in English (optimizers, activations, file formats, …),
// and the course's vocabulary is used throughout (正向傳導, 激勵函數, 優化器, never their synonyms).
// Maths (KaTeX), code and anything marked translate="no" are not prose and are skipped.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
import { ROUTES } from './routes';


/** Names that stay in English in the course and in this product. */
const KEPT = new Set(
	[
		'SGD', 'Adam', 'AdamW', 'Adamax', 'Nadam', 'RMSprop', 'Adagrad', 'Adadelta', 'Lion', 'Adafactor', 'Ftrl',
		'ReLU', 'Leaky', 'ELU', 'SELU', 'GELU', 'Swish', 'SiLU', 'Softmax', 'Softplus', 'Softsign', 'Sigmoid', 'Tanh', 'Mish',
		'MSE', 'MAE', 'SSE', 'Huber', 'Hinge', 'LogCosh', 'Keras', 'PyTorch', 'TensorFlow', 'Playground', 'MNIST',
		'JSON', 'CSV', 'PNG', 'SVG', 'LaTeX', 'Markdown', 'TeX', 'URL', 'API', 'CPU', 'GPU', 'XOR', 'AND',
		'Glorot', 'Xavier', 'Kaiming', 'LeCun', 'Nesterov', 'Rosenbrock', 'Beale', 'Himmelblau', 'Rastrigin',
		'Backstep', 'Dense', 'Sequential', 'Concatenate', 'InputLayer', 'BatchNormalization', 'Matt', 'Mazur', 'Iris', 'Fisher', 'Softmax', 'Tab', 'Enter', 'Esc', 'Shift',
		'Home', 'End', 'Space', 'Ctrl', 'Cmd', 'None', 'Input', 'Total', 'Param', 'Output', 'Shape', 'Layer',
		'Non', 'trainable', 'params', 'Trainable', 'float', 'float32', 'float64', 'WebAssembly', 'SIMD', 'wasm',
		'Error', 'Hessian', 'epsilon', 'Saddle', 'Booth', 'Matyas', 'Ackley', 'Sphere', 'Sobel', 'KaTeX', 'Plot',
		// people's names (the digits' authors, credited once the data is loaded) and the Iris species' Latin names
		'Yann', 'Corinna', 'Cortes', 'setosa', 'versicolor', 'virginica',
		// the course writes these in English too
		'sigmoid', 'tanh', 'relu', 'leaky', 'prelu', 'rrelu', 'elu', 'softmax', 'softplus', 'swish', 'hinge',
		'momentum', 'one', 'hot', 'dense', 'dropout', 'flatten', 'sequential', 'clipnorm', 'clipvalue', 'mlp',
		// functions in formulas written in prose
		'log', 'exp', 'rms', 'sign', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'max', 'min', 'sqrt', 'abs', 'pow', 'mod'
	].map((w) => w.toLowerCase())
);

/** Synonyms the course does not use, with the course's word. */
const BANNED: [RegExp, string][] = [
	[/激活函數/, '激勵函數'],
	[/最佳化器/, '優化器'],
	[/前向傳[播導遞]/, '正向傳導'],
	[/反向傳[播遞]/, '反向傳導'],
	[/時期|世代|輪次/, '週期']
];

let browser: Browser;
const base = inject('baseURL');

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function visibleText(page: Page): Promise<{ texts: string[]; options: string[] }> {
	return page.evaluate(() => {
		const skip = 'script,style,.katex,code,pre,kbd,samp,[translate="no"],[aria-hidden="true"],[lang="en"]';
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (node.nodeType === Node.ELEMENT_NODE) {
				const el = node as Element;
				for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
					const value = el.getAttribute(attr);
					if (value && !el.closest(skip)) out.push(value);
				}
				continue;
			}
			const parent = node.parentElement;
			if (!parent || parent.closest(skip)) continue;
			const style = getComputedStyle(parent);
			if (style.display === 'none' || style.visibility === 'hidden') continue;
			const text = node.textContent?.trim();
			if (text) out.push(text);
		}
		const options = [...document.querySelectorAll('option')].map((o) => o.textContent?.trim() ?? '');
		return { texts: [...out, ...options], options };
	});
}

/**
 * Text without what is allowed to stay in English: `code`, the title of a work (〈…〉), a link's
 * `#state=`, a call such as model.summary() or model.build((None, 3)), an identifier with an underscore
 * (glorot_uniform), and the original term in brackets after a Chinese name (線性 (linear),
 * 神經元數（units）), the convention of the menus.
 */
function prose(text: string): string {
	return text
		.replace(/`[^`]*`/g, ' ')
		.replace(/〈[^〉]*〉|《[^》]*》/g, ' ')
		.replace(/#\w+=/g, ' ')
		.replace(/\b[\w.]+\((?:[^()]|\([^()]*\))*\)/g, ' ')
		.replace(/\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b/g, ' ')
		.replace(/(?<=[\u3400-\u9fff\uff09)]\s?)[（(][A-Za-z0-9_ .#-]+[)）]/g, ' ');
}

function englishWords(texts: string[]): string[] {
	const words = new Set<string>();
	for (const text of texts) {
		for (const word of prose(text).match(/[A-Za-z]{3,}/g) ?? []) {
			if (!KEPT.has(word.toLowerCase())) words.add(word);
		}
	}
	return [...words].sort();
}

describe('繁體中文 on every page', () => {
	for (const path of ROUTES) {
		it(`/${path} has no English word left and uses the course's vocabulary`, async () => {
			const context = await browser.newContext({ locale: 'zh-TW', viewport: { width: 1366, height: 900 } });
			const page = await context.newPage();
			await page.goto(base + path);
			await page.waitForSelector('h1');
			await page.waitForTimeout(300);
			if (path === '') {
				// the lab's last step, where the derivation, the sheet's line and the summary are shown
				await page.locator('.diagram-svg').click();
				await page.keyboard.press('End');
				await page.waitForTimeout(300);
			}
			const { texts, options } = await visibleText(page);
			await context.close();
			const rawIds = options.filter((o) => /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(o));
			if (rawIds.length > 0) expect.fail(`menu entries that are only an id on /${path}: ${rawIds.join(', ')}`);
			const english = englishWords(texts);
			if (english.length > 0) expect.fail(`English words on /${path}: ${english.join(' ')}`);
			const banned = BANNED.flatMap(([pattern, word]) =>
				texts.filter((t) => pattern.test(t)).map((t) => `${t.match(pattern)?.[0]} → ${word}`)
			);
			if (banned.length > 0) expect.fail(`words the course does not use on /${path}: ${banned.join('; ')}`);
		});
	}
});
