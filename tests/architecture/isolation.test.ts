// The unit tests share a module graph per worker (vite.config.ts): a file that replaces modules or
// globals, or starts threads, must be in tests/isolated-files.ts, or it would leak into the others.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { ISOLATED_FILES } from '../isolated-files';
import { ROOT } from './graph';

const NEEDS_ITS_OWN = /\bvi\.(mock|doMock|unmock|resetModules|stubGlobal)\(|\bstubFrames\b|\bthreadedKernels\b|\bthreads:\s*2\b|'--threads'|new Worker\(/;

function testFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'e2e' ? [] : testFiles(path);
		return e.name.endsWith('.test.ts') ? [relative(ROOT, path)] : [];
	});
}

it('every unit test file that replaces modules or globals, or starts threads, runs isolated', () => {
	const needing = testFiles(join(ROOT, 'tests')).filter((f) => f !== 'tests/architecture/isolation.test.ts' && NEEDS_ITS_OWN.test(readFileSync(join(ROOT, f), 'utf8')));
	expect(needing.filter((f) => !ISOLATED_FILES.includes(f))).toEqual([]);
});

it('the isolated files exist', () => {
	const all = testFiles(join(ROOT, 'tests'));
	expect(ISOLATED_FILES.filter((f) => !all.includes(f))).toEqual([]);
});
