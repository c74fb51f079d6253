#!/usr/bin/env node
// The `backstep` command: the compiled command line in dist/ (built by `npm ci`/`npm install` in a
// checkout through "prepare", and shipped in the package).
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// Node 20's V8 has WebAssembly relaxed SIMD (the fused multiply-add of the kernels' inner loops)
// behind a flag; Node 22 and Chromium ship it on. Set here, before anything is compiled, it makes
// `backstep train` 1.25× faster on one thread. The module below is one f32x4.relaxed_madd.
const RELAXED_MADD = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 1, 96, 3, 123, 123, 123, 1, 123, 3, 2, 1, 0, 10, 13, 1, 11, 0, 32, 0, 32, 1, 32, 2, 253, 133, 2, 11]);
if (typeof WebAssembly === 'object' && !WebAssembly.validate(RELAXED_MADD)) setFlagsFromString('--experimental-wasm-relaxed-simd');

const compiled = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(compiled)) {
	process.stderr.write('backstep: the command is not built yet; run "npm run build:cli" (npm ci does it)\n');
	process.exit(70);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));
