// Exact-engine speed (issue 2): the whole trace of the course's 2-2-2 network, and of the largest
// network the exact engine accepts (SPEC §8: 12 layers, 64 neurons a layer, 256 samples).

import { readFileSync } from 'node:fs';
import { validateNetwork } from '../src/lib/engine/spec/validate';
import { buildTrace } from '../src/lib/engine/trace/build';
import { LIMITS } from '../src/lib/engine/spec/types';

export interface EngineFigure {
	name: string;
	steps: number;
	msPerTrace: number;
}

function time(fn: () => void, minMs: number): number {
	fn();
	let runs = 0;
	const start = performance.now();
	do {
		fn();
		runs++;
	} while (performance.now() - start < minMs);
	return (performance.now() - start) / runs;
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
	const courseSteps = buildTrace(course).steps.length;
	const largestSteps = buildTrace(largest).steps.length;
	return [
		{ name: 'trace of the course 2-2-2 network', steps: courseSteps, msPerTrace: time(() => buildTrace(course), 1000) },
		{ name: 'trace of the largest accepted network (12 × 64, 256 samples)', steps: largestSteps, msPerTrace: time(() => buildTrace(largest), 3000) }
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const f of engineFigures()) console.log(`${f.name}: ${f.steps} steps, ${f.msPerTrace.toFixed(2)} ms`);
}
