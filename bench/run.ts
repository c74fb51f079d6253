// `npm run bench` (figures, not tests): the course's model 784-300-200-100-10, ReLU, softmax +
// categorical cross-entropy, SGD lr 0.01, float32, synthetic inputs. Training samples/s at batch
// 1, 64 and 256, inference at batch 1024 and the 64×784 · 784×300 matmul in GFLOP/s, for each of
// our kernel variants and for TensorFlow.js (wasm and cpu backends), with ratios.
//
//   --json          print { "results": [ { name, kernels, mode, batch, samplesPerSec, gflops? } ] }
//   --seconds S     time each figure for S seconds (default 1)
//   --repeat N      measure everything N times, in turn, and print each figure's median (default 1)
//   --skip-tfjs     our kernels only
//   --one-thread    skip the two-thread variants (this thread + a worker_threads helper)
//   --skip-engine   skip the exact engine's trace timings (bench/engine.ts)
//   --child NAME    (internal) measure one kernel variant and print its results as JSON
//
// Names: backstep = relaxed SIMD (what Chromium runs; Node 20 needs --experimental-wasm-relaxed-simd,
// so every variant runs in a child Node started with that flag), backstep-simd = plain SIMD,
// backstep-typedarray = no WebAssembly, *-2threads = the same on two threads (cross-origin
// isolated pages; TensorFlow.js's wasm backend runs one thread in Node).

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { availableKernels, type KernelName } from '../src/lib/fast/kernels/index';
import { benchBackstep, type BenchKernels } from './backstep';
import { engineFigures, type EngineFigure } from './engine';
import type { Result } from './measure';
import { medians } from './medians';
import { printTable } from './table';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const seconds = Number(option('--seconds') ?? 1);
const repeat = Math.max(1, Math.round(Number(option('--repeat') ?? 1)));
const json = flag('--json');
const log = (s: string) => {
	if (!json) process.stderr.write(s + '\n');
};

function childRun(kernels: BenchKernels, resultName: string): Result[] | null {
	const script = fileURLToPath(import.meta.url);
	const out = spawnSync(
		process.execPath,
		['--experimental-wasm-relaxed-simd', '--import', 'tsx', script, '--child', kernels, '--name', resultName, '--seconds', String(seconds)],
		{ encoding: 'utf8' }
	);
	if (out.status !== 0) {
		log(`  (${kernels} in a child Node failed: ${out.stderr.trim().split('\n').at(-1)})`);
		return null;
	}
	const parsed = JSON.parse(out.stdout) as { results: Result[]; rssMB: number };
	log(`  ${kernels}: resident memory ${parsed.rssMB.toFixed(0)} MB`);
	return parsed.results;
}

const child = option('--child') as BenchKernels | undefined;
if (child) {
	const results = await benchBackstep(option('--name') ?? 'backstep', child, seconds);
	console.log(JSON.stringify({ results, rssMB: process.memoryUsage().rss / 2 ** 20 }));
} else {
	const measured: Result[] = [];
	const threads = !flag('--one-thread');
	const variants: [BenchKernels, string][] = [
		['wasm-relaxed-simd', 'backstep'],
		['wasm-simd', 'backstep-simd'],
		['typedarray-f32', 'backstep-typedarray'],
		['wasm-relaxed-simd-2threads', 'backstep-2threads'],
		['wasm-simd-2threads', 'backstep-simd-2threads'],
		['typedarray-f32-2threads', 'backstep-typedarray-2threads']
	].filter(([kernels]) => {
		if (!threads && kernels.endsWith('2threads')) return false;
		const base = kernels.replace('-2threads', '') as KernelName;
		return base === 'wasm-relaxed-simd' || availableKernels('f32').includes(base);
	}) as [BenchKernels, string][];
	// TensorFlow.js greets on stdout; keep stdout for the JSON.
	if (json) console.log = console.info = (...xs: unknown[]) => void process.stderr.write(xs.join(' ') + '\n');
	const tfjs = flag('--skip-tfjs') ? null : (await import('./tfjs')).benchTfjs;
	// Rounds take every variant in turn, so a slow spell of this shared machine touches each about
	// equally; each figure is the median over the rounds.
	for (let round = 1; round <= repeat; round++) {
		// Each variant runs in its own child Node (relaxed SIMD needs the flag; a fresh process per
		// variant keeps one variant's JIT state and threads from touching the next one's figures).
		for (const [kernels, name] of variants) {
			log(`measuring ${name} (${kernels})${repeat > 1 ? `, round ${round}/${repeat}` : ''}…`);
			measured.push(...(childRun(kernels, name) ?? []));
		}
		for (const backend of tfjs ? (['wasm', 'cpu'] as const) : []) {
			log(`measuring tfjs-${backend}…`);
			measured.push(...(await tfjs!(backend, seconds)));
		}
	}
	const results = medians(measured);
	// Without relaxed SIMD anywhere, plain SIMD is our best.
	if (!results.some((r) => r.name === 'backstep')) for (const r of results) if (r.name === 'backstep-simd') r.name = 'backstep';
	if (!results.some((r) => r.name === 'backstep-2threads')) {
		for (const r of results) if (r.name === 'backstep-simd-2threads') r.name = 'backstep-2threads';
	}
	let engine: EngineFigure[] = [];
	if (!flag('--skip-engine')) {
		log('measuring the exact engine…');
		engine = engineFigures();
	}
	if (json) process.stdout.write(JSON.stringify({ results, engine }, null, 2) + '\n');
	else {
		printTable(results);
		for (const f of engine) console.log(`exact engine, ${f.name}: ${f.steps} steps in ${f.msPerTrace.toFixed(2)} ms`);
	}
}
