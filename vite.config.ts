import { sveltekit } from '@sveltejs/kit/vite';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		environment: 'node',
		setupFiles: ['tests/setup/custom-compiler.ts'],
		testTimeout: 30_000
	}
});
