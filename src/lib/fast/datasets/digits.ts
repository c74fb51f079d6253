// The handwritten digits packed by scripts/build-digits.mjs (static/data/digits.bin): decoding the
// run-length coded bytes into a data set of 784 inputs in [0, 1] (pixel / 255) and one-hot targets.
// The same bytes serve the command line (read from disk) and the browser (fetched lazily).

import type { Dataset } from './types';

export interface Digits {
	/** The first `trainCount` samples (8,000). */
	train: Dataset;
	/** The rest (2,000). */
	test: Dataset;
	/** Class of every sample, train then test. */
	labels: Uint8Array;
}

/** Decodes every image of a BSD1 file; the only decoder. */
export function decodeDigits(bytes: Uint8Array): Digits {
	const steps = decodeDigitsInSteps(bytes);
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * The decoding as a generator that yields after every 64 images, so that a caller on a page's main
 * thread can pause between them (see ../digits-sliced.ts); `decodeDigits` runs it straight through.
 */
export function* decodeDigitsInSteps(bytes: Uint8Array): Generator<void, Digits> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length < 12 || String.fromCharCode(...bytes.subarray(0, 4)) !== 'BSD1') throw new Error('digits.bin: not a BSD1 file');
	const count = view.getUint32(4, true);
	const size = bytes[8] * bytes[9];
	const trainCount = view.getUint16(10, true);
	const labels = bytes.slice(12, 12 + count);
	const inputs = new Float32Array(count * size);
	let at = 12 + count;
	for (let s = 0; s < count; s++) {
		const base = s * size;
		for (let i = 0; i < size; ) {
			const b = bytes[at++];
			if (b !== 0) inputs[base + i++] = b / 255;
			else i += bytes[at++]; // a run of zeros: the array is zero already
		}
		if ((s & 63) === 63) yield;
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
	return { train: part('digits (train)', 0, trainCount), test: part('digits (test)', trainCount, count), labels };
}
