// decodeDigits (./datasets/digits.ts) in slices: the same BSD1 run-length decoding, pausing every
// `sliceMs` so that a page decoding the 10,000 digits keeps answering (the whole file takes
// 30–130 ms). The result is identical to decodeDigits (tested).

import type { Digits } from './datasets/digits';
import type { Dataset } from './datasets/types';

export async function decodeDigitsSliced(bytes: Uint8Array, pause: () => Promise<void>, sliceMs = 8): Promise<Digits> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length < 12 || String.fromCharCode(...bytes.subarray(0, 4)) !== 'BSD1') throw new Error('digits.bin: not a BSD1 file');
	const count = view.getUint32(4, true);
	const size = bytes[8] * bytes[9];
	const trainCount = view.getUint16(10, true);
	const labels = bytes.slice(12, 12 + count);
	const inputs = new Float32Array(count * size);
	let at = 12 + count;
	let t0 = performance.now();
	for (let s = 0; s < count; s++) {
		const base = s * size;
		for (let i = 0; i < size; ) {
			const b = bytes[at++];
			if (b !== 0) inputs[base + i++] = b / 255;
			else i += bytes[at++]; // a run of zeros
		}
		if ((s & 63) === 63 && performance.now() - t0 > sliceMs) {
			await pause();
			t0 = performance.now();
		}
	}
	if (at !== bytes.length) throw new Error(`digits.bin: ${bytes.length - at} bytes left over after ${count} images`);
	const targets = new Float32Array(count * 10);
	labels.forEach((c, s) => (targets[s * 10 + c] = 1));
	const part = (name: string, from: number, to: number): Dataset => ({
		name,
		count: to - from,
		inputSize: size,
		targetSize: 10,
		inputs: inputs.subarray(from * size, to * size),
		targets: targets.subarray(from * 10, to * 10)
	});
	return { train: part('mnist (train)', 0, trainCount), test: part('mnist (test)', trainCount, count), labels };
}
