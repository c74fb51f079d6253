// Every kernel variant and TensorFlow.js at batch 1, 64 and 256, inference and the first layer's
// matmul, with ratios against TensorFlow.js (--skip-tfjs: ours only; --one-thread: no two-thread
// variants). Names: backstep = relaxed SIMD, backstep-simd = plain SIMD, backstep-typedarray = no
// WebAssembly, *-2threads = the same on two threads. Each variant runs in its own child Node.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { availableKernels, type KernelName } from '../src/lib/fast/kernels/index';
import { benchBackstep, type BenchKernels } from './backstep';
import type { Result } from './measure';
import { medians } from './medians';
import type { BenchContext, BenchSection } from './section';
import { printTable } from './table';

const RUN = fileURLToPath(new URL('./run.ts', import.meta.url));

function childRun(c: BenchContext, kernels: BenchKernels, resultName: string): Result[] | null {
	const out = spawnSync(
		process.execPath,
		['--experimental-wasm-relaxed-simd', '--import', 'tsx', RUN, '--child', kernels, '--name', resultName, '--seconds', String(c.seconds)],
		{ encoding: 'utf8' }
	);
	if (out.status !== 0) {
		c.log(`  (${kernels} in a child Node failed: ${out.stderr.trim().split('\n').at(-1)})`);
		return null;
	}
	const parsed = JSON.parse(out.stdout) as { results: Result[]; rssMB: number };
	c.log(`  ${kernels}: resident memory ${parsed.rssMB.toFixed(0)} MB`);
	return parsed.results;
}

/** The child's side of childRun: one variant's figures as JSON. */
export async function variantChild(kernels: BenchKernels, name: string, seconds: number): Promise<void> {
	const results = await benchBackstep(name, kernels, seconds);
	console.log(JSON.stringify({ results, rssMB: process.memoryUsage().rss / 2 ** 20 }));
}

export const variantsSection: BenchSection = {
	name: 'variants',
	async run(c) {
		const measured: Result[] = [];
		const threads = !c.args.includes('--one-thread');
		const variants = (
			[
				['wasm-relaxed-simd', 'backstep'],
				['wasm-simd', 'backstep-simd'],
				['typedarray-f32', 'backstep-typedarray'],
				['wasm-relaxed-simd-2threads', 'backstep-2threads'],
				['wasm-simd-2threads', 'backstep-simd-2threads'],
				['typedarray-f32-2threads', 'backstep-typedarray-2threads']
			] as [BenchKernels, string][]
		).filter(([kernels]) => {
			if (!threads && kernels.endsWith('2threads')) return false;
			const base = kernels.replace('-2threads', '') as KernelName;
			return base === 'wasm-relaxed-simd' || availableKernels('f32').includes(base);
		});
		const tfjs = c.args.includes('--skip-tfjs') ? null : (await import('./tfjs')).benchTfjs;
		for (let round = 1; round <= c.repeat; round++) {
			for (const [kernels, name] of variants) {
				c.log(`measuring ${name} (${kernels})${c.repeat > 1 ? `, round ${round}/${c.repeat}` : ''}…`);
				measured.push(...(childRun(c, kernels, name) ?? []));
			}
			for (const backend of tfjs ? (['wasm', 'cpu'] as const) : []) {
				c.log(`measuring tfjs-${backend}…`);
				measured.push(...(await tfjs!(backend, c.seconds)));
			}
		}
		const results = medians(measured);
		// Without relaxed SIMD anywhere, plain SIMD is our best.
		if (!results.some((r) => r.name === 'backstep')) for (const r of results) if (r.name === 'backstep-simd') r.name = 'backstep';
		if (!results.some((r) => r.name === 'backstep-2threads')) {
			for (const r of results) if (r.name === 'backstep-simd-2threads') r.name = 'backstep-2threads';
		}
		if (!c.json) printTable(results);
		return results;
	}
};
