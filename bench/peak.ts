// The machine's limit for our kernels: a WebAssembly SIMD loop of independent multiply-adds
// (12 f32x4 accumulators, more than the FMA units' latency × throughput needs), with f32x4.mul then
// f32x4.add (the plain SIMD kernels) or f32x4.relaxed_madd (the relaxed ones), on one thread and on
// two (a worker_threads Worker running the same loop at the same time). Assembled here with wabt.

import { Worker } from 'node:worker_threads';
import wabtInit from 'wabt';

const ACC = 12;
const ITERATIONS = 1_000_000;
const FLOPS_PER_CALL = ITERATIONS * ACC * 4 * 2;

function peakText(relaxed: boolean): string {
	const acc = Array.from({ length: ACC }, (_, i) => i);
	const step = (i: number) =>
		relaxed
			? `(local.set $c${i} (f32x4.relaxed_madd (local.get $c${i}) (local.get $a) (local.get $b)))`
			: `(local.set $c${i} (f32x4.add (f32x4.mul (local.get $c${i}) (local.get $a)) (local.get $b)))`;
	const sum = acc.map((i) => `(local.get $c${i})`).reduce((x, y) => `(f32x4.add ${x} ${y})`);
	return `(module (func (export "peak") (param $n i32) (result f32)
  (local $a v128) (local $b v128) ${acc.map((i) => `(local $c${i} v128)`).join(' ')}
  (local.set $a (f32x4.splat (f32.const 0.999))) (local.set $b (f32x4.splat (f32.const 0.001)))
  ${acc.map((i) => `(local.set $c${i} (f32x4.splat (f32.const ${i + 1})))`).join('\n  ')}
  (block $e (loop $l (br_if $e (i32.eqz (local.get $n)))
    ${acc.map(step).join('\n    ')}
    (local.set $n (i32.sub (local.get $n) (i32.const 1))) (br $l)))
  (f32x4.extract_lane 0 ${sum})))`;
}

async function peakBinary(relaxed: boolean): Promise<Uint8Array> {
	const wabt = await wabtInit();
	const features = { simd: true, relaxed_simd: true };
	const module = wabt.parseWat('peak.wat', peakText(relaxed), features);
	try {
		module.resolveNames();
		// validate takes its own feature set (wabt's typings omit it; without it relaxed SIMD is refused)
		(module.validate as (features: object) => void).call(module, features);
		return new Uint8Array(module.toBinary({}).buffer);
	} finally {
		module.destroy();
	}
}

/** The loop's GFLOP/s over `ms` (run in this thread, or as the body of the worker below). */
const LOOP = `(bin, ms) => {
	const peak = new WebAssembly.Instance(new WebAssembly.Module(bin)).exports.peak;
	peak(10000);
	let calls = 0;
	const start = performance.now();
	while (performance.now() - start < ms) { peak(${ITERATIONS}); calls++; }
	return (calls * ${FLOPS_PER_CALL}) / ((performance.now() - start) / 1000) / 1e9;
}`;
const loop = eval(LOOP) as (bin: Uint8Array, ms: number) => number;

export interface Peak {
	kind: 'wasm-simd' | 'wasm-relaxed-simd';
	oneThread: number;
	twoThreads: number;
}

/** One and two threads' peak GFLOP/s, each over `seconds`. */
export async function measurePeak(relaxed: boolean, seconds: number): Promise<Peak> {
	const bin = await peakBinary(relaxed);
	const ms = seconds * 1000;
	const oneThread = loop(bin, ms);
	const code = `const { parentPort, workerData } = require('node:worker_threads');
parentPort.postMessage((${LOOP})(workerData.bin, workerData.ms));`;
	const worker = new Worker(code, { eval: true, workerData: { bin, ms: ms + 100 } });
	const theirs = new Promise<number>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
	});
	await new Promise((r) => setTimeout(r, 50)); // the worker compiles, then both loops run together
	const mine = loop(bin, ms);
	const twoThreads = mine + (await theirs);
	await worker.terminate();
	return { kind: relaxed ? 'wasm-relaxed-simd' : 'wasm-simd', oneThread, twoThreads };
}
