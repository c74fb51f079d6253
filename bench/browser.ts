// `npm run bench:browser` (figures, not tests): the course model (784-300-200-100-10, SGD 0.1,
// float32) trained on the 8,000 training digits through the page's own path — /digits in Chromium,
// its training worker (and that worker's helper thread where the page is cross-origin isolated) —
// beside `backstep train` on the same digits and settings, in the same run: one and two threads,
// idle and beside a CPU-bound process of the bench's own, the median of interleaved rounds.
// The page's one-thread case is the page served without its cross-origin isolation headers (no
// shared memory: the worker computes alone), as a browser without them would run it; its two-thread
// case is the page as served, which takes a helper thread where the machine has three cores or more
// (worker/worker-kernels.ts: on two, it trains on one, as its kernels line then shows).
// samples/s: epochs × 8,000 over the epochs' seconds (the page: the worker's own epoch times, read
// from its messages; the command: its whole run), each epoch ending with the 2,000 test digits.
//
//   --json          print the figures as JSON on stdout
//   --repeat N      rounds (default 3)
//   --epochs E      epochs per run (default 3)
//   --batch B       batch size (default 64)
//   --skip-build    serve the existing build (else `vite build` first)
//   --port P        vite preview's port (default 4317, or a free one when taken)
//   --no-pages      leave out the pages at the engine's limits (./pages.ts)

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/browser';
import { digitsFile } from '../src/lib/fast/digits-model';
import { describeNote, startBusy, watchMachine, type MachineNote } from './machine';
import { median } from './medians';
import { pageFigures, type PageFigure } from './pages';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const i = args.indexOf(name);
	return i >= 0 ? Number(args[i + 1]) : fallback;
};
const json = args.includes('--json');
const rounds = Math.max(1, option('--repeat', 3));
const epochs = Math.max(1, option('--epochs', 3));
const batch = Math.max(1, option('--batch', 64));
const log = (s: string) => void (json || process.stderr.write(s + '\n'));

function portFree(port: number): Promise<boolean> {
	return new Promise((done) => {
		const server = createServer();
		server.once('error', () => done(false));
		server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
	});
}

async function serve(): Promise<{ url: string; preview: ChildProcess }> {
	if (!args.includes('--skip-build')) {
		log('building the site (vite build)…');
		const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: ROOT, encoding: 'utf8' });
		if (built.status !== 0) throw new Error(`vite build failed: ${built.stderr.trim().split('\n').at(-1)}`);
	}
	let port = option('--port', 4317);
	if (!(await portFree(port))) port = 0;
	const preview = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
	const url = await new Promise<string>((done, fail) => {
		let out = '';
		preview.stdout!.on('data', (d: Buffer) => {
			out += d.toString();
			const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out.replace(/\x1b\[[0-9;]*m/g, ''));
			if (m) done(`http://127.0.0.1:${m[1]}`);
		});
		preview.once('exit', () => fail(new Error(`vite preview ended: ${out}`)));
	});
	return { url, preview };
}

interface Run {
	samplesPerSec: number;
	kernels: string;
}

