// Starting the two-thread kernels' helper in a browser: gemm-helper.worker.ts as a module worker
// (Vite bundles it through the URL), handed the shared memory in its first message.

import type { SpawnHelper } from './threads';

export const spawnBrowserHelper: SpawnHelper = (init) => {
	const worker = new Worker(new URL('./gemm-helper.worker.ts', import.meta.url), { type: 'module' });
	worker.postMessage(init);
	return worker;
};
