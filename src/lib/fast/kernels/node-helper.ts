// The helper thread in Node (bench, tests): a worker_threads Worker that registers tsx's loader
// (loader flags do not reach worker threads) and then runs node-helper-entry.ts.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SpawnHelper } from './threads';

export const spawnNodeHelper: SpawnHelper = (init) => {
	// tsx's ESM entry of its API (the CommonJS one registers a wrong relative path).
	const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
	const entry = new URL('./node-helper-entry.ts', import.meta.url).href;
	const code = `import(${JSON.stringify(tsxApi)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
	const worker = new Worker(code, { eval: true });
	worker.postMessage(init);
	worker.unref(); // a serving helper must not keep the process alive
	return { terminate: () => void worker.terminate() };
};
