// Training speed as users meet it: the course model (784-300-200-100-10, SGD, float32, relaxed
// SIMD as in Chromium) on one thread and on two, at batch 64 and 256, on the machine as it is
// ("idle": nothing of ours beside it) and with a CPU-bound process of the bench's own on one core
// ("loaded"). One and two threads take turns in blocks of steps within each run (child.ts), and the
// rounds take idle and loaded in turn (the order swapped every round), so a slow spell of a shared
// machine touches each about equally; each figure is the median over the rounds, printed with the
// load average, the cores' busy share and the hypervisor's steal over its spans.
// Beside them: the WebAssembly SIMD peak of this machine (peak.ts), also in short spells read by the
// cores' round trip like the training blocks, and each product of a training step in GFLOP/s as a
// fraction of it.

import { describeNote, startBusy, watchMachine, type MachineNote } from './machine';
import type { BalanceStats } from '../src/lib/fast/kernels/balance';
import type { Peak } from './peak';
import { task } from './tasks';
import { median } from './medians';
import { CLOSE_NS } from './crossing';

const BATCHES = [64, 256];
type Condition = 'idle' | 'loaded';
const KERNELS = { 1: 'wasm-relaxed-simd', 2: 'wasm-relaxed-simd-2threads' } as const;

interface TrainFigure {
	batch: number;
	one: number;
	two: number;
	balance: BalanceStats;
	/** Samples/s of each block: one thread's, then two threads'. */
	blocks: [number[], number[]];
	/** The cores' round trip (ns) before and after each pair of blocks. */
	roundTrips: [number, number][];
}

/** Idle pairs of blocks by where the cores were: both probes close, both far, or one of each. */
type Placement = 'close' | 'far' | 'mixed';
interface PlacementFigure {
	batch: number;
	placement: Placement;
	pairs: number;
	/** Median over the pairs of two threads' samples/s over one thread's. */
	ratio: number;
	roundTripNs: number;
}
interface Product {
	label: string;
	m: number;
	n: number;
	k: number;
	gflops: number;
}

export interface ScalingFigures {
	rounds: number;
	peak: { oneThread: number; twoThreads: number; plainOneThread: number; plainTwoThreads: number } | null;
	training: { condition: Condition; threads: 1 | 2; batch: number; samplesPerSec: number; rounds: number[]; fallbacks: number[]; lags: number[]; putOff: number[] }[];
	machine: Record<Condition, MachineNote[]>;
	products: { batch: number; threads: 1 | 2; label: string; shape: string; gflops: number; ofPeak: number | null }[];
	/** Two threads over one, idle, by the cores' round trip around each pair of blocks (crossing.ts). */
	placements: PlacementFigure[];
	/** The same for short SIMD peaks (batch 0): compute alone, nothing crossing between the cores. */
	peakPlacements: PlacementFigure[];
}

function placementOf([before, after]: [number, number]): Placement {
	if (before < CLOSE_NS && after < CLOSE_NS) return 'close';
	return before >= CLOSE_NS && after >= CLOSE_NS ? 'far' : 'mixed';
}

type Pair = { batch: number; one: number; two: number; roundTrips: [number, number] };

function placements(pairs: Pair[], batches = BATCHES): PlacementFigure[] {
	const out: PlacementFigure[] = [];
	for (const batch of batches)
		for (const placement of ['close', 'far', 'mixed'] as const) {
			const these = pairs.filter((p) => p.batch === batch && Number.isFinite(p.roundTrips[0] + p.roundTrips[1]) && placementOf(p.roundTrips) === placement);
			if (these.length)
				out.push({ batch, placement, pairs: these.length, ratio: median(these.map((p) => p.two / p.one)), roundTripNs: median(these.flatMap((p) => p.roundTrips)) });
		}
	return out;
}