/** One run of /digits: `threads` 1 serves the page without cross-origin isolation. */
async function pageRun(browser: Browser, url: string, threads: 1 | 2): Promise<Run> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	try {
		const page = await context.newPage();
		if (threads === 1) {
			await page.route(`${url}/digits**`, async (route) => {
				const response = await route.fetch();
				const headers = { ...response.headers() };
				delete headers['cross-origin-opener-policy'];
				delete headers['cross-origin-embedder-policy'];
				await route.fulfill({ response, headers });
			});
		}
		// Every worker's messages, watched from the page: the epochs' own times and the kernels chosen.
		await page.addInitScript(() => {
			const seen: unknown[] = ((window as unknown as { __bench: unknown[] }).__bench = []);
			const Native = window.Worker;
			window.Worker = class extends Native {
				constructor(u: string | URL, o?: WorkerOptions) {
					super(u, o);
					this.addEventListener('message', (e: MessageEvent) => {
						const d = e.data as { type?: string; replies?: { type?: string }[] };
						// A slice's progress and epoch reports come as one message (worker/handler.ts).
						for (const m of d?.type === 'reports' && Array.isArray(d.replies) ? d.replies : [d]) {
							if (m && (m.type === 'epoch' || (m.type === 'ack' && 'kernels' in m))) seen.push(m);
						}
					});
				}
			};
		});
		await page.goto(`${url}/digits`);
		await page.waitForSelector('.data-status[data-phase="ready"]', { timeout: 60_000 });
		// A first visit installs the service worker, which fetches and caches the whole site: trained
		// meanwhile, the first epoch took 0.38–0.53 s instead of 0.30 (two cores). A person clicks Train
		// after that; so does the bench (each round's context is a first visit).
		await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 10_000))]));
		await page.locator('input[name="epochs"]').fill(String(epochs));
		await page.locator('input[name="batch"]').fill(String(batch));
		await page.locator('[data-action="train"]').click();
		await page.waitForSelector('.status[data-status="finished"]', { timeout: 60_000 * epochs });
		const seen = (await page.evaluate(() => (window as unknown as { __bench: unknown[] }).__bench)) as (
			| { type: 'epoch'; record: { epoch: number; seconds: number } }
			| { type: 'ack'; kernels: string }
		)[];
		const records = seen.flatMap((m) => (m.type === 'epoch' && m.record.epoch <= epochs ? [m.record] : []));
		const kernels = seen.flatMap((m) => (m.type === 'ack' && m.kernels ? [m.kernels] : [])).at(-1) ?? '?';
		if (records.length !== epochs) throw new Error(`page: ${records.length} epochs seen, ${epochs} expected`);
		const isolated: boolean = await page.evaluate(() => globalThis.crossOriginIsolated);
		if (isolated !== (threads === 2)) throw new Error(`page: cross-origin isolated ${isolated} for ${threads} thread(s)`);
		return { samplesPerSec: (epochs * 8000) / records.reduce((s, r) => s + r.seconds, 0), kernels };
	} finally {
		await context.close();
	}
}

