// Moving the digits: digits.bin read from the network with its progress reported, and the data
// sets' own copies for the worker made a few megabytes per task, so that the page keeps answering.

import { nextTask } from '$lib/fast/digits-model';
import type { Dataset } from '$lib/fast/datasets/types';
import type { DatasetPayload } from '$lib/worker/protocol';

/** Bytes read from a response body, reporting as they arrive. */
export async function readAll(res: Response, onChunk: (done: number) => void): Promise<Uint8Array> {
	if (!res.body) return new Uint8Array(await res.arrayBuffer());
	const reader = res.body.getReader();
	const parts: Uint8Array[] = [];
	let done = 0;
	for (;;) {
		const { value, done: end } = await reader.read();
		if (end) break;
		parts.push(value);
		done += value.length;
		onChunk(done);
	}
	const out = new Uint8Array(done);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** Elements copied between looks at the clock (256 kB of floats). */
const CHUNK = 1 << 16;

/**
 * A copy of `src`, made ~8 ms at a time with a pause (a task) in between. Writing fresh memory can
 * be slow (a 4 MB copy took 20–60 ms in a test machine's Chromium), so the clock decides, not a size.
 */
export async function copyInSlices(src: Float32Array | Float64Array, sliceMs = 8): Promise<Float32Array> {
	const out = new Float32Array(src.length);
	let t0 = performance.now();
	for (let at = 0; at < src.length; at += CHUNK) {
		out.set(src.subarray(at, Math.min(src.length, at + CHUNK)), at);
		if (performance.now() - t0 > sliceMs) {
			await nextTask();
			t0 = performance.now();
		}
	}
	return out;
}

/** A data set's own copy, to transfer to the worker. */
export const payloadInSlices = async (d: Dataset): Promise<DatasetPayload> => ({
	name: d.name, count: d.count, inputSize: d.inputSize, targetSize: d.targetSize,
	inputs: await copyInSlices(d.inputs), targets: await copyInSlices(d.targets)
});