/** Short peaks a round, read by where the cores were. */
const PEAK_SPELLS = 8;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function benchScaling(rounds: number, seconds: number, log: (s: string) => void): Promise<ScalingFigures> {
	const samples = new Map<string, { rate: number; fallbacks: number; lags: number; putOff: number }[]>();
	const machine: Record<Condition, MachineNote[]> = { idle: [], loaded: [] };
	const peaks: Peak[][] = [];
	const idlePairs: Pair[] = [];
	const peakPairs: Pair[] = [];
	for (let round = 1; round <= rounds; round++) {
		const conditions: Condition[] = round % 2 ? ['idle', 'loaded'] : ['loaded', 'idle'];
		for (const condition of conditions) {
			const stopBusy = condition === 'loaded' ? startBusy() : null;
			await sleep(200);
			const watch = watchMachine();
			if (condition === 'idle') {
				log(`peak, round ${round}/${rounds}…`);
				const p = task<{ peaks: Peak[]; spells: Omit<Pair, 'batch'>[] }>(['--task', 'peak', '--seconds', String(Math.min(1, seconds)), '--spells', String(PEAK_SPELLS)]);
				if (p) peaks.push(p.peaks);
				for (const x of p?.spells ?? []) peakPairs.push({ batch: 0, ...x });
			}
			log(`training, ${condition}, one and two threads in turns, round ${round}/${rounds}…`);
			const t = task<{ training: TrainFigure[] }>(['--task', 'train', '--batches', BATCHES.join(','), '--seconds', String(2 * seconds)]);
			for (const f of t?.training ?? []) {
				if (condition === 'idle') f.roundTrips.forEach((r, i) => idlePairs.push({ batch: f.batch, one: f.blocks[0][i], two: f.blocks[1][i], roundTrips: r }));
				for (const threads of [1, 2] as const) {
					const key = `${condition}|${threads}|${f.batch}`;
					const b = threads === 2 ? f.balance : null;
					samples.set(key, [...(samples.get(key) ?? []), { rate: threads === 1 ? f.one : f.two, fallbacks: b?.fallbacks ?? 0, lags: b?.lags ?? 0, putOff: b?.putOff ?? 0 }]);
				}
			}
			machine[condition].push(watch());
			stopBusy?.();
		}
	}
	const training: ScalingFigures['training'] = [];
	for (const condition of ['idle', 'loaded'] as const)
		for (const threads of [1, 2] as const)
			for (const batch of BATCHES) {
				const s = samples.get(`${condition}|${threads}|${batch}`) ?? [];
				if (s.length) training.push({ condition, threads, batch, samplesPerSec: median(s.map((x) => x.rate)), rounds: s.map((x) => x.rate), fallbacks: s.map((x) => x.fallbacks), lags: s.map((x) => x.lags), putOff: s.map((x) => x.putOff) });
			}
	// The best round: a neighbour's load can only lower a peak.
	const pick = (kind: Peak['kind'], which: 'oneThread' | 'twoThreads') => Math.max(...peaks.map((p) => p.find((x) => x.kind === kind)![which]));
	const peak = peaks.length
		? { oneThread: pick('wasm-relaxed-simd', 'oneThread'), twoThreads: pick('wasm-relaxed-simd', 'twoThreads'), plainOneThread: pick('wasm-simd', 'oneThread'), plainTwoThreads: pick('wasm-simd', 'twoThreads') }
		: null;
	const products: ScalingFigures['products'] = [];
	for (const batch of BATCHES)
		for (const threads of [1, 2] as const) {
			log(`products of a step at batch ${batch}, ${threads} thread${threads > 1 ? 's' : ''}…`);
			const p = task<{ products: Product[] }>(['--task', 'products', '--kernels', KERNELS[threads], '--batch', String(batch), '--seconds', String(2 * seconds)]);
			const limit = peak ? (threads === 1 ? peak.oneThread : peak.twoThreads) : null;
			for (const x of p?.products ?? []) products.push({ batch, threads, label: x.label, shape: `${x.m}×${x.n}×${x.k}`, gflops: x.gflops, ofPeak: limit ? x.gflops / limit : null });
		}
	return { rounds, peak, training, machine, products, placements: placements(idlePairs), peakPlacements: placements(peakPairs, [0]) };
}

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** 2·m·n·k summed over a step's products (the elementwise work left out). */
export function stepFlops(figures: ScalingFigures, batch: number): number {
	return figures.products.filter((p) => p.batch === batch && p.threads === 1).reduce((s, p) => s + 2 * p.shape.split('×').map(Number).reduce((a, b) => a * b, 1), 0);
}

