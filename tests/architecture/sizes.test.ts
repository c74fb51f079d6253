// Small files, one idea each: no hand-written source file over 300 lines. WebAssembly text
// kernels and generated files are exempt.

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, sourceFiles } from './graph';

const MAX_LINES = 300;
const EXEMPT = [/\.generated\./, /\.wat$/];
const long = sourceFiles()
	.map((f) => relative(ROOT, f))
	.filter((f) => !EXEMPT.some((re) => re.test(f)))
	.filter((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').length > MAX_LINES);

it(`no source file under src/ is over ${MAX_LINES} lines`, () => {
	expect(long).toEqual([]);
});
