// Decoding digits.bin in slices gives exactly what decodeDigits gives, pausing along the way.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDigits } from '../../src/lib/fast/datasets/digits';
import { decodeDigitsSliced } from '../../src/lib/fast/digits-sliced';

const bytes = new Uint8Array(readFileSync(new URL('../../static/data/digits.bin', import.meta.url)));

describe('decodeDigitsSliced', () => {
	it('matches decodeDigits on the packed digits, pausing between slices', async () => {
		let pauses = 0;
		const sliced = await decodeDigitsSliced(bytes, async () => void pauses++, 0);
		const whole = decodeDigits(bytes);
		expect(pauses).toBeGreaterThan(100);
		expect(sliced.train.count).toBe(whole.train.count);
		expect(sliced.test.count).toBe(whole.test.count);
		expect(Array.from(sliced.labels)).toEqual(Array.from(whole.labels));
		expect(Buffer.from(sliced.train.inputs.buffer).equals(Buffer.from(whole.train.inputs.buffer))).toBe(true);
		expect(Buffer.from(sliced.train.targets.buffer).equals(Buffer.from(whole.train.targets.buffer))).toBe(true);
		expect(sliced.test.inputs.byteOffset).toBe(whole.test.inputs.byteOffset);
	});

	it('rejects a file that is not BSD1 and one with bytes left over', async () => {
		const pause = async () => {};
		await expect(decodeDigitsSliced(new Uint8Array(20), pause)).rejects.toThrow(/not a BSD1 file/);
		const extra = new Uint8Array(bytes.length + 1);
		extra.set(bytes);
		await expect(decodeDigitsSliced(extra, pause)).rejects.toThrow(/1 bytes left over/);
	});
});
