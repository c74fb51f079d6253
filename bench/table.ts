// The benchmark table: one row per implementation, then its ratios against the TensorFlow.js backends.

import type { Result } from './measure';
import { INFER_BATCH, TRAIN_BATCHES } from './measure';

const COLUMNS = [...TRAIN_BATCHES.map((b) => `train b${b}`), `infer b${INFER_BATCH}`, 'matmul GFLOP/s'];

function figures(results: Result[], name: string): (number | undefined)[] {
	const of = (mode: Result['mode'], batch: number) => results.find((r) => r.name === name && r.mode === mode && r.batch === batch);
	return [
		...TRAIN_BATCHES.map((b) => of('train', b)?.samplesPerSec),
		of('inference', INFER_BATCH)?.samplesPerSec,
		results.find((r) => r.name === name && r.gflops !== undefined)?.gflops
	];
}

const fmt = (x: number | undefined, digits = 0) =>
	x === undefined ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function printTable(results: Result[]): void {
	const names = [...new Set(results.map((r) => r.name))];
	const width = Math.max(...names.map((n) => n.length)) + 2;
	const line = (label: string, cells: string[]) => console.log(label.padEnd(width) + cells.map((c) => c.padStart(15)).join(''));
	console.log('Samples per second (training: SGD steps; inference: forward only), course model 784-300-200-100-10, float32\n');
	line('', COLUMNS);
	for (const name of names) line(name, figures(results, name).map((x, i) => fmt(x, i === 4 ? 1 : 0)));
	console.log('\nKernels: ' + names.map((n) => `${n} = ${results.find((r) => r.name === n)?.kernels}`).join(', '));
	for (const base of ['tfjs-wasm', 'tfjs-cpu']) {
		if (!names.includes(base)) continue;
		const ref = figures(results, base);
		console.log(`\nRatio against ${base}`);
		for (const name of names.filter((n) => n.startsWith('backstep'))) {
			line(name, figures(results, name).map((x, i) => (x === undefined || ref[i] === undefined ? '—' : `${fmt(x / ref[i]!, 1)}×`)));
		}
	}
}
