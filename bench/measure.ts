// Timing and the shape of a benchmark result.

export interface Result {
	/** 'backstep' (fastest WebAssembly kernels measured), 'backstep-simd', 'backstep-typedarray', 'tfjs-wasm', 'tfjs-cpu'. */
	name: string;
	/** The kernels or backend behind the name. */
	kernels: string;
	mode: 'train' | 'inference';
	batch: number;
	samplesPerSec: number;
	/** The 64×784 · 784×300 matrix product, on the batch-64 training row. */
	gflops?: number;
}

/**
 * Seconds per call of fn: a warm-up, then `rounds` rounds of calls (each at least `minCalls` calls
 * and seconds / rounds long); the median round. This machine is shared, and the median of short
 * rounds shrugs off a neighbour's burst that one long average would carry.
 */
export function timePerCall(fn: () => void, seconds: number, warmup = 3, minCalls = 1, rounds = 5): number {
	for (let i = 0; i < warmup; i++) fn();
	const perCall: number[] = [];
	for (let r = 0; r < rounds; r++) {
		const start = performance.now();
		let calls = 0;
		while (calls < minCalls || performance.now() - start < (seconds * 1000) / rounds) {
			fn();
			calls++;
		}
		perCall.push((performance.now() - start) / 1000 / calls);
	}
	return perCall.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

export const SIZES = [784, 300, 200, 100, 10];
export const TRAIN_BATCHES = [1, 64, 256];
export const INFER_BATCH = 1024;
/** The matmul of the first layer at batch 64: 64×784 · 784×300. */
export const MATMUL = { m: 64, k: 784, n: 300 };
export const matmulFlops = 2 * MATMUL.m * MATMUL.k * MATMUL.n;

/** Synthetic data: uniform inputs in [0, 1) and one-hot targets, from a fixed seed. */
export function syntheticData(count: number, seed = 1) {
	let s = seed >>> 0;
	const next = () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const inputs = new Float32Array(count * SIZES[0]);
	for (let i = 0; i < inputs.length; i++) inputs[i] = next();
	const classes = SIZES[SIZES.length - 1];
	const targets = new Float32Array(count * classes);
	for (let r = 0; r < count; r++) targets[r * classes + Math.floor(next() * classes)] = 1;
	return { count, inputs, targets };
}
