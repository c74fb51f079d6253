// The end-to-end tests: `npx vitest run --config tests/e2e/vitest.config.ts`. They build the site,
// serve it with `vite preview` and drive Debian's Chromium (/usr/bin/chromium). Set
// E2E_SKIP_BUILD=1 to reuse an existing build.

import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/e2e/**/*.e2e.test.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
		fileParallelism: false
	}
});
