// Measurements for the report (not a test, nothing asserted): first render from `vite preview`,
// and the time to render one step on the course example and on an 8-8-8-8 network.
// Usage: npx tsx tests/e2e/measure.ts http://127.0.0.1:PORT/

import { encodeState } from '../../src/lib/engine/spec/url';
import course from '../../static/examples/course-2-2-2.json';
import { launch } from './browser';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';

/** An 8-8-8-8 sigmoid network with biases and seeded weights (a fixed LCG, so runs compare). */
function wide(): unknown {
	let s = 12345;
	const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
	const dense = () => ({
		size: 8,
		activation: 'sigmoid',
		weights: Array.from({ length: 8 }, () => Array.from({ length: 8 }, () => Math.round(rnd() * 100) / 100)),
		biases: Array.from({ length: 8 }, () => Math.round(rnd() * 100) / 100)
	});
	return {
		title: '8-8-8-8',
		layers: [{ size: 8 }, dense(), dense(), dense()],
		loss: 'half_sse',
		samples: [{ input: Array.from({ length: 8 }, (_, i) => i / 10), target: Array.from({ length: 8 }, () => 0.5) }],
		optimizer: { type: 'sgd', learningRate: 0.5 },
		rounding: { decimals: 2 }
	};
}

const browser = await launch();

async function firstRender(url: string): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	await page.addInitScript(() => {
		const w = window as unknown as { __drawn?: number };
		new MutationObserver((_, obs) => {
			if (document.querySelector('.diagram-svg .node .value')?.textContent) {
				w.__drawn = performance.now();
				obs.disconnect();
			}
		}).observe(document, { childList: true, subtree: true, characterData: true });
	});
	await page.goto(url);
	await page.waitForFunction(() => (window as unknown as { __drawn?: number }).__drawn !== undefined);
	const t = await page.evaluate(() => (window as unknown as { __drawn: number }).__drawn);
	await context.close();
	return t;
}

interface StepTimes {
	/** Svelte's effects and the D3 updates (flushed in microtasks). */
	script: number;
	/** …plus the style and layout of the page they cause (a forced reflow). */
	layout: number;
	maxLayout: number;
	total: number;
}

async function stepTimes(url: string, steps: number): Promise<StepTimes> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForSelector('.diagram-svg .node');
	await page.waitForTimeout(500);
	const times = await page.evaluate(async (n) => {
		const script: number[] = [];
		const layout: number[] = [];
		for (let k = 0; k < n; k++) {
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			const t0 = performance.now();
			window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
			for (let m = 0; m < 5; m++) await Promise.resolve();
			const t1 = performance.now();
			void document.body.offsetHeight;
			const t2 = performance.now();
			script.push(t1 - t0);
			layout.push(t2 - t0);
		}
		return { script, layout };
	}, steps);
	const total = (await page.locator('.controls .position').textContent()) ?? '';
	await context.close();
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	return {
		script: mean(times.script),
		layout: mean(times.layout),
		maxLayout: Math.max(...times.layout),
		total: Number(/(\d+)\D*$/.exec(total)?.[1] ?? 0)
	};
}

const report = (name: string, t: StepTimes, n: number) =>
	console.log(
		`${name} (${t.total} steps), mean over ${n} steps: script ${t.script.toFixed(2)} ms, with style+layout ${t.layout.toFixed(2)} ms (max ${t.maxLayout.toFixed(2)} ms)`
	);

const link = async (network: unknown) => `${base}#state=${await encodeState({ v: 1, network, step: 0, rounding: true, lang: 'en' })}`;

const firsts: number[] = [];
for (let k = 0; k < 5; k++) firsts.push(await firstRender(base));
console.log(`first render (navigation start → diagram drawn with values), 5 loads: ${firsts.map((t) => t.toFixed(0)).join(', ')} ms`);

report('course 2-2-2', await stepTimes(await link(course), 30), 30);
report('8-8-8-8', await stepTimes(await link(wide()), 60), 60);
await browser.close();
