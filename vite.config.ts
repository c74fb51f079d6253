import { sveltekit } from '@sveltejs/kit/vite';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { ISOLATED_FILES } from './tests/isolated-files.ts';

// Cross-origin isolation lets the training worker share memory between two threads
// (SharedArrayBuffer). Set on every response of the dev and preview servers, pages included
// (vite's own `server.headers` does not reach the pages SvelteKit serves). A static host needs
// the same two headers in its own configuration.
const isolation: Connect.NextHandleFunction = (_req, res, next) => {
	res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
	res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
	next();
};

const crossOriginIsolation: Plugin = {
	name: 'backstep:cross-origin-isolation',
	configureServer: (server) => void server.middlewares.use(isolation),
	configurePreviewServer: (server) => void server.middlewares.use(isolation)
};

export default defineConfig({
	plugins: [crossOriginIsolation, sveltekit()],
	// Module workers, split like the pages: mathjs (custom activations only) is its own chunk that a
	// worker loads when a network needs it, not part of every worker bundle.
	worker: { format: 'es' },
	test: {
		environment: 'node',
		setupFiles: ['tests/setup/custom-compiler.ts'],
		testTimeout: 30_000,
		unstubEnvs: true,
		unstubGlobals: true,
		projects: [
			// One module graph per worker: loading the app's modules for each of ~190 files took two
			// thirds of the run. The files that need a fresh one are listed in tests/isolated-files.ts.
			{ extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', ...ISOLATED_FILES], isolate: false } },
			{ extends: true, test: { name: 'isolated', include: ISOLATED_FILES } }
		]
	}
});
