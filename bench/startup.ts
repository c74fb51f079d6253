// Issue 15's figures: how long the installed command takes to start, as a user meets it — a fresh
// `node bin/backstep.mjs` process (the compiled dist/, built by `npm run build:cli`) printing its
// help (target under 150 ms) and solving the course example (under 300 ms). Median of the rounds,
// wall time and the process's own CPU time (the latter is what a busy machine does not inflate).

import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSection } from './section';

interface StartupFigure {
	name: string;
	wallMs: number;
	cpuMs: number;
	rssMb: number;
	targetMs: number;
	/** Most resident memory (MB) the run may take; 0: no target. */
	targetMb: number;
}

/** The largest network the exact engine takes: 12 layers of 64 neurons, 256 samples (issue 19: under 5 s and 1 GB). */
function largestNetwork(): string {
	let seed = 1;
	const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
	const layers = [{ size: 64 }, ...Array.from({ length: 11 }, (_, l) => ({ size: 64, activation: l === 10 ? 'sigmoid' : 'tanh', init: 'glorot_uniform' }))];
	const samples = Array.from({ length: 256 }, () => ({ input: Array.from({ length: 64 }, random), target: Array.from({ length: 64 }, random) }));
	const file = join(tmpdir(), 'backstep-bench-12x64x256.json');
	writeFileSync(file, JSON.stringify({ layers, loss: 'mse', samples, optimizer: { type: 'adam' } }));
	return file;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Writes the child's own CPU time (user + system) to standard error as it exits.
const CPU_REPORT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\nrss-mb:'+process.resourceUsage().maxRSS/1024+' cpu-ms:'+(u.user+u.system)/1000)})`;

function time(args: string[], rounds: number): { wall: number; cpu: number; rss: number } {
	const wall: number[] = [];
	const cpu: number[] = [];
	const rss: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const t = performance.now();
		const r = spawnSync(process.execPath, ['--import', CPU_REPORT, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
		wall.push(performance.now() - t);
		if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
		cpu.push(Number(/cpu-ms:([\d.]+)\s*$/.exec(r.stderr)?.[1]));
		rss.push(Number(/rss-mb:([\d.]+)/.exec(r.stderr)?.[1]));
	}
	return { wall: median(wall), cpu: median(cpu), rss: median(rss) };
}

export const startupSection: BenchSection = {
	name: 'startup',
	async run(c) {
		if (!existsSync('dist/cli.js')) throw new Error('bench startup: dist/ is not built; run "npm run build:cli"');
		c.log('measuring the command’s start…');
		const rounds = Math.max(5, c.repeat * 3);
		// node itself, for scale: on a busy machine everything is slower, node's own start included.
		const cases: [string, string[], number][] = [
			['node -e 0 (node alone)', ['-e', '0'], 0],
			['backstep --help', ['bin/backstep.mjs', '--help'], 150],
			['backstep solve course-2-2-2.json', ['bin/backstep.mjs', 'solve', 'static/examples/course-2-2-2.json'], 300]
		];
		const big = largestNetwork();
		const large: [string, string[], number][] = (['text', 'tex', 'markdown', 'json'] as const).map((f) => [`backstep solve 12×64×256 --format ${f}`, ['bin/backstep.mjs', 'solve', big, '--format', f], 5000]);
		const figures: StartupFigure[] = [
			...cases.map((k) => [k, rounds, 0] as const),
			...large.map((k) => [k, Math.max(3, c.repeat), 1000] as const)
		].map(([[name, args, targetMs], n, targetMb]) => {
			const { wall, cpu, rss } = time(args, n);
			return { name, wallMs: wall, cpuMs: cpu, rssMb: rss, targetMs, targetMb };
		});
		const target = (f: StartupFigure) => [f.targetMs && `< ${f.targetMs} ms`, f.targetMb && `< ${f.targetMb} MB`].filter(Boolean).join(', ');
		if (!c.json) for (const f of figures) console.log(`startup, ${f.name}: ${f.wallMs.toFixed(0)} ms wall, ${f.cpuMs.toFixed(0)} ms CPU, ${f.rssMb.toFixed(0)} MB resident${target(f) ? ` (target ${target(f)})` : ''}`);
		return figures;
	}
};
