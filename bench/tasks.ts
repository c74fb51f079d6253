// Starting a measurement task (child.ts) in a child Node with relaxed SIMD enabled, as Chromium has
// it; a fresh process per task keeps one variant's JIT state and threads from touching the next.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUN = fileURLToPath(new URL('./run.ts', import.meta.url));

/** The task's JSON, or null (with the reason on stderr) when it failed. */
export function task<T>(args: string[]): T | null {
	const out = spawnSync(process.execPath, ['--experimental-wasm-relaxed-simd', '--import', 'tsx', RUN, ...args], { encoding: 'utf8' });
	if (out.status !== 0) {
		process.stderr.write(`  (bench task ${args.join(' ')} failed: ${out.stderr.trim().split('\n').at(-1)})\n`);
		return null;
	}
	return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as T;
}
