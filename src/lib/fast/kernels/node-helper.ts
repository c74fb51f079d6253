// The helper thread in Node: a worker_threads Worker running node-helper-entry. Compiled (dist/,
// where this code is JavaScript) it runs the compiled entry beside it; from the TypeScript sources
// (bench, tests) it first registers tsx's loader, since loader flags do not reach worker threads.

import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { idleCoresMeter } from './idle-cores';
import type { SpawnHelper } from './threads';

function startWorker(): Worker {
	if (import.meta.url.endsWith('.js')) return new Worker(new URL('./node-helper-entry.js', import.meta.url));
	// tsx's ESM entry of its API (the CommonJS one registers a wrong relative path).
	const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
	const entry = new URL('./node-helper-entry.ts', import.meta.url).href;
	const code = `import(${JSON.stringify(tsxApi)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
	return new Worker(code, { eval: true });
}

export const spawnNodeHelper: SpawnHelper = (init) => {
	const worker = startWorker();
	worker.postMessage(init);
	worker.unref(); // a serving helper must not keep the process alive
	return { terminate: () => void worker.terminate(), idleCores: idleCoresMeter(() => cpus().map((c) => c.times)) };
};