export function printScaling(f: ScalingFigures): void {
	const rate = (c: Condition, t: 1 | 2, b: number) => f.training.find((x) => x.condition === c && x.threads === t && x.batch === b)?.samplesPerSec;
	console.log(`Training samples/s, course model 784-300-200-100-10, SGD, float32, relaxed SIMD; median of ${f.rounds} interleaved round${f.rounds > 1 ? 's' : ''}\n`);
	const head = ['', ...BATCHES.flatMap((b) => [`b${b} 1 thread`, `b${b} 2 threads`, `b${b} 2/1`])];
	console.log(head.map((h, i) => (i ? h.padStart(15) : h.padEnd(22))).join(''));
	for (const c of ['idle', 'loaded'] as const) {
		const cells = BATCHES.flatMap((b) => {
			const one = rate(c, 1, b);
			const two = rate(c, 2, b);
			return [one === undefined ? '—' : fmt(one), two === undefined ? '—' : fmt(two), one && two ? `${fmt(two / one, 2)}×` : '—'];
		});
		console.log([c === 'idle' ? 'idle (nothing of ours)' : 'loaded (+1 busy core)', ...cells].map((h, i) => (i ? h.padStart(15) : h.padEnd(22))).join(''));
	}
	const ratios = BATCHES.flatMap((b) => ([1, 2] as const).map((t) => {
		const idle = rate('idle', t, b);
		const loaded = rate('loaded', t, b);
		return idle && loaded ? `b${b} ${t} thread${t > 1 ? 's' : ''} ${fmt(loaded / idle, 2)}×` : null;
	})).filter(Boolean);
	console.log(`loaded/idle: ${ratios.join(', ')}`);
	for (const c of ['idle', 'loaded'] as const) {
		const notes = f.machine[c];
		if (notes.length) console.log(`machine while ${c}: ${notes.map(describeNote).join('; ')}`);
	}
	for (const x of f.training.filter((x) => x.threads === 2))
		console.log(`two threads, ${x.condition}, b${x.batch}: fell back to one thread ${x.fallbacks.join('/')} times (${x.lags.join('/')} for a lagging helper) per round; put off trying two ${x.putOff.join('/')} times, no core being free`);
	if (f.placements.length) {
		console.log(`two threads over one, idle, by the cores' round trip before and after each pair of blocks (close: both under ${CLOSE_NS} ns; far: both over):`);
		for (const b of BATCHES) {
			const cells = f.placements.filter((x) => x.batch === b).map((x) => `${x.placement} ${fmt(x.ratio, 2)}× (${x.pairs} pairs, ${fmt(x.roundTripNs)} ns)`);
			console.log(`  b${b}: ${cells.join(', ')}`);
		}
	}
	if (f.peakPlacements.length) {
		const cells = f.peakPlacements.map((x) => `${x.placement} ${fmt(x.ratio, 2)}× (${x.pairs}, ${fmt(x.roundTripNs)} ns)`);
		console.log(`  SIMD peak, ${PEAK_SPELLS} spells a round, nothing crossing: ${cells.join(', ')}`);
	}
	if (f.peak) {
		const p = f.peak;
		console.log(`\nWebAssembly SIMD peak (12 independent f32x4 multiply-adds, best round): relaxed madd ${fmt(p.oneThread, 1)} GFLOP/s on 1 thread, ${fmt(p.twoThreads, 1)} on 2; mul+add ${fmt(p.plainOneThread, 1)} and ${fmt(p.plainTwoThreads, 1)}`);
	}
	for (const b of BATCHES) {
		const flops = stepFlops(f, b);
		const steps = ([1, 2] as const).map((t) => {
			const r = rate('idle', t, b);
			const limit = f.peak ? (t === 1 ? f.peak.oneThread : f.peak.twoThreads) : null;
			if (!r) return null;
			const g = (flops * r) / b / 1e9;
			return `${t} thread${t > 1 ? 's' : ''} ${fmt(g, 1)} GFLOP/s${limit ? ` (${fmt((100 * g) / limit)}% of peak)` : ''}`;
		});
		console.log(`\nbatch ${b}: whole training step (products' flops over the step's time, idle): ${steps.filter(Boolean).join(', ')}`);
		console.log(`${'product'.padEnd(14)}${'m×n×k'.padStart(14)}${'1 thread'.padStart(22)}${'2 threads'.padStart(22)}`);
		for (const one of f.products.filter((p) => p.batch === b && p.threads === 1)) {
			const two = f.products.find((p) => p.batch === b && p.threads === 2 && p.label === one.label);
			const cell = (p: typeof one | undefined) => (p ? `${fmt(p.gflops, 1)} (${p.ofPeak === null ? '?' : fmt(100 * p.ofPeak)}%)` : '—');
			console.log(`${one.label.padEnd(14)}${one.shape.padStart(14)}${cell(one).padStart(22)}${cell(two).padStart(22)}`);
		}
	}
	console.log('(GFLOP/s, in brackets the fraction of the same number of threads\' peak; two threads always split here, the balancer off)');
}
