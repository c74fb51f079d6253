// decodeDigits (./datasets/digits.ts) in slices: the same decoder, pausing every `sliceMs` so that a
// page decoding the 10,000 digits keeps answering (the whole file takes 30–130 ms).

import { decodeDigitsInSteps, type Digits } from './datasets/digits';

export async function decodeDigitsSliced(bytes: Uint8Array, pause: () => Promise<void>, sliceMs = 8): Promise<Digits> {
	const steps = decodeDigitsInSteps(bytes);
	let t0 = performance.now();
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		if (performance.now() - t0 > sliceMs) {
			await pause();
			t0 = performance.now();
		}
	}
}
