// Global setup of the end-to-end tests: builds the site (`vite build`, skipped when E2E_SKIP_BUILD=1
// and a build exists), serves it with `vite preview` on a free localhost port, and hands the URL to
// the tests (`inject('baseURL')`). Teardown stops that one preview process by its id.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

async function waitFor(url: string, ms: number): Promise<void> {
	const until = Date.now() + ms;
	for (;;) {
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not up yet
		}
		if (Date.now() > until) throw new Error(`e2e: ${url} did not come up within ${ms} ms`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

let preview: ChildProcess | null = null;

export default async function setup(project: TestProject): Promise<() => void> {
	const built = existsSync(resolve(ROOT, '.svelte-kit/output/client/_app'));
	if (!(process.env.E2E_SKIP_BUILD === '1' && built)) {
		// Vitest sets NODE_ENV=test, which would make this a development build.
		const env = { ...process.env, NODE_ENV: 'production' };
		const result = spawnSync(process.execPath, [VITE, 'build'], { cwd: ROOT, stdio: 'inherit', env });
		if (result.status !== 0) throw new Error('e2e: vite build failed');
	}
	const port = await freePort();
	preview = spawn(process.execPath, [VITE, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const baseURL = `http://127.0.0.1:${port}/`;
	await waitFor(baseURL, 30_000);
	project.provide('baseURL', baseURL);
	return () => {
		if (preview?.pid !== undefined && preview.exitCode === null) preview.kill('SIGTERM');
		preview = null;
	};
}
