// Global setup of the end-to-end tests: builds the site (`vite build`, skipped when E2E_SKIP_BUILD=1
// and a build exists), serves it with `vite preview` on a free localhost port, and hands the URL to
// the tests (`inject('baseURL')`). The projects of a run share the one build and server; the last
// teardown stops that preview process by its id.

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

/** One build and one server for every project of the run (each project calls this setup). */
interface Shared {
	url: Promise<string>;
	users: number;
	preview: ChildProcess | null;
}
const SHARED = Symbol.for('backstep.e2e.preview');
const holder = globalThis as unknown as { [SHARED]?: Shared };

async function start(shared: Shared): Promise<string> {
	const built = existsSync(resolve(ROOT, '.svelte-kit/output/client/_app'));
	if (!(process.env.E2E_SKIP_BUILD === '1' && built)) {
		// Vitest sets NODE_ENV=test, which would make this a development build.
		const env = { ...process.env, NODE_ENV: 'production' };
		const result = spawnSync(process.execPath, [VITE, 'build'], { cwd: ROOT, stdio: 'inherit', env });
		if (result.status !== 0) throw new Error('e2e: vite build failed');
	}
	const port = await freePort();
	shared.preview = spawn(process.execPath, [VITE, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const baseURL = `http://127.0.0.1:${port}/`;
	await waitFor(baseURL, 30_000);
	return baseURL;
}

export default async function setup(project: TestProject): Promise<() => void> {
	let shared = holder[SHARED];
	if (!shared) {
		shared = { url: Promise.resolve(''), users: 0, preview: null };
		shared.url = start(shared);
		holder[SHARED] = shared;
	}
	shared.users++;
	project.provide('baseURL', await shared.url);
	return () => {
		const s = holder[SHARED];
		if (!s || --s.users > 0) return;
		if (s.preview?.pid !== undefined && s.preview.exitCode === null) s.preview.kill('SIGTERM');
		delete holder[SHARED];
	};
}
