// decodeDigits (./datasets/digits.ts) in slices: the same decoder, pausing every `sliceMs` so that a
// page decoding the 10,000 digits keeps answering (the whole file takes 30–130 ms).

import { decodeDigitsInSteps, type Digits } from './datasets/digits';
import { runInSlices } from '../engine/slices';

export function decodeDigitsSliced(bytes: Uint8Array, pause: () => Promise<void>, sliceMs = 8): Promise<Digits> {
	return runInSlices(decodeDigitsInSteps(bytes), pause, sliceMs);
}
