// One measurement in a child Node of its own (`bench/run.ts --task …`, started by scaling.ts with
// relaxed SIMD enabled, as Chromium has it): training samples/s of one kernel variant at the given
// batches, the GFLOP/s of each product of a training step, or the machine's SIMD peak. Prints JSON.
//
//   --task train --batches 64,256 --seconds S                  one and two threads' training figures, in turns (+ the balancer's state)
//   --task products --kernels NAME --batch 64 --seconds S      each product of a step, GFLOP/s
//   --task peak --seconds S [--spells N]                       peak GFLOP/s, plain and relaxed SIMD, 1 and 2 threads;
//                                                              then N short relaxed ones framed by the cores' round trip

import { disposeKernels } from '../src/lib/fast/kernels/index';
import { threadedKernels, type ThreadedKernels } from '../src/lib/fast/kernels/threads';
import { spawnNodeHelper } from '../src/lib/fast/kernels/node-helper';
import { Trainer } from '../src/lib/fast/train';
import { config, makeKernels, settled, type BenchKernels } from './backstep';
import { SIZES, syntheticData, timePerCall } from './measure';
import { median } from './medians';
import { measurePeak } from './peak';
import { crossingProbe } from './crossing';

/** Blocks of steps per figure: one and two threads take turns, so both meet the same spells of a shared machine. */
const BLOCKS = 10;
/**
 * Each trainer trains this long before its blocks are timed: the figures are those of a run under
 * way, whose balancer has settled (two threads kept, or one thread with the other core busy, trying
 * two again after a back-off), not those of its first second.
 */
const WARM_UP_MS = 1000;

/**
 * Training samples/s on one thread and on two at each batch, measured in alternating blocks of
 * about seconds / BLOCKS each (after WARM_UP_MS); each figure is the median block. Each pair of
 * blocks is framed by the cores' round trip (crossing.ts), measured before and after it.
 */
async function training(batches: number[], seconds: number) {
	const out = [];
	const probe = await crossingProbe();
	for (const batch of batches) {
		const { spec, params } = config();
		const data = { name: 'synthetic', inputSize: SIZES[0], targetSize: SIZES.at(-1)!, ...syntheticData(Math.max(1024, batch * 8)) };
		const trainers = (['wasm-relaxed-simd', 'wasm-relaxed-simd-2threads'] as const).map((name) => {
			const kernels = makeKernels(name);
			return { kernels, trainer: new Trainer(kernels, { spec, params }, data, { epochs: 1e9, batchSize: batch, seed: 1, progressEvery: 1e9 }), rates: [] as number[] };
		});
		for (const t of trainers) {
			await settled(t.kernels);
			t.trainer.run(Infinity, performance.now() + WARM_UP_MS);
		}
		const roundTrips: [number, number][] = [];
		for (let block = 0; block < BLOCKS; block++) {
			const before = probe.roundTripNs();
			for (const t of block % 2 ? [...trainers].reverse() : trainers) {
				const start = performance.now();
				let steps = 0;
				for (; performance.now() - start < (seconds * 1000) / BLOCKS; steps++) t.trainer.run(1);
				t.rates.push((steps * batch * 1000) / (performance.now() - start));
			}
			roundTrips.push([before, probe.roundTripNs()]);
		}
		const two = trainers[1].kernels as ThreadedKernels;
		const balance = two.balance();
		for (const t of trainers) disposeKernels(t.kernels);
		out.push({ batch, one: median(trainers[0].rates), two: median(trainers[1].rates), balance, blocks: trainers.map((t) => t.rates.map(Math.round)), roundTrips });
	}
	await probe.close();
	return out;
}

/** The products of one SGD step of the course model at `batch` (forward, then ∂E/∂A and the fused update per layer). */
export function stepProducts(batch: number) {
	const list: { label: string; transA: boolean; transB: boolean; m: number; n: number; k: number; accumulate: boolean }[] = [];
	for (let l = 1; l < SIZES.length; l++) list.push({ label: `L${l} forward`, transA: false, transB: true, m: batch, n: SIZES[l], k: SIZES[l - 1], accumulate: false });
	for (let l = SIZES.length - 1; l >= 1; l--) {
		if (l > 1) list.push({ label: `L${l} dE/dA`, transA: false, transB: false, m: batch, n: SIZES[l - 1], k: SIZES[l], accumulate: false });
		list.push({ label: `L${l} update`, transA: true, transB: false, m: SIZES[l], n: SIZES[l - 1], k: batch, accumulate: true });
	}
	return list;
}

/** Each product of a step alone; two threads always split (adapt off), to show what splitting gives. */
async function products(kernelsName: BenchKernels, batch: number, seconds: number) {
	const kernels = kernelsName === 'wasm-relaxed-simd-2threads' ? threadedKernels('wasm-relaxed-simd', spawnNodeHelper, { adapt: false }) : makeKernels(kernelsName);
	const list = stepProducts(batch);
	kernels.reserve(3 * 784 * 300 + 3 * batch * 784);
	const A = kernels.alloc(batch * 784 + 784 * 300);
	const B = kernels.alloc(784 * 300 + batch * 784);
	const C = kernels.alloc(784 * 300 + batch * 784);
	for (let i = 0; i < A.length; i++) A[i] = ((i % 13) - 6) / 13;
	for (let i = 0; i < B.length; i++) B[i] = ((i % 7) - 3) / 70;
	await settled(kernels);
	const out = list.map((p) => {
		const t = timePerCall(() => kernels.gemm(p.transA, p.transB, p.m, p.n, p.k, A, B, C, p.accumulate), seconds / list.length, 5);
		return { ...p, gflops: (2 * p.m * p.n * p.k) / t / 1e9 };
	});
	disposeKernels(kernels);
	return out;
}

/** Length of a short peak (each thread's loop), to read the peak by where the cores were. */
const SPELL_SECONDS = 0.1;

/**
 * Short peaks of relaxed SIMD, one and two threads, each framed by the cores' round trip: whether
 * two threads lose compute, not only crossing time, while the cores are far apart.
 */
async function peakSpells(count: number) {
	const probe = await crossingProbe();
	const out = [];
	for (let i = 0; i < count; i++) {
		const before = probe.roundTripNs();
		const p = await measurePeak(true, SPELL_SECONDS);
		out.push({ one: p.oneThread, two: p.twoThreads, roundTrips: [before, probe.roundTripNs()] as [number, number] });
	}
	await probe.close();
	return out;
}

/** Runs the task the arguments name and prints its JSON. */
export async function runTask(args: string[]): Promise<void> {
	const option = (name: string) => {
		const i = args.indexOf(name);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const seconds = Number(option('--seconds') ?? 1);
	const kernels = option('--kernels') as BenchKernels;
	let result: unknown;
	switch (option('--task')) {
		case 'peak':
			result = { peaks: [await measurePeak(false, seconds), await measurePeak(true, seconds)], spells: await peakSpells(Number(option('--spells') ?? 0)) };
			break;
		case 'products':
			result = { products: await products(kernels, Number(option('--batch') ?? 64), seconds) };
			break;
		default:
			result = { training: await training((option('--batches') ?? '64,256').split(',').map(Number), seconds) };
	}
	console.log(JSON.stringify(result));
}
