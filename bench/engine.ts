// Exact-engine speed (issue 2): the whole trace of the course's 2-2-2 network, and of the largest
// network the exact engine accepts (docs/limits.md: 12 layers, 64 neurons a layer, 256 samples).

import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { validateNetwork } from '../src/lib/engine/spec/validate';
import { buildTrace } from '../src/lib/engine/trace/build';
import { LIMITS } from '../src/lib/engine/spec/types';
import type { Trace } from '../src/lib/engine/trace/types';

export interface EngineFigure {
	name: string;
	steps: number;
	msPerTrace: number;
	/** CPU time per trace: steadier than wall-clock time on a shared machine. */
	cpuMsPerTrace: number;
	/** Heap one trace holds (MB), measured between full collections (small ones: a thousand, averaged). */
	heapMB: number;
	/** Milliseconds to write the first step's formula and numbers once the trace is built. */
	msFirstTex: number;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapOf(build: () => unknown, copies: number): number {
	gc();
	const before = process.memoryUsage().heapUsed;
	const kept = Array.from({ length: copies }, build);
	gc();
	const after = process.memoryUsage().heapUsed;
	if (kept.length !== copies) throw new Error('unreachable');
	return (after - before) / 1e6 / copies;
}

function firstTex(build: () => Trace): number {
	const trace = build();
	const start = performance.now();
	const step = trace.steps[Math.floor(trace.steps.length / 2)];
	if (step.formula.length + step.substituted.length + step.dependsOn.length === 0) throw new Error('empty step');
	return performance.now() - start;
}

/** Wall-clock and CPU milliseconds per call (CPU counts every thread, the collector's too). */
function time(fn: () => void, minMs: number): { wall: number; cpu: number } {
	fn();
	let runs = 0;
	const cpu = process.cpuUsage();
	const start = performance.now();
	do {
		fn();
		runs++;
	} while (performance.now() - start < minMs);
	const used = process.cpuUsage(cpu);
	return { wall: (performance.now() - start) / runs, cpu: (used.user + used.system) / 1000 / runs };
}

export function largestNetworkJson() {
	const n = LIMITS.neurons;
	let seed = 7;
	const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 0.4 - 0.2;
	const layers: Record<string, unknown>[] = [{ size: n }];
	for (let l = 1; l < LIMITS.layers; l++) {
		layers.push({
			size: n,
			activation: l === LIMITS.layers - 1 ? 'softmax' : 'tanh',
			weights: Array.from({ length: n }, () => Array.from({ length: n }, rand)),
			biases: Array.from({ length: n }, rand)
		});
	}
	const samples = Array.from({ length: LIMITS.samples }, (_, k) => ({
		input: Array.from({ length: n }, rand),
		target: k % n
	}));
	return { layers, loss: 'sparse_categorical_crossentropy', samples, optimizer: { type: 'adam' } };
}

export function engineFigures(): EngineFigure[] {
	const course = validateNetwork(JSON.parse(readFileSync('static/examples/course-2-2-2.json', 'utf8')));
	const largest = validateNetwork(largestNetworkJson());
	const figure = (name: string, net: typeof course, minMs: number, copies: number): EngineFigure => {
		const t = time(() => buildTrace(net), minMs);
		return {
			name,
			steps: buildTrace(net).steps.length,
			msPerTrace: t.wall,
			cpuMsPerTrace: t.cpu,
			heapMB: heapOf(() => buildTrace(net), copies),
			msFirstTex: firstTex(() => buildTrace(net))
		};
	};
	return [
		figure('trace of the course 2-2-2 network', course, 1000, 1000),
		figure('trace of the largest accepted network (12 × 64, 256 samples)', largest, 3000, 1)
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const f of engineFigures()) {
		console.log(
			`${f.name}: ${f.steps} steps, ${f.msPerTrace.toFixed(2)} ms (CPU ${f.cpuMsPerTrace.toFixed(2)} ms), heap ${f.heapMB < 1 ? `${(f.heapMB * 1000).toFixed(0)} kB` : `${f.heapMB.toFixed(0)} MB`}, ` +
				`first step's TeX ${f.msFirstTex.toFixed(2)} ms`
		);
	}
}