function cliRun(file: string, threads: 1 | 2): Run {
	const out = spawnSync(
		process.execPath,
		[join(ROOT, 'bin/backstep.mjs'), 'train', file, '--data', 'mnist', '--epochs', String(epochs), '--batch', String(batch), '--threads', String(threads), '--json'],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	if (out.status !== 0) throw new Error(`backstep train failed: ${out.stderr.trim()}`);
	const { final } = JSON.parse(out.stdout) as { final: { samplesPerSecond: number; kernels: string } };
	return { samplesPerSec: final.samplesPerSecond, kernels: final.kernels };
}

type Condition = 'idle' | 'loaded';
const key = (where: 'page' | 'cli', c: Condition, t: 1 | 2) => `${where}|${c}|${t}`;

const { url, preview } = await serve();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const dir = mkdtempSync(join(tmpdir(), 'backstep-bench-'));
const file = join(dir, 'digits-mlp.json');
writeFileSync(file, JSON.stringify(digitsFile('mlp', 'sgd', 0.1)));
const runs = new Map<string, Run[]>();
const machine: Record<Condition, MachineNote[]> = { idle: [], loaded: [] };
let pages: PageFigure[] = [];
try {
	if (!args.includes('--no-pages')) {
		log('the lab and /check at the exact engine’s limits…');
		pages = await pageFigures(browser, url);
	}
	for (let round = 1; round <= rounds; round++) {
		for (const condition of (round % 2 ? ['idle', 'loaded'] : ['loaded', 'idle']) as Condition[]) {
			const stopBusy = condition === 'loaded' ? startBusy() : null;
			await new Promise((r) => setTimeout(r, 200));
			const watch = watchMachine();
			for (const threads of (round % 2 ? [1, 2] : [2, 1]) as (1 | 2)[]) {
				log(`round ${round}/${rounds}, ${condition}, ${threads} thread${threads > 1 ? 's' : ''}: page…`);
				const p = await pageRun(browser, url, threads);
				log(`  page ${Math.round(p.samplesPerSec)} samples/s (${p.kernels}); backstep train…`);
				const c = cliRun(file, threads);
				log(`  backstep train ${Math.round(c.samplesPerSec)} samples/s (${c.kernels})`);
				runs.set(key('page', condition, threads), [...(runs.get(key('page', condition, threads)) ?? []), p]);
				runs.set(key('cli', condition, threads), [...(runs.get(key('cli', condition, threads)) ?? []), c]);
			}
			machine[condition].push(watch());
			stopBusy?.();
		}
	}
} finally {
	await browser.close();
	preview.kill();
}

const figures = (['idle', 'loaded'] as Condition[]).flatMap((condition) =>
	([1, 2] as const).map((threads) => {
		const page = runs.get(key('page', condition, threads)) ?? [];
		const cli = runs.get(key('cli', condition, threads)) ?? [];
		const p = median(page.map((r) => r.samplesPerSec));
		const c = median(cli.map((r) => r.samplesPerSec));
		return { condition, threads, page: p, cli: c, cliOverPage: c / p, pageKernels: page[0]?.kernels, cliKernels: cli[0]?.kernels, pageRounds: page.map((r) => r.samplesPerSec), cliRounds: cli.map((r) => r.samplesPerSec) };
	})
);

if (json) process.stdout.write(JSON.stringify({ epochs, batch, rounds, figures, machine, pages }, null, 2) + '\n');
else {
	const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
	for (const p of pages) {
		console.log(`page, ${p.name}: shown after ${fmt(p.shownMs)} ms, longest task ${fmt(p.longestTaskMs)} ms${p.longestAtEndMs === null ? '' : `, at the last step (End) ${fmt(p.longestAtEndMs)} ms`}${p.longestScrubMs === null ? '' : `, dragging the step slider ${fmt(p.longestScrubMs)} ms (limit 50)`}`);
	}
	console.log(`\nDigits in Chromium (/digits, its worker) and backstep train: course model 784-300-200-100-10, SGD 0.1, batch ${batch}, ${epochs} epochs of 8,000; samples/s, median of ${rounds} interleaved round${rounds > 1 ? 's' : ''}\n`);
	const cols = ['page', 'backstep train', 'train/page'];
	console.log(''.padEnd(24) + [1, 2].flatMap((t) => cols.map((c) => `${c} ${t}T`.padStart(19))).join(''));
	for (const condition of ['idle', 'loaded'] as Condition[]) {
		const cells = ([1, 2] as const).flatMap((t) => {
			const f = figures.find((x) => x.condition === condition && x.threads === t)!;
			return [fmt(f.page), fmt(f.cli), `${fmt(f.cliOverPage, 2)}×`];
		});
		console.log((condition === 'idle' ? 'idle (nothing of ours)' : 'loaded (+1 busy core)').padEnd(24) + cells.map((c) => c.padStart(19)).join(''));
	}
	for (const condition of ['idle', 'loaded'] as Condition[]) {
		const one = figures.find((x) => x.condition === condition && x.threads === 1)!;
		const two = figures.find((x) => x.condition === condition && x.threads === 2)!;
		console.log(`${condition}: two threads / one: page ${fmt(two.page / one.page, 2)}×, backstep train ${fmt(two.cli / one.cli, 2)}×; machine: ${machine[condition].map(describeNote).join('; ')}`);
	}
	console.log(`kernels: page ${figures.map((f) => f.pageKernels).filter((k, i, a) => a.indexOf(k) === i).join(', ')}; backstep train ${figures.map((f) => f.cliKernels).filter((k, i, a) => a.indexOf(k) === i).join(', ')}`);
}
