// The end-to-end tests: `npx vitest run --config tests/e2e/vitest.config.ts`. They build the site,
// serve it with `vite preview` and drive Debian's Chromium (/usr/bin/chromium). Set
// E2E_SKIP_BUILD=1 to reuse an existing build.
//
// Two files at a time, except those that time the page (long tasks, seconds of training): they run
// afterwards, one at a time, with the machine to themselves.

import { defineConfig } from 'vitest/config';

const TIMED = ['digits', 'long-trace', 'train', 'train-play'].map((name) => `tests/e2e/${name}.e2e.test.ts`);

export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
		projects: [
			{
				extends: true,
				test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.test.ts'], exclude: TIMED, maxWorkers: 2, sequence: { groupOrder: 0 } }
			},
			{
				extends: true,
				test: { name: 'e2e-timed', include: TIMED, fileParallelism: false, sequence: { groupOrder: 1 } }
			}
		]
	}
});
