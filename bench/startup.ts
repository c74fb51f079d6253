// Issue 15's figures: how long the installed command takes to start, as a user meets it — a fresh
// `node bin/backstep.mjs` process (the compiled dist/, built by `npm run build:cli`) printing its
// help (target under 150 ms) and solving the course example (under 300 ms). Median of the rounds,
// wall time and the process's own CPU time (the latter is what a busy machine does not inflate).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BenchSection } from './section';

interface StartupFigure {
	name: string;
	wallMs: number;
	cpuMs: number;
	targetMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Writes the child's own CPU time (user + system) to standard error as it exits.
const CPU_REPORT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu-ms:'+(u.user+u.system)/1000)})`;

function time(args: string[], rounds: number): { wall: number; cpu: number } {
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const t = performance.now();
		const r = spawnSync(process.execPath, ['--import', CPU_REPORT, ...args], { encoding: 'utf8' });
		wall.push(performance.now() - t);
		if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
		cpu.push(Number(/cpu-ms:([\d.]+)\s*$/.exec(r.stderr)?.[1]));
	}
	return { wall: median(wall), cpu: median(cpu) };
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
		const figures: StartupFigure[] = cases.map(([name, args, targetMs]) => {
			const { wall, cpu } = time(args, rounds);
			return { name, wallMs: wall, cpuMs: cpu, targetMs };
		});
		if (!c.json) for (const f of figures) console.log(`startup, ${f.name}: ${f.wallMs.toFixed(0)} ms wall, ${f.cpuMs.toFixed(0)} ms CPU (median of ${rounds}${f.targetMs ? `; target < ${f.targetMs} ms` : ''})`);
		return figures;
	}
};
